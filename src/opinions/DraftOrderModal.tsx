import { Button, Form, Input, Select, Typography } from 'antd'
import { Controller } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { opinionDraftOrderInput, type Opinion, type OpinionDraftOrderInput } from '../../electron/shared/opinions'
import { api } from '../api/api'
import { FormField } from '../forms/FormField'
import { useContractForm } from '../forms/use-contract-form'
import { FormMessage } from '../forms/FormMessage'
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
  const types = useChannel('orderTypes.list', {})
  const {
    control,
    submit,
    formError,
    formState: { errors, isSubmitting }
  } = useContractForm<OpinionDraftOrderInput>({
    schema: opinionDraftOrderInput,
    defaultValues: { id: props.opinion.id, orderTypeId: '', orderNumber: suggestedNumber(props.opinion.caseNumber) },
    onSubmit: async (values) => {
      const reply = await api.opinions.draftOrder(values)
      if (!reply.ok) return reply.error
      props.onDone(reply.value.orderNumber)
      return null
    }
  })
  return (
    <Form layout="vertical" onSubmitCapture={(e) => e.preventDefault()}>
      <Typography.Paragraph type="secondary">{t('opinions.draftOrderHint')}</Typography.Paragraph>
      <FormMessage error={formError} />
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
