import { Alert, Button, Card, Empty, List, Space, Tag, Tooltip, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { RestorationOrder } from '../../electron/shared/orders'
import { AttachmentGallery } from '../attachments/AttachmentGallery'
import type { OrderDialog } from './order-dialog'

/** The inspections of a live order and the deviations each found, recorded, closed or voided by investigators. */
export function InspectionsCard(props: { order: RestorationOrder; live: boolean; canRecord: boolean; setDialog: (dialog: OrderDialog) => void }) {
  const { t } = useTranslation()
  const { order: o, live, canRecord, setDialog } = props
  return (
  <Card
    size="small"
    title={t('orders.inspections')}
    extra={
      <Tooltip title={canRecord ? undefined : t('orders.investigatorsOnly')}>
        <Button disabled={!canRecord || !live} onClick={() => setDialog({ kind: 'inspection' })} data-testid="add-inspection">
          {t('orders.addInspection')}
        </Button>
      </Tooltip>
    }
  >
    {o.inspections.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('orders.none')} />}
    <List
      dataSource={o.inspections}
      renderItem={(inspection) => (
        <List.Item
          data-testid="inspection"
          actions={
            canRecord && live && !inspection.voided
              ? [
                  <Button key="dev" size="small" onClick={() => setDialog({ kind: 'deviation', inspection })} data-testid="add-deviation">
                    {t('orders.addDeviation')}
                  </Button>,
                  <Button key="void" size="small" type="link" danger onClick={() => setDialog({ kind: 'voidInspection', inspection })}>
                    {t('orders.void')}
                  </Button>
                ]
              : []
          }
        >
          <List.Item.Meta
            title={
              <Space>
                <span>{inspection.inspectedOn}</span>
                <span>{inspection.investigatorName}</span>
                {inspection.milestoneId && <Tag>{o.milestones.find((m) => m.id === inspection.milestoneId)?.title}</Tag>}
                {inspection.voided && <Tag color="default">{t('orders.voided')}{t('common.colon')}{inspection.voided.reason}</Tag>}
              </Space>
            }
            description={
              <Space direction="vertical" style={{ width: '100%' }}>
                <Typography.Text delete={inspection.voided !== null}>{inspection.findings}</Typography.Text>
                {(inspection.photoSha256.length > 0 || inspection.samplesTaken.length > 0) && (
                  <Typography.Text type="secondary">
                    {t('orders.photos')} {inspection.photoSha256.length} · {t('orders.samplesTaken')} {inspection.samplesTaken.join(t('common.listSeparator')) || '—'}
                  </Typography.Text>
                )}
                {inspection.photoSha256.length > 0 && <AttachmentGallery hashes={inspection.photoSha256} testId="inspection-photos" />}
                {inspection.deviations.map((d) => (
                  <Alert
                    key={d.id}
                    data-testid="deviation"
                    type={d.voided ? 'info' : d.closedOn ? 'success' : 'warning'}
                    showIcon
                    message={
                      <Space wrap>
                        <Tag>{t(`orders.severities.${d.severity}`)}</Tag>
                        <Typography.Text delete={d.voided !== null}>{d.description}</Typography.Text>
                        <Tag color={d.closedOn ? 'green' : d.overdue ? 'red' : 'orange'}>
                          {d.voided ? t('orders.voided') : d.closedOn ? t('orders.closed', { date: d.closedOn }) : t('orders.open')}
                        </Tag>
                      </Space>
                    }
                    description={
                      <>
                        <div>
                          {t('orders.correctiveAction')}{t('common.colon')}{d.correctiveAction}
                          {t('common.aside', { text: `${t('orders.correctionDue')} ${d.dueDate}` })}
                        </div>
                        {d.closingNote && (
                          <div>
                            {t('orders.closingNote')}{t('common.colon')}{d.closingNote}
                          </div>
                        )}
                      </>
                    }
                    action={
                      canRecord && live && !d.voided && !d.closedOn ? (
                        <Space direction="vertical">
                          <Button size="small" onClick={() => setDialog({ kind: 'closeDeviation', deviation: d })} data-testid="close-deviation">
                            {t('orders.closeDeviation')}
                          </Button>
                          <Button size="small" type="link" danger onClick={() => setDialog({ kind: 'voidDeviation', deviation: d })}>
                            {t('orders.void')}
                          </Button>
                        </Space>
                      ) : undefined
                    }
                  />
                ))}
              </Space>
            }
          />
        </List.Item>
      )}
    />
  </Card>
  )
}
