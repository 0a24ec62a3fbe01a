import { Select, Space, Typography } from 'antd'
import { Controller, useFieldArray } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { expertInput, nearRelations, type ExpertInput } from '../../electron/shared/experts'
import type { Field } from '../../electron/shared/fields'
import type { AppErrorShape } from '../../electron/shared/errors'
import { FormField } from '../forms/FormField'
import { useContractForm } from '../forms/use-contract-form'
import { fieldLabel } from './field-label'
import { addYears, shanghaiToday } from '../../electron/shared/shanghai-time'
import { PageForm } from '../forms/PageForm'
import { FieldRows } from '../forms/FieldRows'
import { DayField, NumberField, TextField } from '../forms/fields'

export const emptyExpert: ExpertInput = {
  name: '',
  organisation: '',
  title: '',
  fieldIds: [],
  primaryFieldId: '',
  phone: '',
  email: '',
  termStart: shanghaiToday(),
  termEnd: addYears(shanghaiToday(), 3),
  maxConcurrentCases: 3,
  affiliations: [],
  relatives: [],
  notes: ''
}

/**
 * The expert's create/edit form: the shared zod schema checks it here and
 * again in core; errors from either land on their fields. `onSubmit` returns
 * the core's error, or null when saved.
 */
export function ExpertForm(props: {
  fields: Field[]
  initial: ExpertInput
  serverPrefix?: string
  onSubmit: (values: ExpertInput) => Promise<AppErrorShape | null>
  onCancel: () => void
}) {
  const { t, i18n } = useTranslation()
  const form = useContractForm({ schema: expertInput, defaultValues: props.initial, serverPrefix: props.serverPrefix, onSubmit: props.onSubmit })
  const {
    control,
    watch,
    formState: { errors }
  } = form
  const affiliations = useFieldArray({ control, name: 'affiliations' })
  const relatives = useFieldArray({ control, name: 'relatives' })
  const chosenFieldIds = watch('fieldIds')
  const fieldOptions = props.fields
    .filter((f) => f.active || props.initial.fieldIds.includes(f.id))
    .map((f) => ({ value: f.id, label: fieldLabel(f, i18n.language) }))

  const text = (name: 'name' | 'organisation' | 'title' | 'phone' | 'email', required = false) => (
    <TextField control={control} name={name} id={`expert-${name}`} label={t(`experts.${name === 'title' ? 'jobTitle' : name}`)} error={errors[name]} required={required} />
  )

  return (
    <PageForm form={form} label={t('experts.edit')} onCancel={props.onCancel}>
      {text('name', true)}
      {text('organisation', true)}
      {text('title')}
      <FormField id="expert-fieldIds" label={t('experts.fields')} error={errors.fieldIds as never} required>
        <Controller
          control={control}
          name="fieldIds"
          render={({ field }) => <Select id="expert-fieldIds" mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={fieldOptions} {...field} />}
        />
      </FormField>
      <FormField id="expert-primaryFieldId" label={t('experts.primaryField')} error={errors.primaryFieldId} required>
        <Controller
          control={control}
          name="primaryFieldId"
          render={({ field }) => (
            <Select
              id="expert-primaryFieldId"
              showSearch={{ optionFilterProp: 'label' }}
              options={fieldOptions.filter((o) => chosenFieldIds.includes(o.value))}
              {...field}
            />
          )}
        />
      </FormField>
      <Space size="large" wrap>
        {text('phone')}
        {text('email')}
      </Space>
      <Space size="large" wrap>
        {(['termStart', 'termEnd'] as const).map((name) => (
          <DayField key={name} control={control} name={name} id={`expert-${name}`} label={t(`experts.${name}`)} error={errors[name]} required />
        ))}
        <NumberField
          control={control}
          name="maxConcurrentCases"
          id="expert-maxConcurrentCases"
          label={t('experts.maxConcurrentCases')}
          error={errors.maxConcurrentCases}
          required
          min={1}
          max={50}
        />
      </Space>
      <Typography.Title level={5}>{t('experts.affiliations')}</Typography.Title>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('experts.affiliationHint')}
      </Typography.Paragraph>
      <FieldRows
        rows={affiliations.fields}
        removeLabel={t('experts.remove')}
        addLabel={t('experts.addAffiliation')}
        onRemove={affiliations.remove}
        onAdd={() => affiliations.append({ organisation: '', relation: '' })}
      >
        {(index) => (
          <>
            <TextField
              control={control}
              name={`affiliations.${index}.organisation`}
              id={`affiliation-${index}-organisation`}
              label={t('experts.affiliationOrganisation')}
              error={errors.affiliations?.[index]?.organisation}
            />
            <TextField
              control={control}
              name={`affiliations.${index}.relation`}
              id={`affiliation-${index}-relation`}
              label={t('experts.affiliationRelation')}
              error={errors.affiliations?.[index]?.relation}
            />
          </>
        )}
      </FieldRows>
      <Typography.Title level={5}>{t('experts.relatives')}</Typography.Title>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('experts.relativeHint')}
      </Typography.Paragraph>
      <FieldRows
        rows={relatives.fields}
        removeLabel={t('experts.remove')}
        addLabel={t('experts.addRelative')}
        addTestId="add-relative"
        onRemove={relatives.remove}
        onAdd={() => relatives.append({ name: '', relation: 'spouse' })}
      >
        {(index) => (
          <>
            <TextField control={control} name={`relatives.${index}.name`} id={`relative-${index}-name`} label={t('experts.relativeName')} error={errors.relatives?.[index]?.name} />
            <FormField id={`relative-${index}-relation`} label={t('experts.relativeRelation')} error={errors.relatives?.[index]?.relation}>
              <Controller
                control={control}
                name={`relatives.${index}.relation`}
                render={({ field }) => (
                  <Select
                    id={`relative-${index}-relation`}
                    style={{ width: 160 }}
                    value={field.value}
                    onChange={field.onChange}
                    options={nearRelations.map((r) => ({ value: r, label: t(`assignments.relations.${r}`) }))}
                  />
                )}
              />
            </FormField>
          </>
        )}
      </FieldRows>
      <TextField control={control} name="notes" id="expert-notes" label={t('experts.notes')} error={errors.notes} rows={3} />
    </PageForm>
  )
}
