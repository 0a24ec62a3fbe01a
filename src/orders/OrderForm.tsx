import { Alert, Checkbox, Divider, Select, Space, Typography } from 'antd'
import { Controller, useFieldArray } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { comparators, orderInput, type OrderInput, type RestorationOrder } from '../../electron/shared/orders'
import type { AppErrorShape } from '../../electron/shared/errors'
import { FormField } from '../forms/FormField'
import { useContractForm } from '../forms/use-contract-form'
import { YuanInput } from '../forms/YuanInput'
import { OrderSections } from './OrderSections'
import { OrderTypeBasis } from './OrderTypeBasis'
import { targetParameterOptions } from './target-parameters'
import { orderTypeName } from './order-type-name'
import { addYears, shanghaiToday } from '../../electron/shared/shanghai-time'
import { useChannel } from '../api/use-channel'
import { CasePicker } from '../cases/CasePicker'
import { PageForm } from '../forms/PageForm'
import { FieldRows } from '../forms/FieldRows'
import { DayField, NumberField, TextField } from '../forms/fields'

/** A new order's starting values, for the case it is opened from (if any). */
export function emptyOrder(caseId = ''): OrderInput {
  return {
    orderNumber: '',
    orderTypeId: '',
    caseId,
    judgmentReference: '',
    obligor: '',
    executor: '',
    siteIds: [],
    method: '',
    methodItems: [],
    standardTargets: [],
    measurableTargets: [],
    restorationFeeFen: 0,
    restorationFeePaid: false,
    bondFen: 0,
    bondPaid: false,
    fallbackCostFen: 0,
    deadline: addYears(shanghaiToday(), 1),
    samplesCountFrom: null,
    upkeep: null,
    labour: null,
    restocking: null,
    supervisorIds: [],
    supervisingAgencies: [],
    notes: ''
  }
}

/** The form values of a stored order. */
export function orderToInput(o: RestorationOrder): OrderInput {
  return {
    orderNumber: o.orderNumber,
    orderTypeId: o.orderTypeId,
    caseId: o.caseId,
    judgmentReference: o.judgmentReference,
    obligor: o.obligor,
    executor: o.executor,
    siteIds: o.siteIds,
    method: o.method,
    methodItems: o.methodItems,
    standardTargets: o.standardTargets,
    measurableTargets: o.measurableTargets,
    restorationFeeFen: o.restorationFeeFen,
    restorationFeePaid: o.restorationFeePaid,
    bondFen: o.bondFen,
    bondPaid: o.bondPaid,
    fallbackCostFen: o.fallbackCostFen,
    deadline: o.deadline,
    samplesCountFrom: o.samplesCountFrom,
    upkeep: o.upkeep,
    labour: o.labour && { hours: o.labour.hours, hourlyRateFen: o.labour.hourlyRateFen },
    restocking: o.restocking,
    supervisorIds: o.supervisorIds,
    supervisingAgencies: o.supervisingAgencies,
    notes: o.notes
  }
}

const classes = ['I', 'II', 'III', 'IV', 'V'] as const

/**
 * The judge's restoration-order form. The shared zod schema checks it here
 * and again in core; money is typed in yuan and held in fen.
 */
export function OrderForm(props: {
  initial: OrderInput
  serverPrefix?: string
  onSubmit: (values: OrderInput) => Promise<AppErrorShape | null>
  onCancel: () => void
}) {
  const { t, i18n } = useTranslation()
  const form = useContractForm({ schema: orderInput, defaultValues: props.initial, serverPrefix: props.serverPrefix, onSubmit: props.onSubmit })
  const {
    control,
    watch,
    formState: { errors }
  } = form
  const methodItems = useFieldArray({ control, name: 'methodItems' })
  const standardTargets = useFieldArray({ control, name: 'standardTargets' })
  const measurableTargets = useFieldArray({ control, name: 'measurableTargets' })
  const caseId = watch('caseId')
  const orderTypeId = watch('orderTypeId')
  const siteIds = watch('siteIds')

  const types = useChannel('orderTypes.list', {})
  const sites = useChannel('sites.list', { caseId }, { enabled: Boolean(caseId) })
  const users = useChannel('users.list', {})
  const siteOptions = (sites.data ?? []).map((s) => ({ value: s.id, label: s.name }))

  const text = (name: 'orderNumber' | 'judgmentReference' | 'obligor' | 'executor', required = false, placeholder?: string) => (
    <TextField control={control} name={name} id={`order-${name}`} label={t(`orders.${name}`)} error={errors[name]} required={required} placeholder={placeholder} />
  )
  const yuan = (name: 'restorationFeeFen' | 'bondFen' | 'fallbackCostFen', label: 'orders.restorationFee' | 'orders.bond' | 'orders.fallbackCost', paid?: 'restorationFeePaid' | 'bondPaid') => (
    <FormField id={`order-${name}`} label={t(label)} error={errors[name]} required>
      <Space>
        <Controller control={control} name={name} render={({ field }) => <YuanInput id={`order-${name}`} value={field.value} onChange={field.onChange} onBlur={field.onBlur} />} />
        {paid && (
          <Controller
            control={control}
            name={paid}
            render={({ field }) => (
              <Checkbox id={`order-${paid}`} checked={field.value} onChange={(e) => field.onChange(e.target.checked)}>
                {t('orders.paid')}
              </Checkbox>
            )}
          />
        )}
      </Space>
    </FormField>
  )

  return (
    <PageForm form={form} label={t('orders.edit')} onCancel={props.onCancel}>
      <Space size="large" wrap align="start">
        {text('orderNumber', true, t('orders.orderNumberHint'))}
        <FormField id="order-orderTypeId" label={t('orders.type')} error={errors.orderTypeId} required>
          <Controller
            control={control}
            name="orderTypeId"
            render={({ field }) => (
              <Select
                id="order-orderTypeId"
                style={{ width: 200 }}
                showSearch={{ optionFilterProp: 'label' }}
                options={(types.data ?? []).filter((ty) => ty.active || ty.id === field.value).map((ty) => ({ value: ty.id, label: orderTypeName(ty, i18n.language) }))}
                {...field}
              />
            )}
          />
        </FormField>
        <OrderTypeBasis type={types.data?.find((ty) => ty.id === orderTypeId)} />
      </Space>
      <FormField id="order-caseId" label={t('orders.case')} error={errors.caseId} required>
        <Controller
          control={control}
          name="caseId"
          render={({ field }) => <CasePicker id="order-caseId" value={field.value || null} onChange={(id) => field.onChange(id ?? '')} />}
        />
      </FormField>
      {text('judgmentReference')}
      <Space size="large" wrap>
        {text('obligor', true)}
        {text('executor')}
      </Space>
      <FormField id="order-siteIds" label={t('orders.sites')} error={errors.siteIds as never} required>
        <Controller
          control={control}
          name="siteIds"
          render={({ field }) => <Select id="order-siteIds" mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={siteOptions} {...field} />}
        />
      </FormField>
      <TextField control={control} name="method" id="order-method" label={t('orders.method')} error={errors.method} required rows={3} />
      <Typography.Text strong>{t('orders.methodItems')}</Typography.Text>
      <FieldRows
        rows={methodItems.fields}
        removeLabel={t('orders.remove')}
        addLabel={t('orders.addMethodItem')}
        addTestId="add-method-item"
        onRemove={methodItems.remove}
        onAdd={() => methodItems.append({ species: '', quantity: 0, unit: '株' })}
      >
        {(index) => (
          <>
            <TextField control={control} name={`methodItems.${index}.species`} id={`method-${index}-species`} label={t('orders.species')} error={errors.methodItems?.[index]?.species} />
            <NumberField control={control} name={`methodItems.${index}.quantity`} id={`method-${index}-quantity`} label={t('orders.quantity')} error={errors.methodItems?.[index]?.quantity} min={0} />
            <TextField control={control} name={`methodItems.${index}.unit`} id={`method-${index}-unit`} label={t('orders.unit')} error={errors.methodItems?.[index]?.unit} width={80} />
          </>
        )}
      </FieldRows>

      <Divider titlePlacement="start">{t('orders.target')}</Divider>
      {errors.standardTargets?.message && <Alert type="error" message={errors.standardTargets.message} style={{ marginBottom: 8 }} />}
      <FieldRows
        rows={standardTargets.fields}
        removeLabel={t('orders.remove')}
        addLabel={t('orders.addStandardTarget')}
        addTestId="add-standard-target"
        onRemove={standardTargets.remove}
        onAdd={() => standardTargets.append({ siteId: siteIds[0] ?? '', standard: 'gb3838', waterbody: 'lake', targetClass: 'IV', parameters: ['cod', 'nh3_n', 'tp'] })}
      >
        {(index) => (
          <>
            <FormField id={`target-${index}-siteId`} label={t('orders.targetSite')} error={errors.standardTargets?.[index]?.siteId}>
              <Controller
                control={control}
                name={`standardTargets.${index}.siteId`}
                render={({ field }) => (
                  <Select
                    id={`target-${index}-siteId`}
                    style={{ width: 200 }}
                    showSearch={{ optionFilterProp: 'label' }}
                    options={siteOptions.filter((o) => siteIds.includes(o.value))}
                    {...field}
                  />
                )}
              />
            </FormField>
            <FormField id={`target-${index}-waterbody`} label={t('orders.waterbody')} error={errors.standardTargets?.[index]?.waterbody}>
              <Controller
                control={control}
                name={`standardTargets.${index}.waterbody`}
                render={({ field }) => (
                  <Select
                    id={`target-${index}-waterbody`}
                    style={{ width: 190 }}
                    showSearch={{ optionFilterProp: 'label' }}
                    options={(['lake', 'river'] as const).map((w) => ({ value: w, label: t(`orders.waterbodies.${w}`) }))}
                    {...field}
                  />
                )}
              />
            </FormField>
            <FormField id={`target-${index}-targetClass`} label={t('orders.targetClass')} error={errors.standardTargets?.[index]?.targetClass}>
              <Controller
                control={control}
                name={`standardTargets.${index}.targetClass`}
                render={({ field }) => (
                  <Select
                    id={`target-${index}-targetClass`}
                    style={{ width: 100 }}
                    showSearch={{ optionFilterProp: 'label' }}
                    options={classes.map((c) => ({ value: c, label: `${c} 类` }))}
                    {...field}
                  />
                )}
              />
            </FormField>
            <FormField id={`target-${index}-parameters`} label={t('orders.parameters')} error={errors.standardTargets?.[index]?.parameters as never}>
              <Controller
                control={control}
                name={`standardTargets.${index}.parameters`}
                render={({ field }) => (
                  <Select
                    id={`target-${index}-parameters`}
                    mode="multiple"
                    style={{ minWidth: 260 }}
                    showSearch={{ optionFilterProp: 'label' }}
                    options={targetParameterOptions(watch(`standardTargets.${index}.waterbody`), t)}
                    {...field}
                  />
                )}
              />
            </FormField>
          </>
        )}
      </FieldRows>
      <FieldRows
        rows={measurableTargets.fields}
        removeLabel={t('orders.remove')}
        addLabel={t('orders.addMeasurableTarget')}
        onRemove={measurableTargets.remove}
        onAdd={() => measurableTargets.append({ description: '', comparator: '>=', value: 0, unit: '' })}
      >
        {(index) => (
          <>
            <TextField
              control={control}
              name={`measurableTargets.${index}.description`}
              id={`measure-${index}-description`}
              label={t('orders.description')}
              error={errors.measurableTargets?.[index]?.description}
            />
            <FormField id={`measure-${index}-comparator`} label={t('orders.comparator')} error={errors.measurableTargets?.[index]?.comparator}>
              <Controller
                control={control}
                name={`measurableTargets.${index}.comparator`}
                render={({ field }) => (
                  <Select id={`measure-${index}-comparator`} style={{ width: 80 }} options={comparators.map((c) => ({ value: c, label: c.replace('>=', '≥').replace('<=', '≤') }))} {...field} />
                )}
              />
            </FormField>
            <NumberField control={control} name={`measurableTargets.${index}.value`} id={`measure-${index}-value`} label={t('orders.value')} error={errors.measurableTargets?.[index]?.value} />
            <TextField control={control} name={`measurableTargets.${index}.unit`} id={`measure-${index}-unit`} label={t('orders.unit')} error={errors.measurableTargets?.[index]?.unit} width={80} />
          </>
        )}
      </FieldRows>

      <Divider titlePlacement="start">{t('orders.money')}</Divider>
      {yuan('restorationFeeFen', 'orders.restorationFee', 'restorationFeePaid')}
      {yuan('bondFen', 'orders.bond', 'bondPaid')}
      {yuan('fallbackCostFen', 'orders.fallbackCost')}
      <DayField control={control} name="deadline" id="order-deadline" label={t('orders.deadline')} error={errors.deadline} required />
      <OrderSections control={control} errors={errors} />
      <FormField id="order-supervisorIds" label={t('orders.supervisors')} error={errors.supervisorIds as never}>
        <Controller
          control={control}
          name="supervisorIds"
          render={({ field }) => (
            <Select
              id="order-supervisorIds"
              mode="multiple"
              showSearch={{ optionFilterProp: 'label' }}
              options={(users.data ?? []).filter((u) => u.roles.includes('investigator') && u.active).map((u) => ({ value: u.id, label: u.displayName }))}
              {...field}
            />
          )}
        />
      </FormField>
      <FormField id="order-supervisingAgencies" label={t('orders.agencies')} error={errors.supervisingAgencies as never}>
        <Controller
          control={control}
          name="supervisingAgencies"
          render={({ field }) => <Select id="order-supervisingAgencies" mode="tags" placeholder={t('orders.agenciesHint')} open={false} {...field} />}
        />
      </FormField>
      <TextField control={control} name="notes" id="order-notes" label={t('orders.notes')} error={errors.notes} rows={2} />
    </PageForm>
  )
}
