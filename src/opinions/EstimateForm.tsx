import { Alert, Button, Col, Form, Input, Row, Select, Space, Typography } from 'antd'
import { Controller, useForm, useWatch, type Control, type FieldErrors } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  functionClasses,
  methodDocuments,
  quantityUnits,
  sourceKinds,
  virtualCostInput,
  type DamageEstimate,
  type EstimateResult,
  type VirtualCostInput
} from '../../electron/shared/opinions'
import { FormField } from '../forms/FormField'
import { applyServerErrors } from '../forms/server-errors'
import { api } from '../api/api'
import { estimateAmount } from './opinion-text'

const emptySource = { kind: 'judgement' as const, reference: '', note: '' }
const emptyRange = { low: '', high: '', source: emptySource }

export const emptyVirtualCost: VirtualCostInput = {
  quantity: { ...emptyRange, unit: 'm3' },
  unitCostYuan: emptyRange,
  method: { version: 'recommended-2014', functionClass: 'III', multiplier: emptyRange }
}

type RangePath = 'quantity' | 'unitCostYuan' | 'method.multiplier'

/** Low, high and the source of one figure; a point value has low = high. */
function RangeFields(props: { control: Control<VirtualCostInput>; errors: FieldErrors<VirtualCostInput>; path: RangePath; label: string; extra?: React.ReactNode }) {
  const { t } = useTranslation()
  const { control, path } = props
  const errorsAt = path.split('.').reduce<Record<string, unknown> | undefined>((e, key) => e?.[key] as Record<string, unknown> | undefined, props.errors as Record<string, unknown>) as
    | { low?: { message?: string }; high?: { message?: string }; source?: { kind?: { message?: string }; reference?: { message?: string }; note?: { message?: string } } }
    | undefined
  const id = path.replace('.', '-')
  return (
    <fieldset style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: '8px 12px', marginBottom: 12 }}>
      <legend style={{ width: 'auto', fontSize: 14, padding: '0 6px', margin: 0, border: 0 }}>{props.label}</legend>
      <Row gutter={12}>
        <Col span={props.extra ? 8 : 12}>
          <FormField id={`${id}-low`} label={t('opinions.estimate.low')} error={errorsAt?.low as never} required>
            <Controller control={control} name={`${path}.low`} render={({ field }) => <Input id={`${id}-low`} {...field} inputMode="decimal" />} />
          </FormField>
        </Col>
        <Col span={props.extra ? 8 : 12}>
          <FormField id={`${id}-high`} label={t('opinions.estimate.high')} error={errorsAt?.high as never} required>
            <Controller control={control} name={`${path}.high`} render={({ field }) => <Input id={`${id}-high`} {...field} inputMode="decimal" />} />
          </FormField>
        </Col>
        {props.extra && <Col span={8}>{props.extra}</Col>}
      </Row>
      <Row gutter={12}>
        <Col span={8}>
          <FormField id={`${id}-kind`} label={t('opinions.estimate.source')} error={errorsAt?.source?.kind as never} required>
            <Controller
              control={control}
              name={`${path}.source.kind`}
              render={({ field }) => (
                <Select
                  id={`${id}-kind`}
                  {...field}
                  showSearch={{ optionFilterProp: 'label' }}
                  options={sourceKinds.map((k) => ({ value: k, label: t(`opinions.estimate.sourceKinds.${k}`) }))}
                />
              )}
            />
          </FormField>
        </Col>
        <Col span={16}>
          <FormField id={`${id}-reference`} label={t('opinions.estimate.reference')} error={errorsAt?.source?.reference as never} required>
            <Controller control={control} name={`${path}.source.reference`} render={({ field }) => <Input id={`${id}-reference`} {...field} />} />
          </FormField>
        </Col>
      </Row>
      <FormField id={`${id}-note`} label={t('opinions.estimate.note')} error={errorsAt?.source?.note as never}>
        <Controller control={control} name={`${path}.source.note`} render={({ field }) => <Input id={`${id}-note`} {...field} />} />
      </FormField>
    </fieldset>
  )
}

/**
 * 虚拟治理成本法 (2014 recommended method): every figure as a range with its
 * source. The steps are previewed through `estimates.calculate` as the form is
 * filled in; saving stores the estimate with its result and steps.
 */
export function EstimateForm(props: { caseId: string; onCreated: (estimate: DamageEstimate) => void }) {
  const { t } = useTranslation()
  const [formError, setFormError] = useState<string | null>(null)
  const [preview, setPreview] = useState<EstimateResult | null>(null)
  const {
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting }
  } = useForm<VirtualCostInput>({ resolver: zodResolver(virtualCostInput), defaultValues: emptyVirtualCost })
  const values = useWatch({ control })

  useEffect(() => {
    const parsed = virtualCostInput.safeParse(values)
    if (!parsed.success) {
      setPreview(null)
      return
    }
    let current = true
    const timer = setTimeout(async () => {
      const reply = await api.estimates.calculate({ kind: 'virtual_cost', input: parsed.data })
      if (current) setPreview(reply.ok ? reply.value : null)
    }, 300)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [values])

  const submit = handleSubmit(async (input) => {
    setFormError(null)
    const reply = await api.estimates.create({ caseId: props.caseId, estimate: { kind: 'virtual_cost', input } })
    if (!reply.ok) return setFormError(applyServerErrors(reply.error, setError, 'estimate.input.'))
    props.onCreated(reply.value)
  })

  return (
    <Form layout="vertical" onSubmitCapture={(e) => e.preventDefault()} data-testid="estimate-form">
      <Typography.Paragraph type="secondary">{t('opinions.estimate.method', { document: methodDocuments['recommended-2014'] })}</Typography.Paragraph>
      {formError && <Alert type="error" showIcon message={formError} style={{ marginBottom: 12 }} />}
      <RangeFields
        control={control}
        errors={errors}
        path="quantity"
        label={t('opinions.estimate.quantity')}
        extra={
          <FormField id="quantity-unit" label={t('opinions.estimate.unit')} required>
            <Controller
              control={control}
              name="quantity.unit"
              render={({ field }) => <Select id="quantity-unit" {...field} options={quantityUnits.map((u) => ({ value: u, label: t(`opinions.estimate.units.${u}`) }))} />}
            />
          </FormField>
        }
      />
      <RangeFields control={control} errors={errors} path="unitCostYuan" label={t('opinions.estimate.unitCost')} />
      <RangeFields
        control={control}
        errors={errors}
        path="method.multiplier"
        label={t('opinions.estimate.multiplier')}
        extra={
          <FormField id="function-class" label={t('opinions.estimate.functionClass')} required>
            <Controller
              control={control}
              name="method.functionClass"
              render={({ field }) => <Select id="function-class" {...field} options={functionClasses.map((c) => ({ value: c, label: `${c} 类` }))} />}
            />
          </FormField>
        }
      />
      <Typography.Title level={5}>{t('opinions.estimate.preview')}</Typography.Title>
      <div data-testid="estimate-preview" style={{ background: '#fafafa', padding: 12, borderRadius: 6, marginBottom: 12 }}>
        {preview ? (
          <>
            {preview.steps.flatMap((s) => s.lines).map((line) => (
              <div key={line}>{line}</div>
            ))}
            <Typography.Text strong>
              {t('opinions.estimate.result')}：{estimateAmount(preview)}
            </Typography.Text>
          </>
        ) : (
          <Typography.Text type="secondary">{t('opinions.estimate.previewEmpty')}</Typography.Text>
        )}
      </div>
      <Space>
        <Button type="primary" loading={isSubmitting} onClick={() => void submit()} data-testid="estimate-save">
          {t('opinions.estimate.calculate')}
        </Button>
      </Space>
    </Form>
  )
}
