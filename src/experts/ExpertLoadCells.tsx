import { Space, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Expert } from '../../electron/shared/experts'
import { shanghaiToday } from '../../electron/shared/shanghai-time'
import { useChannel } from '../api/use-channel'

/** The open cases of the experts on the page shown, read in one call for the page. */
export function useExpertLoads(experts: readonly Expert[]): Map<string, number> {
  const ids = experts.map((e) => e.id)
  const loads = useChannel('experts.load', { ids }, { enabled: ids.length > 0 })
  return new Map((loads.data ?? []).map((l) => [l.expertId, l.activeCases]))
}

/** 在办 n / 上限 m, red once the expert has reached the cases a draw allows. */
export function ExpertLoadCell({ expert, activeCases }: { expert: Expert; activeCases: number | undefined }) {
  const { t } = useTranslation()
  if (activeCases === undefined) return null
  const full = activeCases >= expert.maxConcurrentCases
  return (
    <Tag color={full ? 'red' : activeCases > 0 ? 'blue' : 'default'} data-testid={`load-${expert.name}`}>
      {t('experts.load', { active: activeCases, max: expert.maxConcurrentCases })}
    </Tag>
  )
}

/** The term of appointment, marked 已期满 once its last day (Asia/Shanghai) has passed: such an expert is never drawn. */
export function ExpertTermCell({ expert }: { expert: Expert }) {
  const { t } = useTranslation()
  const expired = expert.termEnd < shanghaiToday()
  return (
    <Space size={4} wrap>
      <Typography.Text type={expired ? 'secondary' : undefined}>{`${expert.termStart} ~ ${expert.termEnd}`}</Typography.Text>
      {expired && <Tag color="red">{t('experts.termExpired')}</Tag>}
    </Space>
  )
}
