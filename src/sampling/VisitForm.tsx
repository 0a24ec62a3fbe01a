import { Input } from 'antd'
import { Controller } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { siteVisitInput, type SiteVisitInput } from '../../electron/shared/sampling'
import type { AppErrorShape } from '../../electron/shared/errors'
import { FormField } from '../forms/FormField'
import { useContractForm } from '../forms/use-contract-form'
import { PageForm } from '../forms/PageForm'
import { DayField, TextField } from '../forms/fields'

/** A site visit: the day, who was there, the weather. People are typed one per line. */
export function VisitForm(props: { initial: SiteVisitInput; onSubmit: (values: SiteVisitInput) => Promise<AppErrorShape | null>; onCancel: () => void }) {
  const { t } = useTranslation()
  const form = useContractForm({ schema: siteVisitInput, defaultValues: props.initial, serverPrefix: 'visit.', onSubmit: props.onSubmit })
  const { control } = form
  const { errors } = form.formState
  return (
    <PageForm form={form} label={t('sampling.tab.newVisit')} onCancel={props.onCancel}>
      <DayField control={control} name="visitDate" id="visit-date" label={t('sampling.visitForm.visitDate')} error={errors.visitDate} required />
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
      <TextField control={control} name="weather" id="visit-weather" label={t('sampling.visitForm.weather')} error={errors.weather} />
      <TextField control={control} name="notes" id="visit-notes" label={t('sampling.visitForm.notes')} error={errors.notes} rows={3} />
    </PageForm>
  )
}
