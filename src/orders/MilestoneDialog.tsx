import { Checkbox, InputNumber, Select, Space } from 'antd'
import { Controller } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { optionalText } from '../../electron/shared/common'
import { milestoneInput, type Milestone, type RestorationOrder } from '../../electron/shared/orders'
import type { RunOrderCall } from './order-dialog'
import { api } from '../api/api'
import { FormField } from '../forms/FormField'
import { FormModal } from '../forms/FormModal'
import { DayField, TextField } from '../forms/fields'
import { targetParameterOptions } from './target-parameters'

const milestoneForm = milestoneInput.extend({ reason: optionalText(500) })

/**
 * A new milestone, or one edited, its criterion confirmed by hand or judged
 * from lab results at one of the order's sites. Once the order is issued, an
 * edit states its reason (the core refuses it without).
 */
export function MilestoneDialog(props: {
  order: RestorationOrder
  milestone?: Milestone
  onClose: () => void
  run: RunOrderCall
}) {
  const { t } = useTranslation()
  const { order: o, milestone: editing } = props
  const target = o.standardTargets[0]
  const sampleDefault = {
    siteId: target?.siteId ?? o.siteIds[0] ?? '',
    standard: 'gb3838' as const,
    waterbody: target?.waterbody ?? ('lake' as const),
    targetClass: target?.targetClass ?? ('IV' as const),
    parameters: target?.parameters ?? ['cod', 'nh3_n', 'tp'],
    consecutive: 2,
    minDaysApart: 30
  }
  const initial: z.input<typeof milestoneForm> = editing
    ? { title: editing.title, dueDate: editing.dueDate, criterionText: editing.criterionText, sampleCriterion: editing.sampleCriterion, reason: '' }
    : { title: '', dueDate: o.deadline, criterionText: '', sampleCriterion: null, reason: '' }
  return (
    <FormModal
      title={t(editing ? 'orders.rules.editMilestoneTitle' : 'orders.addMilestone')}
      testId="milestone-form"
      schema={milestoneForm}
      serverPrefix="milestone."
      initial={initial}
      onClose={props.onClose}
      onSubmit={({ reason, ...milestone }) =>
        props.run(
          editing
            ? api.milestones.update({ id: editing.id, revision: editing.revision, milestone, reason })
            : api.milestones.create({ orderId: o.id, milestone })
        )
      }
    >
      {(control, errors) => (
        <>
          {editing && o.status !== 'draft' && (
            <TextField control={control} name="reason" id="milestone-reason" label={t('orders.rules.changeReason')} error={errors.reason} required rows={2} />
          )}
          <TextField control={control} name="title" id="milestone-title" label={t('orders.milestoneTitle')} error={errors.title} required />
          <DayField control={control} name="dueDate" id="milestone-dueDate" label={t('orders.dueDate')} error={errors.dueDate} required />
          <TextField control={control} name="criterionText" id="milestone-criterionText" label={t('orders.criterion')} error={errors.criterionText} required rows={2} />
          <Controller
            control={control}
            name="sampleCriterion"
            render={({ field }) => (
              <>
                <Checkbox
                  id="milestone-sampleBased"
                  data-testid="milestone-sample-based"
                  checked={field.value !== null}
                  onChange={(e) => field.onChange(e.target.checked ? sampleDefault : null)}
                  style={{ marginBottom: 12 }}
                >
                  {t('orders.sampleBased')}
                </Checkbox>
                {field.value && (
                  <Space wrap align="start">
                    <FormField id="milestone-site" label={t('orders.targetSite')} error={errors.sampleCriterion?.siteId}>
                      <Select
                        id="milestone-site"
                        style={{ width: 180 }}
                        showSearch={{ optionFilterProp: 'label' }}
                        options={o.sites.map((s) => ({ value: s.id, label: s.name }))}
                        value={field.value.siteId}
                        onChange={(siteId: string) => field.onChange({ ...field.value, siteId })}
                      />
                    </FormField>
                    <FormField id="milestone-class" label={t('orders.targetClass')} error={errors.sampleCriterion?.targetClass}>
                      <Select
                        id="milestone-class"
                        style={{ width: 90 }}
                        options={(['I', 'II', 'III', 'IV', 'V'] as const).map((c) => ({ value: c, label: `${c} 类` }))}
                        value={field.value.targetClass}
                        onChange={(targetClass) => field.onChange({ ...field.value, targetClass })}
                      />
                    </FormField>
                    <FormField id="milestone-parameters" label={t('orders.parameters')} error={errors.sampleCriterion?.parameters as never}>
                      <Select
                        id="milestone-parameters"
                        mode="multiple"
                        style={{ minWidth: 220 }}
                        showSearch={{ optionFilterProp: 'label' }}
                        options={targetParameterOptions(field.value.waterbody, t)}
                        value={field.value.parameters}
                        onChange={(parameters: string[]) => field.onChange({ ...field.value, parameters })}
                      />
                    </FormField>
                    <FormField id="milestone-consecutive" label={t('orders.consecutive')} error={errors.sampleCriterion?.consecutive}>
                      <InputNumber id="milestone-consecutive" min={1} max={12} value={field.value.consecutive} onChange={(v) => field.onChange({ ...field.value, consecutive: v ?? 1 })} />
                    </FormField>
                    <FormField id="milestone-minDaysApart" label={t('orders.minDaysApart')} error={errors.sampleCriterion?.minDaysApart}>
                      <InputNumber id="milestone-minDaysApart" min={0} value={field.value.minDaysApart} onChange={(v) => field.onChange({ ...field.value, minDaysApart: v ?? 0 })} />
                    </FormField>
                  </Space>
                )}
              </>
            )}
          />
        </>
      )}
    </FormModal>
  )
}
