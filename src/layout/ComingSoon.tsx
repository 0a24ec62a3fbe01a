import { Result } from 'antd'
import { useTranslation } from 'react-i18next'

/** An area of the navigation whose pages arrive in a later version. */
export function ComingSoon({ area }: { area: 'sampling' | 'orders' }) {
  const { t } = useTranslation()
  return <Result status="info" title={t('common.comingSoonTitle', { area: t(`nav.${area}`) })} subTitle={t('common.comingSoon')} />
}
