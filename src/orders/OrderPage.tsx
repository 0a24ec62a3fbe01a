import { Alert, App as AntApp, Button, Card, Descriptions, Drawer, Empty, List, Result, Select, Space, Spin, Table, Tag, Tooltip, Typography } from 'antd'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Controller } from 'react-hook-form'
import { Link, useParams } from 'react-router-dom'
import { z } from 'zod'
import {
  deviationCloseInput,
  deviationInput,
  finalOrderStatuses,
  liveOrderStatuses,
  evidenceVoidInput,
  inspectionInput,
  orderIssueInput,
  orderStatusInput,
  type Deviation,
  type Inspection,
  type Milestone,
  type OrderInput,
  type RestorationOrder
} from '../../electron/shared/orders'
import { formatYuan } from '../../electron/shared/money'
import type { AppErrorShape, Result as Reply } from '../../electron/shared/errors'
import { api, unwrap } from '../api/api'
import { useCurrentUser } from '../session/CurrentUser'
import { usePrint } from '../print/print-view'
import { documentPrintRoute } from '../../electron/shared/print'
import { FormField } from '../forms/FormField'
import { FormModal } from './FormModal'
import { DayField, TextField } from './fields'
import { EvidenceUpload } from './EvidenceUpload'
import { OrderForm, orderToInput } from './OrderForm'
import { milestoneStatusColors, orderStatusColors } from './order-status'
import { parameterName } from '../standards/standard-names'
import { MilestoneDialog } from './MilestoneDialog'
import { AcceptanceDialog } from './AcceptanceDialog'
import { AcceptanceCard } from './AcceptanceCard'
import { OrderSectionsView } from './OrderSectionsView'
import { ReasonDialog } from './ReasonDialog'
import { HistoryCard } from '../documents/HistoryList'
import { orderTypeNameOf } from './order-type-name'
import { WordExportButton } from '../documents/WordExportButton'
import { AttachmentGallery } from '../attachments/AttachmentGallery'
import { shanghaiToday } from '../../electron/shared/shanghai-time'
import { useSigningPassword } from '../session/SigningPassword'

type Dialog =
  | { kind: 'edit' }
  | { kind: 'issue' }
  | { kind: 'close' }
  | { kind: 'accept' }
  | { kind: 'milestone' }
  | { kind: 'editMilestone'; milestone: Milestone }
  | { kind: 'removeMilestone'; milestone: Milestone }
  | { kind: 'discard' }
  | { kind: 'done'; milestone: Milestone }
  | { kind: 'inspection' }
  | { kind: 'deviation'; inspection: Inspection }
  | { kind: 'closeDeviation'; deviation: Deviation }
  | { kind: 'voidInspection'; inspection: Inspection }
  | { kind: 'voidDeviation'; deviation: Deviation }
  | null

const doneForm = z.object({ doneOn: z.iso.date({ message: '请填写完成日期' }), evidenceSha256: z.array(z.string()), note: z.string().max(1000) })

/** One restoration order: its particulars, milestones, inspections and deviations, acceptance, and the printed summary. */
export function OrderPage() {
  const { t, i18n } = useTranslation()
  const printDocument = usePrint()
  const { message } = AntApp.useApp()
  const queryClient = useQueryClient()
  const { id = '' } = useParams()
  const { may } = useCurrentUser()
  const [dialog, setDialog] = useState<Dialog>(null)
  const order = useQuery({ queryKey: ['orders.get', id], queryFn: () => unwrap(api.orders.get({ id })) })
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['orders.get', id] })

  /** Runs a call; on success refreshes the order and says so, on failure hands the error to the form. */
  const run = async <T,>(reply: Promise<Reply<T>>, done?: string): Promise<AppErrorShape | null> => {
    const result = await reply
    if (!result.ok) return result.error
    void message.success(done ?? t('orders.recorded'))
    void refresh()
    void queryClient.invalidateQueries({ queryKey: ['orders.list'] })
    return null
  }

  if (order.isLoading) return <Spin style={{ margin: 64 }} />
  if (!order.data) return <Result status="404" title={order.error?.message} extra={<Link to="/orders">{t('orders.back')}</Link>} />
  const o = order.data
  const canIssue = may('issueOrders')
  const canRecord = may('recordInspections')
  const canConfirm = may('confirmMilestones')
  const live = liveOrderStatuses.includes(o.status)
  // A discarded draft is read-only, as a finished order is.
  const final = finalOrderStatuses.includes(o.status) || o.discarded !== null
  const judgeButton = (label: string, onClick: () => void, testId: string, type: 'primary' | 'default' = 'default') => (
    <Tooltip title={canIssue ? undefined : t('orders.judgesOnly')}>
      <Button type={type} disabled={!canIssue} onClick={onClick} data-testid={testId}>
        {label}
      </Button>
    </Tooltip>
  )
  const setStatus = async (status: 'in_progress' | 'closed', reason = '') =>
    run(api.orders.setStatus({ id, revision: o.revision, status, reason }), t('orders.statusChanged', { status: t(`orders.statuses.${status}`) }))

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Space align="center">
          <Typography.Title level={3} style={{ margin: 0 }}>
            {o.orderNumber}
          </Typography.Title>
          <Tag color="green">{orderTypeNameOf(o, i18n.language)}</Tag>
          <Tag color={orderStatusColors[o.status]} data-testid="order-status">
            {t(`orders.statuses.${o.status}`)}
          </Tag>
        </Space>
        <Space wrap>
          {!final && judgeButton(t('common.edit'), () => setDialog({ kind: 'edit' }), 'edit-order')}
          {o.status === 'draft' && !final && judgeButton(t('orders.issue'), () => setDialog({ kind: 'issue' }), 'issue-order', 'primary')}
          {o.status === 'draft' && !final && judgeButton(t('orders.rules.discard'), () => setDialog({ kind: 'discard' }), 'discard-order')}
          {o.status === 'issued' && judgeButton(t('orders.start'), () => void setStatus('in_progress').then((e) => e && message.error(e.message)), 'start-order', 'primary')}
          {o.status === 'in_progress' && judgeButton(t('orders.accept'), () => setDialog({ kind: 'accept' }), 'accept-order', 'primary')}
          {live && judgeButton(t('orders.close'), () => setDialog({ kind: 'close' }), 'close-order')}
          <Button data-testid="print-summary" onClick={() => void printDocument(documentPrintRoute('restoration-order', o.id), `${o.orderNumber}执行情况摘要`)}>
            {t('orders.print')}
          </Button>
          <WordExportButton kind="order_summary" id={o.id} />
        </Space>
      </Space>

      <Card size="small">
        <Descriptions size="small" column={3} bordered>
          <Descriptions.Item label={t('orders.case')}>
            <Link to={`/cases/${o.caseId}`}>{o.caseNumber}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('orders.judgmentReference')}>{o.judgmentReference}</Descriptions.Item>
          <Descriptions.Item label={t('orders.issuedBy')}>{o.issuedByName ? `${o.issuedByName}（${o.issuedOn}）` : '—'}</Descriptions.Item>
          <Descriptions.Item label={t('orders.obligor')}>{o.obligor}</Descriptions.Item>
          <Descriptions.Item label={t('orders.executor')}>{o.executor || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('orders.deadline')}>{o.deadline}</Descriptions.Item>
          <Descriptions.Item label={t('orders.sites')}>{o.sites.map((s) => s.name).join('、')}</Descriptions.Item>
          <Descriptions.Item label={t('orders.supervisors')}>{o.supervisors.map((s) => s.name).join('、') || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('orders.agencies')}>{o.supervisingAgencies.join('、') || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('orders.restorationFee')}>
            {formatYuan(o.restorationFeeFen)} <Tag color={o.restorationFeePaid ? 'green' : 'orange'}>{t(o.restorationFeePaid ? 'orders.paid' : 'orders.unpaid')}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('orders.bond')}>
            {formatYuan(o.bondFen)} <Tag color={o.bondPaid ? 'green' : 'orange'}>{t(o.bondPaid ? 'orders.paid' : 'orders.unpaid')}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('orders.fallbackCost')}>{formatYuan(o.fallbackCostFen)}</Descriptions.Item>
          <Descriptions.Item label={t('orders.method')} span={3}>
            {o.method}
            {o.methodItems.length > 0 && <div>{o.methodItems.map((m) => `${m.species} ${m.quantity} ${m.unit}`).join('；')}</div>}
          </Descriptions.Item>
          <Descriptions.Item label={t('orders.target')} span={3}>
            {o.standardTargets.map((target, i) => (
              <div key={i}>
                {t('orders.standardTarget', {
                  site: o.sites.find((s) => s.id === target.siteId)?.name ?? '',
                  parameters: target.parameters.map((key) => parameterName(key, t)).join(t('standards.listSeparator')),
                  cls: target.targetClass
                })}
              </div>
            ))}
            {o.measurableTargets.map((m, i) => (
              <div key={`m${i}`}>{`${m.description} ${m.comparator.replace('>=', '≥').replace('<=', '≤')} ${m.value}${m.unit}`}</div>
            ))}
          </Descriptions.Item>
        </Descriptions>
        <OrderSectionsView order={o} />
        {o.statusReason && <Alert style={{ marginTop: 8 }} type="info" message={`${t('orders.reason')}：${o.statusReason}`} />}
        {o.discarded && <Alert style={{ marginTop: 8 }} type="warning" data-testid="order-discarded" message={t('orders.rules.discarded', { reason: o.discarded.reason })} />}
      </Card>

      <Card
        size="small"
        title={t('orders.milestones')}
        extra={!final && judgeButton(t('orders.addMilestone'), () => setDialog({ kind: 'milestone' }), 'add-milestone')}
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
                      {t('orders.evaluation')}：{t(m.evaluation.met ? 'orders.met' : 'orders.notMet')}
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
            {t('orders.rules.removed')}：
            {o.removedMilestones.map((m) => t('orders.rules.removedLine', { title: m.title, due: m.dueDate, reason: m.voided.reason || '—' })).join('；')}
          </Typography.Paragraph>
        )}
      </Card>

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
                    {inspection.voided && <Tag color="default">{t('orders.voided')}：{inspection.voided.reason}</Tag>}
                  </Space>
                }
                description={
                  <Space direction="vertical" style={{ width: '100%' }}>
                    <Typography.Text delete={inspection.voided !== null}>{inspection.findings}</Typography.Text>
                    {(inspection.photoSha256.length > 0 || inspection.samplesTaken.length > 0) && (
                      <Typography.Text type="secondary">
                        {t('orders.photos')} {inspection.photoSha256.length} · {t('orders.samplesTaken')} {inspection.samplesTaken.join('、') || '—'}
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
                              {t('orders.correctiveAction')}：{d.correctiveAction}（{t('orders.correctionDue')} {d.dueDate}）
                            </div>
                            {d.closingNote && (
                              <div>
                                {t('orders.closingNote')}：{d.closingNote}
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

      <AcceptanceCard order={o} canIssue={canIssue} run={run} />

      <Drawer title={t('orders.edit')} width={880} open={dialog?.kind === 'edit'} onClose={() => setDialog(null)} destroyOnHidden>
        {dialog?.kind === 'edit' && (
          <OrderForm
            initial={orderToInput(o)}
            serverPrefix="order."
            onCancel={() => setDialog(null)}
            onSubmit={async (values: OrderInput) => {
              const error = await run(api.orders.update({ id, revision: o.revision, order: values }), t('orders.updated', { number: values.orderNumber }))
              if (!error) setDialog(null)
              return error
            }}
          />
        )}
      </Drawer>
      <OrderDialogs order={o} dialog={dialog} onClose={() => setDialog(null)} run={run} />
      <HistoryCard entityType="restoration_order" entityId={id} />
    </Space>
  )
}

function EvaluationDetail({ milestone }: { milestone: Milestone }) {
  const { t } = useTranslation()
  const evaluation = milestone.evaluation!
  const satisfying = new Set(evaluation.satisfyingSamples.map((s) => s.sampleId))
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="evaluation">
      <Typography.Text>{evaluation.explanation}</Typography.Text>
      <Space wrap>
        {evaluation.perSample.map((s) => (
          <Tag key={s.sampleId} color={satisfying.has(s.sampleId) ? 'green' : s.meets ? 'blue' : 'red'}>
            {s.sampleCode}（{s.sampledOn}）{satisfying.has(s.sampleId) ? `✓ ${t('orders.satisfyingSamples')}` : ''}
            {s.failingParameters.length > 0 ? ` ✗ ${s.failingParameters.map((key) => parameterName(key, t)).join(t('standards.listSeparator'))}` : ''}
          </Tag>
        ))}
      </Space>
    </Space>
  )
}

/** The order page's dialogs, each one form over one channel. */
function OrderDialogs(props: {
  order: RestorationOrder
  dialog: Dialog
  onClose: () => void
  run: <T>(reply: Promise<Reply<T>>, done?: string) => Promise<AppErrorShape | null>
}) {
  const { t } = useTranslation()
  const signing = useSigningPassword()
  const { order: o, dialog, onClose, run } = props
  if (!dialog) return null
  switch (dialog.kind) {
    case 'issue':
      return (
        <>
        {signing.dialog}
        <FormModal
          title={t('orders.issueTitle')}
          testId="issue-form"
          schema={orderIssueInput.pick({ issuedOn: true })}
          initial={{ issuedOn: shanghaiToday() }}
          onClose={onClose}
          onSubmit={(v) =>
            signing.sign(t('signing.titles.issue'), (password) =>
              run(api.orders.issue({ id: o.id, revision: o.revision, ...v, password }), t('orders.statusChanged', { status: t('orders.statuses.issued') }))
            )
          }
        >
          {(control, errors) => <DayField control={control} name="issuedOn" id="issue-issuedOn" label={t('orders.issuedOn')} error={errors.issuedOn} required />}
        </FormModal>
        </>
      )
    case 'close':
      return (
        <FormModal
          title={t('orders.closeTitle')}
          testId="close-form"
          schema={orderStatusInput.pick({ reason: true })}
          initial={{ reason: '' }}
          onClose={onClose}
          onSubmit={(v) => run(api.orders.setStatus({ id: o.id, revision: o.revision, status: 'closed', reason: v.reason ?? '' }))}
        >
          {(control, errors) => <TextField control={control} name="reason" id="close-reason" label={t('orders.reason')} error={errors.reason} required rows={3} />}
        </FormModal>
      )
    case 'accept':
      return <AcceptanceDialog order={o} onClose={onClose} run={run} />
    case 'milestone':
      return <MilestoneDialog order={o} onClose={onClose} run={run} />
    case 'editMilestone':
      return <MilestoneDialog order={o} milestone={dialog.milestone} onClose={onClose} run={run} />
    case 'removeMilestone':
      return (
        <ReasonDialog
          title={t('orders.rules.removeMilestoneTitle', { title: dialog.milestone.title })}
          testId="remove-milestone-form"
          required={o.status !== 'draft'}
          hint={o.status !== 'draft' ? t('orders.rules.changeReasonHint') : undefined}
          onClose={onClose}
          onSubmit={(reason) => run(api.milestones.remove({ id: dialog.milestone.id, revision: dialog.milestone.revision, reason }))}
        />
      )
    case 'discard':
      return (
        <ReasonDialog
          title={t('orders.rules.discardTitle')}
          testId="discard-form"
          required
          onClose={onClose}
          onSubmit={(reason) => run(api.orders.discard({ id: o.id, revision: o.revision, reason }))}
        />
      )
    case 'done':
      return (
        <FormModal
          title={t('orders.confirmDoneTitle', { title: dialog.milestone.title })}
          testId="done-form"
          schema={doneForm}
          initial={{ doneOn: shanghaiToday(), evidenceSha256: [] as string[], note: '' }}
          onClose={onClose}
          onSubmit={(v) => run(api.milestones.setProgress({ id: dialog.milestone.id, revision: dialog.milestone.revision, progress: 'done', ...v }))}
        >
          {(control, errors) => (
            <>
              <Typography.Paragraph type="secondary">{dialog.milestone.criterionText}</Typography.Paragraph>
              {dialog.milestone.evaluation && <Alert type={dialog.milestone.evaluation.met ? 'success' : 'warning'} message={dialog.milestone.evaluation.explanation} style={{ marginBottom: 12 }} />}
              <DayField control={control} name="doneOn" id="done-doneOn" label={t('orders.doneOn')} error={errors.doneOn} required />
              <FormField id="done-evidence" label={t('orders.evidence')} error={errors.evidenceSha256 as never} required={!dialog.milestone.sampleCriterion}>
                <Controller control={control} name="evidenceSha256" render={({ field }) => <EvidenceUpload id="done-evidence" value={field.value} onChange={field.onChange} />} />
              </FormField>
              <TextField control={control} name="note" id="done-note" label={t('orders.note')} error={errors.note} rows={2} />
            </>
          )}
        </FormModal>
      )
    case 'inspection':
      return (
        <FormModal
          title={t('orders.addInspection')}
          testId="inspection-form"
          schema={inspectionInput.omit({ orderId: true })}
          initial={{ milestoneId: null as string | null, inspectedOn: shanghaiToday(), findings: '', photoSha256: [] as string[], samplesTaken: [] as string[] }}
          onClose={onClose}
          onSubmit={(v) => run(api.inspections.create({ orderId: o.id, ...v }))}
        >
          {(control, errors) => (
            <>
              <DayField control={control} name="inspectedOn" id="inspection-inspectedOn" label={t('orders.inspectedOn')} error={errors.inspectedOn} required />
              <FormField id="inspection-milestoneId" label={t('orders.milestone')} error={errors.milestoneId}>
                <Controller
                  control={control}
                  name="milestoneId"
                  render={({ field }) => (
                    <Select
                      id="inspection-milestoneId"
                      allowClear
                      showSearch={{ optionFilterProp: 'label' }}
                      options={o.milestones.map((m) => ({ value: m.id, label: m.title }))}
                      value={field.value}
                      onChange={(v: string | undefined) => field.onChange(v ?? null)}
                    />
                  )}
                />
              </FormField>
              <TextField control={control} name="findings" id="inspection-findings" label={t('orders.findings')} error={errors.findings} required rows={4} />
              <FormField id="inspection-photos" label={t('orders.photos')} error={errors.photoSha256 as never}>
                <Controller control={control} name="photoSha256" render={({ field }) => <EvidenceUpload id="inspection-photos" accept="image/*" value={field.value} onChange={field.onChange} />} />
              </FormField>
              <FormField id="inspection-samplesTaken" label={t('orders.samplesTaken')} error={errors.samplesTaken as never}>
                <Controller
                  control={control}
                  name="samplesTaken"
                  render={({ field }) => <Select id="inspection-samplesTaken" mode="tags" open={false} placeholder={t('orders.samplesTakenHint')} {...field} />}
                />
              </FormField>
            </>
          )}
        </FormModal>
      )
    case 'deviation':
      return (
        <FormModal
          title={t('orders.addDeviation')}
          testId="deviation-form"
          schema={deviationInput.omit({ inspectionId: true })}
          initial={{ description: '', severity: 'minor' as const, correctiveAction: '', dueDate: shanghaiToday() }}
          onClose={onClose}
          onSubmit={(v) => run(api.deviations.create({ inspectionId: dialog.inspection.id, ...v }))}
        >
          {(control, errors) => (
            <>
              <TextField control={control} name="description" id="deviation-description" label={t('orders.deviation')} error={errors.description} required rows={3} />
              <FormField id="deviation-severity" label={t('orders.severity')} error={errors.severity} required>
                <Controller
                  control={control}
                  name="severity"
                  render={({ field }) => (
                    <Select
                      id="deviation-severity"
                      style={{ width: 160 }}
                      showSearch={{ optionFilterProp: 'label' }}
                      options={(['minor', 'major', 'critical'] as const).map((s) => ({ value: s, label: t(`orders.severities.${s}`) }))}
                      {...field}
                    />
                  )}
                />
              </FormField>
              <TextField control={control} name="correctiveAction" id="deviation-correctiveAction" label={t('orders.correctiveAction')} error={errors.correctiveAction} required rows={2} />
              <DayField control={control} name="dueDate" id="deviation-dueDate" label={t('orders.correctionDue')} error={errors.dueDate} required />
            </>
          )}
        </FormModal>
      )
    case 'closeDeviation':
      return (
        <FormModal
          title={t('orders.closeDeviation')}
          testId="close-deviation-form"
          schema={deviationCloseInput.pick({ closedOn: true, closingNote: true, evidenceSha256: true })}
          initial={{ closedOn: shanghaiToday(), closingNote: '', evidenceSha256: [] as string[] }}
          onClose={onClose}
          onSubmit={(v) => run(api.deviations.close({ id: dialog.deviation.id, revision: dialog.deviation.revision, ...v }))}
        >
          {(control, errors) => (
            <>
              <Typography.Paragraph>{dialog.deviation.description}</Typography.Paragraph>
              <DayField control={control} name="closedOn" id="closeDeviation-closedOn" label={t('orders.closedOn')} error={errors.closedOn} required />
              <TextField control={control} name="closingNote" id="closeDeviation-closingNote" label={t('orders.closingNote')} error={errors.closingNote} required rows={3} />
              <FormField id="closeDeviation-evidence" label={t('orders.evidence')} error={errors.evidenceSha256 as never}>
                <Controller control={control} name="evidenceSha256" render={({ field }) => <EvidenceUpload id="closeDeviation-evidence" value={field.value} onChange={field.onChange} />} />
              </FormField>
            </>
          )}
        </FormModal>
      )
    case 'voidInspection':
    case 'voidDeviation': {
      const record = dialog.kind === 'voidInspection' ? dialog.inspection : dialog.deviation
      const call = dialog.kind === 'voidInspection' ? api.inspections.void : api.deviations.void
      return (
        <FormModal
          title={t('orders.voidTitle')}
          testId="void-form"
          schema={evidenceVoidInput.pick({ reason: true })}
          initial={{ reason: '' }}
          onClose={onClose}
          onSubmit={(v) => run((call as typeof api.deviations.void)({ id: record.id, revision: record.revision, ...v }))}
        >
          {(control, errors) => <TextField control={control} name="reason" id="void-reason" label={t('orders.reason')} error={errors.reason} required rows={2} />}
        </FormModal>
      )
    }
    default:
      return null
  }
}
