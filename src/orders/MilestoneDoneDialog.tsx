import { Alert, Typography } from 'antd'
import { Controller } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { partText } from '../../electron/shared/errors'
import type { Milestone } from '../../electron/shared/orders'
import { shanghaiToday } from '../../electron/shared/shanghai-time'
import { api } from '../api/api'
import { uiLanguage } from '../api/error-words'
import { EvidenceUpload } from '../forms/EvidenceUpload'
import { FormField } from '../forms/FormField'
import { FormModal } from '../forms/FormModal'
import { DayField, TextField } from '../forms/fields'
import type { RunOrderCall } from './order-dialog'

const doneForm = z.object({ doneOn: z.iso.date({ message: 'done_on_required' }), evidenceSha256: z.array(z.string()), note: z.string().max(1000) })

/** Confirms a milestone done: the day, the evidence (required unless a sample criterion proves it) and a note. */
export function MilestoneDoneDialog({ milestone, onClose, run }: { milestone: Milestone; onClose: () => void; run: RunOrderCall }) {
  const { t } = useTranslation()
  return (
    <FormModal
      title={t('orders.confirmDoneTitle', { title: milestone.title })}
      testId="done-form"
      schema={doneForm}
      initial={{ doneOn: shanghaiToday(), evidenceSha256: [] as string[], note: '' }}
      onClose={onClose}
      onSubmit={(v) => run(api.milestones.setProgress({ id: milestone.id, revision: milestone.revision, progress: 'done', ...v }))}
    >
      {(control, errors) => (
        <>
          <Typography.Paragraph type="secondary">{milestone.criterionText}</Typography.Paragraph>
          {milestone.evaluation && <Alert type={milestone.evaluation.met ? 'success' : 'warning'} message={partText(milestone.evaluation.explanation, uiLanguage())} style={{ marginBottom: 12 }} />}
          <DayField control={control} name="doneOn" id="done-doneOn" label={t('orders.doneOn')} error={errors.doneOn} required />
          <FormField id="done-evidence" label={t('orders.evidence')} error={errors.evidenceSha256 as never} required={!milestone.sampleCriterion}>
            <Controller control={control} name="evidenceSha256" render={({ field }) => <EvidenceUpload id="done-evidence" value={field.value} onChange={field.onChange} />} />
          </FormField>
          <TextField control={control} name="note" id="done-note" label={t('orders.note')} error={errors.note} rows={2} />
        </>
      )}
    </FormModal>
  )
}
