import { Button, Col, Form, Input, Row, Typography } from 'antd'
import { Controller, get, useFieldArray } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { methodDocuments, virtualCostInput, type DamageEstimate, type VirtualCostInput } from '../../electron/shared/opinions'
import { FormField } from '../forms/FormField'
import { RangeFields, emptyRange } from './EstimateFigureFields'
import { EstimateFooter, useEstimateForm } from './EstimatePreview'
import { QuantityUnitField } from './Recommended2014Form'

export const emptyGbt39793: VirtualCostInput = {
  quantity: { ...emptyRange, unit: 'm3' },
  unitCostYuan: emptyRange,
  method: { version: 'gbt-39793.2-2020', gamma: { kind: 'entered', value: emptyRange, composition: '', components: [] } }
}

/**
 * 虚拟治理成本法 by GB/T 39793.2-2020: D = E × C × γ. How γ is made up is
 * not settled in our reference, so γ is entered with its source and a
 * statement of its composition; its coefficients may be listed for the record.
 */
export function Gbt39793Form(props: { caseId: string; onCreated: (estimate: DamageEstimate) => void }) {
  const { t } = useTranslation()
  const { form, preview } = useEstimateForm<VirtualCostInput>({
    caseId: props.caseId,
    schema: virtualCostInput,
    defaultValues: emptyGbt39793,
    request: (input) => ({ kind: 'virtual_cost', input }),
    onCreated: props.onCreated
  })
  const {
    control,
    submit: save,
    formError,
    formState: { errors, isSubmitting }
  } = form
  const components = useFieldArray({ control, name: 'method.gamma.components' })

  return (
    <Form layout="vertical" onSubmitCapture={(e) => e.preventDefault()} data-testid="estimate-form">
      <Typography.Paragraph type="secondary">{t('opinions.estimate.method', { document: methodDocuments['gbt-39793.2-2020'] })}</Typography.Paragraph>
      <RangeFields control={control} errors={errors} path="quantity" label={t('opinions.estimate.gbt.quantity')} extra={<QuantityUnitField control={control} />} />
      <RangeFields control={control} errors={errors} path="unitCostYuan" label={t('opinions.estimate.gbt.unitCost')} />
      <RangeFields control={control} errors={errors} path="method.gamma.value" label={t('opinions.estimate.gbt.gamma')} />
      <FormField id="gamma-composition" label={t('opinions.estimate.gbt.composition')} error={get(errors, 'method.gamma.composition')} required>
        <Controller
          control={control}
          name="method.gamma.composition"
          render={({ field }) => <Input.TextArea id="gamma-composition" autoSize placeholder={t('opinions.estimate.gbt.compositionPlaceholder')} {...field} />}
        />
      </FormField>
      <Typography.Text strong>{t('opinions.estimate.gbt.components')}</Typography.Text>
      {components.fields.map((c, i) => (
        <div key={c.id} data-testid={`gamma-component-${i}`}>
          <Row gutter={12} align="bottom">
            <Col span={6}>
              <FormField id={`gamma-component-${i}-symbol`} label={t('opinions.estimate.gbt.symbol')} error={get(errors, `method.gamma.components.${i}.symbol`)} required>
                <Controller control={control} name={`method.gamma.components.${i}.symbol`} render={({ field }) => <Input id={`gamma-component-${i}-symbol`} {...field} />} />
              </FormField>
            </Col>
            <Col span={14}>
              <FormField id={`gamma-component-${i}-name`} label={t('opinions.estimate.gbt.name')} error={get(errors, `method.gamma.components.${i}.name`)} required>
                <Controller control={control} name={`method.gamma.components.${i}.name`} render={({ field }) => <Input id={`gamma-component-${i}-name`} {...field} />} />
              </FormField>
            </Col>
            <Col span={4}>
              <Button type="link" danger onClick={() => components.remove(i)} style={{ marginBottom: 24 }}>
                {t('opinions.remove')}
              </Button>
            </Col>
          </Row>
          <RangeFields control={control} errors={errors} path={`method.gamma.components.${i}.value`} label={t('opinions.estimate.gbt.componentValue', { n: i + 1 })} />
        </div>
      ))}
      <div style={{ margin: '8px 0 16px' }}>
        <Button onClick={() => components.append({ symbol: '', name: '', value: emptyRange })} data-testid="add-gamma-component">
          {t('opinions.estimate.gbt.addComponent')}
        </Button>
      </div>
      <EstimateFooter preview={preview} formError={formError} saving={isSubmitting} onSave={() => void save()} />
    </Form>
  )
}
