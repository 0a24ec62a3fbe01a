import { Select, Typography } from 'antd'
import { Controller } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { deviationCloseInput, deviationInput, inspectionInput, type Deviation, type Inspection, type RestorationOrder } from '../../electron/shared/orders'
import { shanghaiToday } from '../../electron/shared/shanghai-time'
import { api } from '../api/api'
import { EvidenceUpload } from '../forms/EvidenceUpload'
import { FormField } from '../forms/FormField'
import { FormModal } from '../forms/FormModal'
import { DayField, TextField } from '../forms/fields'
import type { RunOrderCall } from './order-dialog'

/** Records an inspection of the order: the day, the milestone it checks, findings, photos and samples taken. */
export function InspectionDialog({ order: o, onClose, run }: { order: RestorationOrder; onClose: () => void; run: RunOrderCall }) {
  const { t } = useTranslation()
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
}

/** Records a deviation an inspection found, with its corrective action and the day it is due. */
export function DeviationDialog({ inspection, onClose, run }: { inspection: Inspection; onClose: () => void; run: RunOrderCall }) {
  const { t } = useTranslation()
  return (
    <FormModal
      title={t('orders.addDeviation')}
      testId="deviation-form"
      schema={deviationInput.omit({ inspectionId: true })}
      initial={{ description: '', severity: 'minor' as const, correctiveAction: '', dueDate: shanghaiToday() }}
      onClose={onClose}
      onSubmit={(v) => run(api.deviations.create({ inspectionId: inspection.id, ...v }))}
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
}

/** Closes a deviation once corrected: the day, a note and the evidence. */
export function CloseDeviationDialog({ deviation, onClose, run }: { deviation: Deviation; onClose: () => void; run: RunOrderCall }) {
  const { t } = useTranslation()
  return (
    <FormModal
      title={t('orders.closeDeviation')}
      testId="close-deviation-form"
      schema={deviationCloseInput.pick({ closedOn: true, closingNote: true, evidenceSha256: true })}
      initial={{ closedOn: shanghaiToday(), closingNote: '', evidenceSha256: [] as string[] }}
      onClose={onClose}
      onSubmit={(v) => run(api.deviations.close({ id: deviation.id, revision: deviation.revision, ...v }))}
    >
      {(control, errors) => (
        <>
          <Typography.Paragraph>{deviation.description}</Typography.Paragraph>
          <DayField control={control} name="closedOn" id="closeDeviation-closedOn" label={t('orders.closedOn')} error={errors.closedOn} required />
          <TextField control={control} name="closingNote" id="closeDeviation-closingNote" label={t('orders.closingNote')} error={errors.closingNote} required rows={3} />
          <FormField id="closeDeviation-evidence" label={t('orders.evidence')} error={errors.evidenceSha256 as never}>
            <Controller control={control} name="evidenceSha256" render={({ field }) => <EvidenceUpload id="closeDeviation-evidence" value={field.value} onChange={field.onChange} />} />
          </FormField>
        </>
      )}
    </FormModal>
  )
}
