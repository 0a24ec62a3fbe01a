import { Button, Space } from 'antd'
import { useTranslation } from 'react-i18next'

/** The save and cancel buttons that close every contract form. */
export function FormActions(props: { submitting: boolean; onCancel: () => void }) {
  const { t } = useTranslation()
  return (
    <Space>
      <Button type="primary" htmlType="submit" loading={props.submitting}>
        {t('common.save')}
      </Button>
      <Button onClick={props.onCancel}>{t('common.cancel')}</Button>
    </Space>
  )
}
