import { Card, Space, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { fieldLabel } from '../experts/field-label'
import { useChannel } from '../api/use-channel'

/** Open assignments (proposed, notified, active) per expert and per field, against each expert's maximum. */
export function WorkloadCard() {
  const { t, i18n } = useTranslation()
  const workload = useChannel('assignments.workload', {})
  const fields = useChannel('fields.list', {})
  const busy = (workload.data?.experts ?? []).filter((e) => e.active > 0)
  return (
    <Card size="small" title={t('assignments.workload')} data-testid="workload">
      <Space direction="vertical">
        <div>
          {(workload.data?.fields ?? []).map((f) => {
            const field = fields.data?.find((x) => x.id === f.fieldId)
            return (
              <Tag key={f.fieldId} color="green">
                {field ? fieldLabel(field, i18n.language) : f.fieldId} {f.active}
              </Tag>
            )
          })}
        </div>
        <div>
          {busy.length === 0 && <Typography.Text type="secondary">{t('assignments.none')}</Typography.Text>}
          {busy.map((e) => (
            <Tag key={e.expertId} color={e.active >= e.maxConcurrentCases ? 'red' : undefined}>
              {e.name} {e.active}/{e.maxConcurrentCases}
            </Tag>
          ))}
        </div>
      </Space>
    </Card>
  )
}
