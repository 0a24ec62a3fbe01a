import { Checkbox, Form, Input, InputNumber, Select, Space } from 'antd'
import { Controller, type FieldValues, type Path } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { custodianKinds, custodyEventInput, labResultInput, type CustodyEventInput, type LabResultInput } from '../../electron/shared/sampling'
import type { AppErrorShape } from '../../electron/shared/errors'
import { FormField } from '../forms/FormField'
import { useContractForm, type ContractForm } from '../forms/use-contract-form'
import { FormMessage } from '../forms/FormMessage'
import { FormActions } from '../forms/FormActions'
import { ShanghaiDateTimePicker } from '../forms/ShanghaiPickers'
import { keepEnterInDateFields } from '../forms/date-field-enter'

interface EntryProps<T> {
  initial: T
  onSubmit: (values: T) => Promise<AppErrorShape | null>
  onCancel: () => void
}

function fields<T extends FieldValues>(form: ContractForm<T>, prefix: string) {
  const errorOf = (name: Path<T>) => (form.formState.errors as Record<string, never>)[name]
  const text = (name: Path<T>, label: string, required = false) => (
    <FormField id={`${prefix}-${name}`} label={label} error={errorOf(name)} required={required}>
      <Controller control={form.control} name={name} render={({ field }) => <Input id={`${prefix}-${name}`} value={field.value} onChange={field.onChange} />} />
    </FormField>
  )
  const number = (name: Path<T>, label: string, required = false) => (
    <FormField id={`${prefix}-${name}`} label={label} error={errorOf(name)} required={required}>
      <Controller
        control={form.control}
        name={name}
        render={({ field }) => (
          <InputNumber id={`${prefix}-${name}`} style={{ width: '100%' }} value={field.value} onChange={(v) => field.onChange(typeof v === 'number' ? v : null)} />
        )}
      />
    </FormField>
  )
  const instant = (name: Path<T>, label: string) => (
    <FormField id={`${prefix}-${name}`} label={label} error={errorOf(name)} required>
      <Controller
        control={form.control}
        name={name}
        render={({ field }) => (
          <ShanghaiDateTimePicker id={`${prefix}-${name}`} value={(field.value as string | undefined) ?? ''} onChange={field.onChange} />
        )}
      />
    </FormField>
  )
  return { text, number, instant, errorOf }
}

/** One lab result as the report prints it; the core converts it to the parameter's unit. */
export function ResultForm(props: EntryProps<LabResultInput> & { parameters: { key: string; name: string }[] }) {
  const { t } = useTranslation()
  const form = useContractForm({ schema: labResultInput, defaultValues: props.initial, onSubmit: props.onSubmit })
  const f = fields(form, 'result')
  return (
    <form onSubmit={(e) => void form.submit(e)} noValidate onKeyDown={keepEnterInDateFields} aria-label={t('sampling.samplePage.addResult')}>
      <Form layout="vertical" component={false}>
        <FormMessage error={form.formError} />
        <FormField id="result-parameterKey" label={t('sampling.result.parameter')} error={f.errorOf('parameterKey')} required>
          <Controller
            control={form.control}
            name="parameterKey"
            render={({ field }) => (
              <Select
                id="result-parameterKey"
                showSearch={{ optionFilterProp: 'label' }}
                value={field.value || undefined}
                onChange={field.onChange}
                options={props.parameters.map((p) => ({ value: p.key, label: `${p.name}（${p.key}）` }))}
              />
            )}
          />
        </FormField>
        <Space align="start">
          <FormField id="result-qualifier" label={t('sampling.result.qualifier')} error={f.errorOf('qualifier')}>
            <Controller
              control={form.control}
              name="qualifier"
              render={({ field }) => (
                <Select id="result-qualifier" style={{ width: 80 }} allowClear value={field.value ?? undefined} onChange={(v) => field.onChange(v ?? null)} options={[{ value: '<', label: '<' }]} />
              )}
            />
          </FormField>
          {f.number('value', t('sampling.result.value'), true)}
          {f.text('unit', t('sampling.result.unit'), true)}
          {f.number('detectionLimit', t('sampling.result.detectionLimit'))}
        </Space>
        {f.text('method', t('sampling.result.method'))}
        {f.text('lab', t('sampling.result.lab'), true)}
        {f.text('reportNumber', t('sampling.result.reportNumber'), true)}
        {f.instant('analysedAt', t('sampling.result.analysedAt'))}
        <FormActions submitting={form.formState.isSubmitting} onCancel={props.onCancel} />
      </Form>
    </form>
  )
}

/** One handover of the sample, appended to its chain of custody. */
export function CustodyForm(props: EntryProps<CustodyEventInput>) {
  const { t } = useTranslation()
  const form = useContractForm({ schema: custodyEventInput, defaultValues: props.initial, onSubmit: props.onSubmit })
  const f = fields(form, 'custody')
  return (
    <form onSubmit={(e) => void form.submit(e)} noValidate onKeyDown={keepEnterInDateFields} aria-label={t('sampling.samplePage.addCustody')}>
      <Form layout="vertical" component={false}>
        <FormMessage error={form.formError} />
        {f.text('relinquishedBy', t('sampling.custody.relinquishedBy'), true)}
        {f.text('receivedBy', t('sampling.custody.receivedBy'), true)}
        <FormField id="custody-receiverKind" label={t('sampling.custody.receiverKind')} error={f.errorOf('receiverKind')} required>
          <Controller
            control={form.control}
            name="receiverKind"
            render={({ field }) => (
              <Select
                id="custody-receiverKind"
                showSearch={{ optionFilterProp: 'label' }}
                value={field.value}
                onChange={field.onChange}
                options={custodianKinds.map((k) => ({ value: k, label: t(`sampling.custody.kinds.${k}`) }))}
              />
            )}
          />
        </FormField>
        {f.instant('at', t('sampling.custody.at'))}
        {f.text('place', t('sampling.custody.place'))}
        {f.text('condition', t('sampling.custody.condition'))}
        {f.number('temperatureC', t('sampling.custody.temperatureC'))}
        <Controller
          control={form.control}
          name="sealIntact"
          render={({ field }) => (
            <Checkbox id="custody-sealIntact" checked={field.value} onChange={(e) => field.onChange(e.target.checked)} style={{ marginBottom: 16 }}>
              {t('sampling.custody.sealIntact')}
            </Checkbox>
          )}
        />
        <div>
          <FormActions submitting={form.formState.isSubmitting} onCancel={props.onCancel} />
        </div>
      </Form>
    </form>
  )
}
