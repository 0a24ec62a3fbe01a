import { Button, Checkbox, DatePicker, Divider, Input, InputNumber, Space, Typography } from 'antd'
import dayjs from 'dayjs'
import { Controller, useFieldArray, useWatch, type Control, type FieldErrors } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { OrderInput } from '../../electron/shared/orders'
import { formatYuan } from '../../electron/shared/money'
import { FormField } from '../forms/FormField'
import { YuanInput } from '../forms/YuanInput'

/**
 * The order form's sections that depend on the kind of order: the day
 * samplings start to count, upkeep with its survival threshold, labour in
 * lieu and fish restocking. Each is switched on by a checkbox; the core says
 * which a type of order needs.
 */
export function OrderSections({ control, errors }: { control: Control<OrderInput>; errors: FieldErrors<OrderInput> }) {
  const { t } = useTranslation()
  const [upkeep, labour, restocking] = useWatch({ control, name: ['upkeep', 'labour', 'restocking'] })
  const toggle = (label: string, on: boolean, onChange: (checked: boolean) => void, testId: string) => (
    <Checkbox checked={on} onChange={(e) => onChange(e.target.checked)} data-testid={testId} style={{ marginBottom: 12 }}>
      {label}
    </Checkbox>
  )

  return (
    <>
      <FormField id="order-samplesCountFrom" label={t('orders.rules.samplesCountFrom')} error={errors.samplesCountFrom}>
        <Controller
          control={control}
          name="samplesCountFrom"
          render={({ field }) => (
            <DatePicker id="order-samplesCountFrom" value={field.value ? dayjs(field.value) : null} onChange={(d) => field.onChange(d ? d.format('YYYY-MM-DD') : null)} />
          )}
        />
      </FormField>
      <Typography.Paragraph type="secondary" style={{ marginTop: -16 }}>
        {t('orders.rules.samplesCountFromHint')}
      </Typography.Paragraph>

      <Divider titlePlacement="start">{t('orders.rules.upkeep')}</Divider>
      {errors.upkeep?.message && <Typography.Text type="danger">{errors.upkeep.message}</Typography.Text>}
      <Controller
        control={control}
        name="upkeep"
        render={({ field }) => (
          <div>
            {toggle(t('orders.rules.hasUpkeep'), field.value != null, (on) => field.onChange(on ? { months: 12, survivalThresholdPct: null } : null), 'order-has-upkeep')}
            {upkeep && (
              <Space wrap>
                <FormField id="order-upkeep-months" label={t('orders.rules.upkeepMonths')} error={errors.upkeep?.months} required>
                  <InputNumber id="order-upkeep-months" min={1} max={120} value={upkeep.months} onChange={(v) => field.onChange({ ...upkeep, months: v ?? 0 })} />
                </FormField>
                <FormField id="order-upkeep-threshold" label={t('orders.rules.survivalThreshold')} error={errors.upkeep?.survivalThresholdPct}>
                  <InputNumber
                    id="order-upkeep-threshold"
                    min={0}
                    max={100}
                    value={upkeep.survivalThresholdPct}
                    onChange={(v) => field.onChange({ ...upkeep, survivalThresholdPct: v ?? null })}
                  />
                </FormField>
              </Space>
            )}
          </div>
        )}
      />

      <Divider titlePlacement="start">{t('orders.rules.labour')}</Divider>
      {errors.labour?.message && <Typography.Text type="danger">{errors.labour.message}</Typography.Text>}
      <Controller
        control={control}
        name="labour"
        render={({ field }) => (
          <div>
            {toggle(t('orders.rules.hasLabour'), field.value != null, (on) => field.onChange(on ? { hours: 1, hourlyRateFen: 0 } : null), 'order-has-labour')}
            {labour && (
              <Space wrap align="start">
                <FormField id="order-labour-hours" label={t('orders.rules.labourHours')} error={errors.labour?.hours} required>
                  <InputNumber id="order-labour-hours" min={1} value={labour.hours} onChange={(v) => field.onChange({ ...labour, hours: v ?? 0 })} />
                </FormField>
                <FormField id="order-labour-rate" label={t('orders.rules.hourlyRate')} error={errors.labour?.hourlyRateFen} required>
                  <YuanInput id="order-labour-rate" value={labour.hourlyRateFen} onChange={(hourlyRateFen) => field.onChange({ ...labour, hourlyRateFen })} />
                </FormField>
                {Number.isSafeInteger(labour.hours * labour.hourlyRateFen) && (
                  <Typography.Text style={{ display: 'inline-block', marginTop: 36 }} data-testid="labour-offset">
                    = {t('standards.yuan', { amount: formatYuan(labour.hours * labour.hourlyRateFen) })}
                  </Typography.Text>
                )}
              </Space>
            )}
          </div>
        )}
      />

      <Divider titlePlacement="start">{t('orders.rules.restocking')}</Divider>
      {errors.restocking?.message && <Typography.Text type="danger">{errors.restocking.message}</Typography.Text>}
      <Controller
        control={control}
        name="restocking"
        render={({ field }) =>
          toggle(
            t('orders.rules.hasRestocking'),
            field.value != null,
            (on) => field.onChange(on ? { approvedBy: '', approvalReference: '', items: [{ species: '', quantity: 0, unit: '尾' }] } : null),
            'order-has-restocking'
          )
        }
      />
      {restocking && (
        <>
          <Space wrap>
            <FormField id="order-restocking-approvedBy" label={t('orders.rules.approvedBy')} error={errors.restocking?.approvedBy} required>
              <Controller control={control} name="restocking.approvedBy" render={({ field }) => <Input id="order-restocking-approvedBy" {...field} />} />
            </FormField>
            <FormField id="order-restocking-ref" label={t('orders.rules.approvalReference')} error={errors.restocking?.approvalReference}>
              <Controller control={control} name="restocking.approvalReference" render={({ field }) => <Input id="order-restocking-ref" {...field} />} />
            </FormField>
          </Space>
          <RestockingItems control={control} errors={errors} />
        </>
      )}
    </>
  )
}

/** The approved species and quantities; mounted once restocking is switched on, so the list starts from the order's items. */
function RestockingItems({ control, errors }: { control: Control<OrderInput>; errors: FieldErrors<OrderInput> }) {
  const { t } = useTranslation()
  const species = useFieldArray({ control, name: 'restocking.items' })
  return (
    <>
      {errors.restocking?.items?.message && <Typography.Text type="danger">{errors.restocking.items.message}</Typography.Text>}
      {species.fields.map((row, index) => (
        <Space key={row.id} align="start" wrap>
          <FormField id={`restocking-${index}-species`} label={t('orders.species')} error={errors.restocking?.items?.[index]?.species}>
            <Controller control={control} name={`restocking.items.${index}.species`} render={({ field }) => <Input id={`restocking-${index}-species`} {...field} />} />
          </FormField>
          <FormField id={`restocking-${index}-quantity`} label={t('orders.quantity')} error={errors.restocking?.items?.[index]?.quantity}>
            <Controller
              control={control}
              name={`restocking.items.${index}.quantity`}
              render={({ field }) => <InputNumber id={`restocking-${index}-quantity`} min={0} value={field.value} onChange={(v) => field.onChange(v ?? 0)} />}
            />
          </FormField>
          <FormField id={`restocking-${index}-unit`} label={t('orders.unit')} error={errors.restocking?.items?.[index]?.unit}>
            <Controller control={control} name={`restocking.items.${index}.unit`} render={({ field }) => <Input id={`restocking-${index}-unit`} style={{ width: 80 }} {...field} />} />
          </FormField>
          <Button style={{ marginTop: 30 }} onClick={() => species.remove(index)}>
            {t('orders.remove')}
          </Button>
        </Space>
      ))}
      <div style={{ marginBottom: 16 }}>
        <Button onClick={() => species.append({ species: '', quantity: 0, unit: '尾' })}>{t('orders.rules.addSpecies')}</Button>
      </div>
    </>
  )
}
