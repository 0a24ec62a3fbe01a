import { Alert, Button, Form, Input, Select, Typography } from 'antd'
import { Controller, useForm } from 'react-hook-form'
import { contractResolver } from '../forms/contract-resolver'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { opinionDraftOrderInput, type Opinion, type OpinionDraftOrderInput } from '../../electron/shared/opinions'
import { api } from '../api/api'
import { FormField } from '../forms/FormField'
import { applyServerErrors } from '../forms/server-errors'
import { orderTypeName } from '../orders/order-type-name'
import { shanghaiToday } from '../../electron/shared/shanghai-time'
import { useChannel } from '../api/use-channel'

/** A suggested number for the court's next restoration order: this year and the court code of the case number. */
function suggestedNumber(caseNumber: string): string {
  const court = /[）)]([^\d（(]*\d+)/.exec(caseNumber)?.[1] ?? ''
  return `（${shanghaiToday().slice(0, 4)}）${court}执修1号`
}

/** Chooses the order type and number; everything else of the draft comes from the opinion. */
export function DraftOrderModal(props: { opinion: Opinion; onDone: (orderNumber: string) => void }) {
  const { t, i18n } = useTranslation()
  const [formError, setFormError] = useState<string | null>(null)
  const types = useChannel('orderTypes.list', {})
  const {
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting }
  } = useForm<OpinionDraftOrderInput>({
    resolver: contractResolver(opinionDraftOrderInput),
    defaultValues: { id: props.opinion.id, orderTypeId: '', orderNumber: suggestedNumber(props.opinion.caseNumber) }
  })
  const submit = handleSubmit(async (values) => {
    setFormError(null)
    const reply = await api.opinions.draftOrder(values)
    if (!reply.ok) return setFormError(applyServerErrors(reply.error, setError))
    props.onDone(reply.value.orderNumber)
  })
  return (
    <Form layout="vertical" onSubmitCapture={(e) => e.preventDefault()}>
      <Typography.Paragraph type="secondary">{t('opinions.draftOrderHint')}</Typography.Paragraph>
      {formError && <Alert type="error" showIcon message={formError} style={{ marginBottom: 12 }} />}
      <FormField id="order-type" label={t('opinions.orderType')} error={errors.orderTypeId} required>
        <Controller
          control={control}
          name="orderTypeId"
          render={({ field }) => (
            <Select
              id="order-type"
              {...field}
              showSearch={{ optionFilterProp: 'label' }}
              options={(types.data ?? []).filter((type) => type.active).map((type) => ({ value: type.id, label: orderTypeName(type, i18n.language) }))}
            />
          )}
        />
      </FormField>
      <FormField id="order-number" label={t('opinions.orderNumber')} error={errors.orderNumber} required>
        <Controller control={control} name="orderNumber" render={({ field }) => <Input id="order-number" {...field} />} />
      </FormField>
      <Button type="primary" loading={isSubmitting} onClick={() => void submit()} data-testid="draft-order-confirm">
        {t('opinions.draftOrder')}
      </Button>
    </Form>
  )
}
