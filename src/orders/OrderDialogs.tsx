import { useTranslation } from 'react-i18next'
import { evidenceVoidInput, orderIssueInput, orderStatusInput, type RestorationOrder } from '../../electron/shared/orders'
import { shanghaiToday } from '../../electron/shared/shanghai-time'
import { api } from '../api/api'
import { FormModal } from '../forms/FormModal'
import { ReasonDialog } from '../forms/ReasonDialog'
import { DayField, TextField } from '../forms/fields'
import { AcceptanceDialog } from './AcceptanceDialog'
import { CloseDeviationDialog, DeviationDialog, InspectionDialog } from './InspectionDialogs'
import { MilestoneDialog } from './MilestoneDialog'
import { MilestoneDoneDialog } from './MilestoneDoneDialog'
import type { OrderDialog, RunOrderCall } from './order-dialog'
import { useSigningPassword } from '../session/SigningPassword'

/** The order page's dialogs, each one form over one channel. */
export function OrderDialogs(props: { order: RestorationOrder; dialog: OrderDialog; onClose: () => void; run: RunOrderCall }) {
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
          // The judge signs the order as issued: the password is asked again.
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
      return <MilestoneDoneDialog milestone={dialog.milestone} onClose={onClose} run={run} />
    case 'inspection':
      return <InspectionDialog order={o} onClose={onClose} run={run} />
    case 'deviation':
      return <DeviationDialog inspection={dialog.inspection} onClose={onClose} run={run} />
    case 'closeDeviation':
      return <CloseDeviationDialog deviation={dialog.deviation} onClose={onClose} run={run} />
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
