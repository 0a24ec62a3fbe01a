import { Button, Col, Form, Input, InputNumber, Row, Typography } from 'antd'
import { Controller, get, useFieldArray } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { actualCostInput, type ActualCostInput, type DamageEstimate } from '../../electron/shared/opinions'
import { FormField } from '../forms/FormField'
import { SourceFields, emptySource } from './EstimateFigureFields'
import { EstimateFooter, useEstimateForm } from './EstimatePreview'

const emptyItem = { description: '', amountFen: 0, source: emptySource }
export const emptyActualCost: ActualCostInput = { items: [emptyItem] }

/**
 * 实际治理费用: the treatment costs actually paid (emergency pumping, a
 * contractor's invoice), each with its amount in yuan and its source; the
 * estimate is their sum.
 */
export function ActualCostForm(props: { caseId: string; onCreated: (estimate: DamageEstimate) => void }) {
  const { t } = useTranslation()
  const { form, preview } = useEstimateForm<ActualCostInput>({
    caseId: props.caseId,
    schema: actualCostInput,
    defaultValues: emptyActualCost,
    request: (input) => ({ kind: 'actual_cost', input }),
    onCreated: props.onCreated
  })
  const {
    control,
    submit: save,
    formError,
    formState: { errors, isSubmitting }
  } = form
  const items = useFieldArray({ control, name: 'items' })

  return (
    <Form layout="vertical" onSubmitCapture={(e) => e.preventDefault()} data-testid="estimate-form">
      {errors.items?.message && <Typography.Text type="danger">{errors.items.message}</Typography.Text>}
      {items.fields.map((item, i) => (
        <fieldset key={item.id} style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: '8px 12px', marginBottom: 12 }}>
          <legend style={{ width: 'auto', fontSize: 14, padding: '0 6px', margin: 0, border: 0 }}>{t('opinions.estimate.item', { n: i + 1 })}</legend>
          <Row gutter={12} align="bottom">
            <Col span={12}>
              <FormField id={`items-${i}-description`} label={t('opinions.estimate.itemDescription')} error={get(errors, `items.${i}.description`)} required>
                <Controller control={control} name={`items.${i}.description`} render={({ field }) => <Input id={`items-${i}-description`} {...field} />} />
              </FormField>
            </Col>
            <Col span={8}>
              <FormField id={`items-${i}-amount`} label={t('opinions.estimate.itemAmount')} error={get(errors, `items.${i}.amountFen`)} required>
                <Controller
                  control={control}
                  name={`items.${i}.amountFen`}
                  render={({ field }) => (
                    <InputNumber
                      id={`items-${i}-amount`}
                      min={0}
                      precision={2}
                      style={{ width: '100%' }}
                      value={field.value / 100}
                      onChange={(v) => field.onChange(Math.round((v ?? 0) * 100))}
                    />
                  )}
                />
              </FormField>
            </Col>
            <Col span={4}>
              {items.fields.length > 1 && (
                <Button type="link" danger onClick={() => items.remove(i)} style={{ marginBottom: 24 }}>
                  {t('opinions.remove')}
                </Button>
              )}
            </Col>
          </Row>
          <SourceFields control={control} errors={errors} path={`items.${i}.source`} idPrefix={`items-${i}`} />
        </fieldset>
      ))}
      <div style={{ marginBottom: 16 }}>
        <Button onClick={() => items.append(emptyItem)} data-testid="add-cost-item">
          {t('opinions.estimate.addItem')}
        </Button>
      </div>
      <EstimateFooter preview={preview} formError={formError} saving={isSubmitting} onSave={() => void save()} />
    </Form>
  )
}
