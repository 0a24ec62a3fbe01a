import { Form, Input } from 'antd'
import { Controller } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { siteVisitInput, type SiteVisitInput } from '../../electron/shared/sampling'
import type { AppErrorShape } from '../../electron/shared/errors'
import { FormField } from '../forms/FormField'
import { useContractForm } from '../forms/use-contract-form'
import { FormMessage } from '../forms/FormMessage'
import { FormActions } from '../forms/FormActions'
import { UnsavedChangesGuard } from '../forms/UnsavedChangesGuard'
import { keepEnterInDateFields } from '../forms/date-field-enter'
import { DayPicker } from '../forms/ShanghaiPickers'

/** A site visit: the day, who was there, the weather. People are typed one per line. */
export function VisitForm(props: { initial: SiteVisitInput; onSubmit: (values: SiteVisitInput) => Promise<AppErrorShape | null>; onCancel: () => void }) {
  const { t } = useTranslation()
  const { control, formState, submit, formError } = useContractForm({ schema: siteVisitInput, defaultValues: props.initial, serverPrefix: 'visit.', onSubmit: props.onSubmit })
  const { errors, isSubmitting, isDirty } = formState
  return (
    <form onSubmit={(e) => void submit(e)} noValidate onKeyDown={keepEnterInDateFields} aria-label={t('sampling.tab.newVisit')}>
      <UnsavedChangesGuard dirty={isDirty && !isSubmitting} />
      <Form layout="vertical" component={false}>
        <FormMessage error={formError} />
        <FormField id="visit-date" label={t('sampling.visitForm.visitDate')} error={errors.visitDate} required>
          <Controller control={control} name="visitDate" render={({ field }) => <DayPicker id="visit-date" value={field.value} onChange={field.onChange} />} />
        </FormField>
        <FormField id="visit-people" label={t('sampling.visitForm.peoplePresent')} error={errors.peoplePresent as never} required>
          <Controller
            control={control}
            name="peoplePresent"
            render={({ field }) => (
              <Input.TextArea
                id="visit-people"
                rows={4}
                defaultValue={field.value.join('\n')}
                onChange={(e) => field.onChange(e.target.value.split('\n').map((n) => n.trim()).filter((n) => n !== ''))}
              />
            )}
          />
        </FormField>
        <FormField id="visit-weather" label={t('sampling.visitForm.weather')} error={errors.weather}>
          <Controller control={control} name="weather" render={({ field }) => <Input id="visit-weather" {...field} />} />
        </FormField>
        <FormField id="visit-notes" label={t('sampling.visitForm.notes')} error={errors.notes}>
          <Controller control={control} name="notes" render={({ field }) => <Input.TextArea id="visit-notes" rows={3} {...field} />} />
        </FormField>
        <FormActions submitting={isSubmitting} onCancel={props.onCancel} />
      </Form>
    </form>
  )
}
