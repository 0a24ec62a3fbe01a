import { App as AntApp, Button, Card, Space, Table, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { partText } from '../../electron/shared/errors'
import type { Milestone, RestorationOrder } from '../../electron/shared/orders'
import { api } from '../api/api'
import { uiLanguage } from '../api/error-words'
import { JudgeButton } from './JudgeButton'
import { milestoneStatusColors } from './order-status'
import { parameterName } from '../standards/standard-names'
import type { OrderDialog, RunOrderCall } from './order-dialog'

/**
 * The order's milestones: a judge edits and removes them while the order is
 * not final; whoever confirms milestones starts them and confirms them done.
 */
export function MilestonesCard(props: {
  order: RestorationOrder
  /** Final or discarded: read only. */
  final: boolean
  live: boolean
  canIssue: boolean
  canConfirm: boolean
  setDialog: (dialog: OrderDialog) => void
  run: RunOrderCall
}) {
  const { t } = useTranslation()
  const { message } = AntApp.useApp()
  const { order: o, final, live, canIssue, canConfirm, setDialog, run } = props
  return (
  <Card
    size="small"
    title={t('orders.milestones')}
    extra={!final && <JudgeButton allowed={canIssue} label={t('orders.addMilestone')} onClick={() => setDialog({ kind: 'milestone' })} testId="add-milestone" />}
  >
    <Table<Milestone>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={o.milestones}
      data-testid="milestones"
      expandable={{
        rowExpandable: (m) => m.evaluation !== null,
        expandedRowRender: (m) => <EvaluationDetail milestone={m} />
      }}
      columns={[
        { title: t('orders.milestoneTitle'), dataIndex: 'title' },
        { title: t('orders.dueDate'), dataIndex: 'dueDate', width: 110 },
        { title: t('orders.criterion'), dataIndex: 'criterionText' },
        {
          title: t('orders.status'),
          key: 'status',
          width: 180,
          render: (_: unknown, m) => (
            <Space direction="vertical" size={0}>
              <Tag color={milestoneStatusColors[m.status]} data-testid={`milestone-status-${m.position}`}>
                {t(`orders.milestoneStatuses.${m.status}`)}
              </Tag>
              {m.evaluation && (
                <Tag color={m.evaluation.met ? 'green' : 'default'}>
                  {t('orders.evaluation')}{t('common.colon')}{t(m.evaluation.met ? 'orders.met' : 'orders.notMet')}
                </Tag>
              )}
              {m.doneOn && <Typography.Text type="secondary">{m.doneOn}</Typography.Text>}
            </Space>
          )
        },
        {
          title: t('common.actions'),
          key: 'actions',
          width: 240,
          render: (_: unknown, m) => (
            <Space wrap>
              {canIssue && !final && m.progress !== 'done' && (
                <>
                  <Button size="small" type="link" data-testid={`edit-milestone-${m.position}`} onClick={() => setDialog({ kind: 'editMilestone', milestone: m })}>
                    {t('orders.rules.editMilestone')}
                  </Button>
                  <Button size="small" type="link" danger data-testid={`remove-milestone-${m.position}`} onClick={() => setDialog({ kind: 'removeMilestone', milestone: m })}>
                    {t('orders.rules.removeMilestone')}
                  </Button>
                </>
              )}
              {live && canConfirm && m.progress !== 'done' && (
                <Space>
                  {m.progress === 'pending' && (
                    <Button size="small" type="link" onClick={() => void run(api.milestones.setProgress({ id: m.id, revision: m.revision, progress: 'in_progress', doneOn: null, evidenceSha256: [], note: '' })).then((e) => e && message.error(e.message))}>
                      {t('orders.startMilestone')}
                    </Button>
                  )}
                  <Button size="small" type="link" data-testid={`confirm-done-${m.position}`} onClick={() => setDialog({ kind: 'done', milestone: m })}>
                    {t('orders.confirmDone')}
                  </Button>
                </Space>
              )}
            </Space>
          )
        }
      ]}
    />
    {o.removedMilestones.length > 0 && (
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }} data-testid="removed-milestones">
        {t('orders.rules.removed')}{t('common.colon')}
        {o.removedMilestones.map((m) => t('orders.rules.removedLine', { title: m.title, due: m.dueDate, reason: m.voided.reason || '—' })).join(t('common.itemSeparator'))}
      </Typography.Paragraph>
    )}
  </Card>
  )
}

function EvaluationDetail({ milestone }: { milestone: Milestone }) {
  const { t } = useTranslation()
  const evaluation = milestone.evaluation!
  const satisfying = new Set(evaluation.satisfyingSamples.map((s) => s.sampleId))
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="evaluation">
      <Typography.Text>{partText(evaluation.explanation, uiLanguage())}</Typography.Text>
      <Space wrap>
        {evaluation.perSample.map((s) => (
          <Tag key={s.sampleId} color={satisfying.has(s.sampleId) ? 'green' : s.meets ? 'blue' : 'red'}>
            {s.sampleCode}
            {t('common.aside', { text: s.sampledOn })}
            {satisfying.has(s.sampleId) ? `✓ ${t('orders.satisfyingSamples')}` : ''}
            {s.failingParameters.length > 0 ? ` ✗ ${s.failingParameters.map((key) => parameterName(key, t)).join(t('common.listSeparator'))}` : ''}
          </Tag>
        ))}
      </Space>
    </Space>
  )
}

