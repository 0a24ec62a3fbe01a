import { Form, Select, Typography } from 'antd'
import { Controller, type Control } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { functionClasses, methodDocuments, quantityUnits, virtualCostInput, type DamageEstimate, type VirtualCostInput } from '../../electron/shared/opinions'
import { FormField } from '../forms/FormField'
import { RangeFields, emptyRange } from './EstimateFigureFields'
import { EstimateFooter, useEstimateForm } from './EstimatePreview'

export const emptyRecommended2014: VirtualCostInput = {
  quantity: { ...emptyRange, unit: 'm3' },
  unitCostYuan: emptyRange,
  method: { version: 'recommended-2014', functionClass: 'III', multiplier: emptyRange }
}

/** The unit a quantity is counted in, shared by both virtual-cost methods. */
export function QuantityUnitField(props: { control: Control<VirtualCostInput> }) {
  const { t } = useTranslation()
  return (
    <FormField id="quantity-unit" label={t('opinions.estimate.unit')} required>
      <Controller
        control={props.control}
        name="quantity.unit"
        render={({ field }) => <Select id="quantity-unit" {...field} options={quantityUnits.map((u) => ({ value: u, label: t(`opinions.estimate.units.${u}`) }))} />}
      />
    </FormField>
  )
}

/**
 * 虚拟治理成本法 by the 2014 recommended method: quantity × unit cost × the
 * multiplier for the receiving water's function class, every figure a range
 * with its source.
 */
export function Recommended2014Form(props: { caseId: string; onCreated: (estimate: DamageEstimate) => void }) {
  const { t } = useTranslation()
  const { form, preview } = useEstimateForm<VirtualCostInput>({
    caseId: props.caseId,
    schema: virtualCostInput,
    defaultValues: emptyRecommended2014,
    request: (input) => ({ kind: 'virtual_cost', input }),
    onCreated: props.onCreated
  })
  const {
    control,
    submit: save,
    formError,
    formState: { errors, isSubmitting }
  } = form

  return (
    <Form layout="vertical" onSubmitCapture={(e) => e.preventDefault()} data-testid="estimate-form">
      <Typography.Paragraph type="secondary">{t('opinions.estimate.method', { document: methodDocuments['recommended-2014'] })}</Typography.Paragraph>
      <RangeFields control={control} errors={errors} path="quantity" label={t('opinions.estimate.quantity')} extra={<QuantityUnitField control={control} />} />
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
              render={({ field }) => <Select id="function-class" {...field} options={functionClasses.map((c) => ({ value: c, label: t('opinions.estimate.classOption', { class: c }) }))} />}
            />
          </FormField>
        }
      />
      <EstimateFooter preview={preview} formError={formError} saving={isSubmitting} onSave={() => void save()} />
    </Form>
  )
}
