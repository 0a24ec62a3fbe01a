import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { optionalText, requiredText } from '../../electron/shared/common'
import type { AppErrorShape } from '../../electron/shared/errors'
import { FormModal } from './FormModal'
import { TextField } from './fields'

/**
 * A change stated with its reason (discarding a draft, removing a milestone):
 * `required` mirrors the core's rule for the case, which checks it again.
 */
export function ReasonDialog(props: { title: string; testId: string; required: boolean; hint?: string; onSubmit: (reason: string) => Promise<AppErrorShape | null>; onClose: () => void }) {
  const { t } = useTranslation()
  const schema = z.object({ reason: props.required ? requiredText(500, 'reason_required') : optionalText(500) })
  return (
    <FormModal title={props.title} testId={props.testId} schema={schema} initial={{ reason: '' }} onClose={props.onClose} onSubmit={(v) => props.onSubmit(v.reason)}>
      {(control, errors) => (
        <TextField control={control} name="reason" id={`${props.testId}-reason`} label={props.hint ? `${t('common.reason')}（${props.hint}）` : t('common.reason')} error={errors.reason} required={props.required} rows={2} />
      )}
    </FormModal>
  )
}
