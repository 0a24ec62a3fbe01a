import { Button, DatePicker, Form, Input, InputNumber, Select, Space, Typography } from 'antd'
import { Controller, useFieldArray } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import dayjs from 'dayjs'
import { expertInput, nearRelations, type ExpertInput } from '../../electron/shared/experts'
import type { Field } from '../../electron/shared/fields'
import type { AppErrorShape } from '../../electron/shared/errors'
import { FormField } from '../forms/FormField'
import { useContractForm } from '../forms/use-contract-form'
import { FormMessage } from '../forms/FormMessage'
import { fieldLabel } from './field-label'
import { FormActions } from '../forms/FormActions'
import { addYears, shanghaiToday } from '../../electron/shared/shanghai-time'
import { UnsavedChangesGuard } from '../forms/UnsavedChangesGuard'
import { keepEnterInDateFields } from '../forms/date-field-enter'

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
  const {
    control,
    watch,
    submit,
    formError,
    formState: { errors, isSubmitting, isDirty }
  } = useContractForm({ schema: expertInput, defaultValues: props.initial, serverPrefix: props.serverPrefix, onSubmit: props.onSubmit })
  const affiliations = useFieldArray({ control, name: 'affiliations' })
  const relatives = useFieldArray({ control, name: 'relatives' })
  const chosenFieldIds = watch('fieldIds')
  const fieldOptions = props.fields
    .filter((f) => f.active || props.initial.fieldIds.includes(f.id))
    .map((f) => ({ value: f.id, label: fieldLabel(f, i18n.language) }))

  const text = (name: 'name' | 'organisation' | 'title' | 'phone' | 'email', required = false) => (
    <FormField id={`expert-${name}`} label={t(`experts.${name === 'title' ? 'jobTitle' : name}`)} error={errors[name]} required={required}>
      <Controller control={control} name={name} render={({ field }) => <Input id={`expert-${name}`} {...field} />} />
    </FormField>
  )

  return (
    <form onSubmit={(e) => void submit(e)} noValidate onKeyDown={keepEnterInDateFields} aria-label={t('experts.edit')}>
      <UnsavedChangesGuard dirty={isDirty && !isSubmitting} />
      <Form layout="vertical" component={false}>
        <FormMessage error={formError} />
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
            <FormField key={name} id={`expert-${name}`} label={t(`experts.${name}`)} error={errors[name]} required>
              <Controller
                control={control}
                name={name}
                render={({ field }) => (
                  <DatePicker
                    id={`expert-${name}`}
                    value={field.value ? dayjs(field.value) : null}
                    onChange={(d) => field.onChange(d ? d.format('YYYY-MM-DD') : '')}
                  />
                )}
              />
            </FormField>
          ))}
          <FormField id="expert-maxConcurrentCases" label={t('experts.maxConcurrentCases')} error={errors.maxConcurrentCases} required>
            <Controller
              control={control}
              name="maxConcurrentCases"
              render={({ field }) => (
                <InputNumber id="expert-maxConcurrentCases" min={1} max={50} value={field.value} onChange={(v) => field.onChange(v ?? 0)} />
              )}
            />
          </FormField>
        </Space>
        <Typography.Title level={5}>{t('experts.affiliations')}</Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t('experts.affiliationHint')}
        </Typography.Paragraph>
        {affiliations.fields.map((row, index) => (
          <Space key={row.id} align="start">
            <FormField id={`affiliation-${index}-organisation`} label={t('experts.affiliationOrganisation')} error={errors.affiliations?.[index]?.organisation}>
              <Controller
                control={control}
                name={`affiliations.${index}.organisation`}
                render={({ field }) => <Input id={`affiliation-${index}-organisation`} {...field} />}
              />
            </FormField>
            <FormField id={`affiliation-${index}-relation`} label={t('experts.affiliationRelation')} error={errors.affiliations?.[index]?.relation}>
              <Controller
                control={control}
                name={`affiliations.${index}.relation`}
                render={({ field }) => <Input id={`affiliation-${index}-relation`} {...field} />}
              />
            </FormField>
            <Button style={{ marginTop: 30 }} onClick={() => affiliations.remove(index)}>
              {t('experts.remove')}
            </Button>
          </Space>
        ))}
        <div style={{ marginBottom: 16 }}>
          <Button onClick={() => affiliations.append({ organisation: '', relation: '' })}>{t('experts.addAffiliation')}</Button>
        </div>
        <Typography.Title level={5}>{t('experts.relatives')}</Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t('experts.relativeHint')}
        </Typography.Paragraph>
        {relatives.fields.map((row, index) => (
          <Space key={row.id} align="start">
            <FormField id={`relative-${index}-name`} label={t('experts.relativeName')} error={errors.relatives?.[index]?.name}>
              <Controller control={control} name={`relatives.${index}.name`} render={({ field }) => <Input id={`relative-${index}-name`} {...field} />} />
            </FormField>
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
            <Button style={{ marginTop: 30 }} onClick={() => relatives.remove(index)}>
              {t('experts.remove')}
            </Button>
          </Space>
        ))}
        <div style={{ marginBottom: 16 }}>
          <Button onClick={() => relatives.append({ name: '', relation: 'spouse' })} data-testid="add-relative">
            {t('experts.addRelative')}
          </Button>
        </div>
        <FormField id="expert-notes" label={t('experts.notes')} error={errors.notes}>
          <Controller control={control} name="notes" render={({ field }) => <Input.TextArea id="expert-notes" rows={3} {...field} />} />
        </FormField>
        <FormActions submitting={isSubmitting} onCancel={props.onCancel} />
      </Form>
    </form>
  )
}
