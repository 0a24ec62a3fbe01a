import { App as AntApp, Button, Drawer, Result, Space, Spin, Tag, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router-dom'
import { finalOrderStatuses, liveOrderStatuses, type OrderInput } from '../../electron/shared/orders'
import { documentPrintRoute } from '../../electron/shared/print'
import { api } from '../api/api'
import { useCurrentUser } from '../session/CurrentUser'
import { usePrint } from '../print/print-view'
import { HistoryCard } from '../documents/HistoryList'
import { WordExportButton } from '../documents/WordExportButton'
import { orderTypeNameOf } from './order-type-name'
import { OrderForm, orderToInput } from './OrderForm'
import { orderStatusColors } from './order-status'
import { AcceptanceCard } from './AcceptanceCard'
import { InspectionsCard } from './InspectionsCard'
import { JudgeButton } from './JudgeButton'
import { MilestonesCard } from './MilestonesCard'
import { OrderDialogs } from './OrderDialogs'
import { OrderParticularsCard } from './OrderParticularsCard'
import type { OrderDialog, RunOrderCall } from './order-dialog'
import { useChannel, useInvalidate } from '../api/use-channel'
import { useCaseWritable } from '../cases/use-case-writable'

/** One restoration order: its particulars, milestones, inspections and deviations, acceptance, and the printed summary. */
export function OrderPage() {
  const { t, i18n } = useTranslation()
  const printDocument = usePrint()
  const { message } = AntApp.useApp()
  const invalidate = useInvalidate()
  const { id = '' } = useParams()
  const { may } = useCurrentUser()
  const [dialog, setDialog] = useState<OrderDialog>(null)
  const order = useChannel('orders.get', { id })
  // An investigator whose assignment ended reads the order and records nothing more on it (core refuses it too).
  const writable = useCaseWritable(order.data?.caseId ?? '')
  const refresh = () => invalidate('orders.get')

  /** Runs a call; on success refreshes the order and says so, on failure hands the error to the form. */
  const run: RunOrderCall = async (reply, done) => {
    const result = await reply
    if (!result.ok) return result.error
    void message.success(done ?? t('orders.recorded'))
    void refresh()
    void invalidate('orders.list')
    return null
  }

  if (order.isLoading) return <Spin style={{ margin: 64 }} />
  if (!order.data) return <Result status="404" title={order.error?.message} extra={<Link to="/orders">{t('orders.back')}</Link>} />
  const o = order.data
  const canIssue = may('issueOrders')
  const canRecord = may('recordInspections') && writable
  const canConfirm = may('confirmMilestones') && writable
  const live = liveOrderStatuses.includes(o.status)
  // A discarded draft is read-only, as a finished order is.
  const final = finalOrderStatuses.includes(o.status) || o.discarded !== null
  const judgeButton = (label: string, onClick: () => void, testId: string, type: 'primary' | 'default' = 'default') => (
    <JudgeButton allowed={canIssue} label={label} onClick={onClick} testId={testId} type={type} />
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

      <OrderParticularsCard order={o} />
      <MilestonesCard order={o} final={final} live={live} canIssue={canIssue} canConfirm={canConfirm} setDialog={setDialog} run={run} />
      <InspectionsCard order={o} live={live} canRecord={canRecord} setDialog={setDialog} />
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
