import { Alert, Button, Card, Descriptions, Tag, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type RestorationOrder } from '../../electron/shared/orders'
import { handoverInput } from '../../electron/shared/acceptance'
import type { RunOrderCall } from './order-dialog'
import { shanghaiToday } from '../../electron/shared/shanghai-time'
import { api } from '../api/api'
import { FormModal } from '../forms/FormModal'
import { AttachmentGallery } from '../attachments/AttachmentGallery'
import { blockerText } from './acceptance-blocker'
import { DayField, TextField } from '../forms/fields'

/** The acceptance: the joint team and its verdict, or what still blocks it; then the handover of the restored site. */
export function AcceptanceCard(props: { order: RestorationOrder; canIssue: boolean; run: RunOrderCall }) {
  const { t } = useTranslation()
  const { order: o } = props
  const [handingOver, setHandingOver] = useState(false)
  const a = o.acceptance
  return (
    <Card
      size="small"
      title={t('orders.acceptance')}
      extra={
        o.status === 'accepted' &&
        !o.handover &&
        props.canIssue && (
          <Button onClick={() => setHandingOver(true)} data-testid="hand-over">
            {t('orders.rules.handOver')}
          </Button>
        )
      }
    >
      {a ? (
        <Descriptions size="small" column={3}>
          <Descriptions.Item label={t('orders.acceptingBody')}>{a.acceptingBody}</Descriptions.Item>
          <Descriptions.Item label={t('orders.acceptedOn')}>{a.acceptedOn}</Descriptions.Item>
          <Descriptions.Item label={t('orders.result')}>
            <Tag color={a.result === 'passed' ? 'green' : 'red'}>{t(`orders.results.${a.result}`)}</Tag>
          </Descriptions.Item>
          {a.members.length > 0 && (
            <Descriptions.Item label={t('orders.rules.members')} span={3}>
              <span data-testid="acceptance-members">
                {a.members.map((m) => `${t(`orders.rules.memberRoles.${m.role}`)} ${m.organisation} ${m.name}`).join(t('common.itemSeparator'))}
              </span>
            </Descriptions.Item>
          )}
          {a.survivalRatePct !== null && <Descriptions.Item label={t('orders.rules.survivalRate')}>{a.survivalRatePct}</Descriptions.Item>}
          <Descriptions.Item label={t('orders.report')} span={3}>
            <AttachmentGallery hashes={[a.reportSha256]} testId="acceptance-report" />
          </Descriptions.Item>
          <Descriptions.Item label={t('orders.rules.handover')} span={3}>
            <span data-testid="handover">
              {o.handover ? t('orders.rules.handoverLine', { date: o.handover.handedOverOn, to: o.handover.handedOverTo }) : t('orders.rules.notHandedOver')}
            </span>
          </Descriptions.Item>
        </Descriptions>
      ) : o.acceptanceBlockers.length > 0 ? (
        <Alert type="warning" showIcon message={t('orders.blockers')} description={o.acceptanceBlockers.map((b, i) => <div key={i}>{blockerText(b, t)}</div>)} data-testid="acceptance-blockers" />
      ) : (
        <Typography.Text type="secondary">{t('orders.none')}</Typography.Text>
      )}
      {handingOver && (
        <FormModal
          title={t('orders.rules.handOver')}
          testId="handover-form"
          schema={handoverInput.omit({ orderId: true })}
          initial={{ handedOverTo: '', handedOverOn: shanghaiToday(), notes: '' }}
          onClose={() => setHandingOver(false)}
          onSubmit={(v) => props.run(api.orders.handover({ orderId: o.id, ...v }))}
        >
          {(control, errors) => (
            <>
              <TextField control={control} name="handedOverTo" id="handover-to" label={t('orders.rules.handedOverTo')} error={errors.handedOverTo} required />
              <DayField control={control} name="handedOverOn" id="handover-on" label={t('orders.rules.handedOverOn')} error={errors.handedOverOn} required />
              <TextField control={control} name="notes" id="handover-notes" label={t('orders.notes')} error={errors.notes} rows={2} />
            </>
          )}
        </FormModal>
      )}
    </Card>
  )
}
