import { Alert, App as AntApp, Form, Input, Modal, Typography } from 'antd'
import { Controller } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { pairInput, type InstallationCard } from '../../electron/shared/exchange'
import { api } from '../api/api'
import { FormField } from '../forms/FormField'
import { useContractForm } from '../forms/use-contract-form'
import { FormMessage } from '../forms/FormMessage'
import type { z } from 'zod'
import { useInvalidate } from '../api/use-channel'
import { ExpertPicker } from '../experts/ExpertPicker'

type PairValues = z.input<typeof pairInput>

/** The fingerprint a pasted card claims, shown to compare before saving (the core checks it belongs to the key). */
function claimedFingerprint(text: string): string | null {
  try {
    const card = JSON.parse(text) as Partial<InstallationCard>
    return typeof card.fingerprint === 'string' ? card.fingerprint : null
  } catch {
    return null
  }
}

/**
 * Registers a partner installation from its pasted card. What the core finds
 * wrong with the card (not JSON, a fingerprint that is not its key's, this
 * installation's own card, already paired) is shown on the card field.
 */
export function PairDialog(props: { onClose: () => void }) {
  const { t } = useTranslation()
  const { message } = AntApp.useApp()
  const invalidate = useInvalidate()
  const { control, watch, formState, submit, formError } = useContractForm<PairValues>({
    schema: pairInput,
    defaultValues: { card: '', expertId: null },
    onSubmit: async (values) => {
      const reply = await api.exchange.pair(values)
      if (!reply.ok) {
        // The core's refusals of a card carry no field: they are all about the card, so they go on it.
        const aboutTheCard = !reply.error.fieldErrors && (reply.error.code === 'invalid_input' || reply.error.code === 'conflict')
        return aboutTheCard ? { ...reply.error, code: 'invalid_input', fieldErrors: { card: reply.error.message } } : reply.error
      }
      void message.success(t('exchange.pair.done', { name: reply.value.name }))
      void invalidate('exchange.partners')
      return null
    },
    onSaved: props.onClose
  })
  const fingerprint = claimedFingerprint(watch('card'))
  const errors = formState.errors
  return (
    <Modal open title={t('exchange.partners.add')} onOk={() => void submit()} onCancel={props.onClose} confirmLoading={formState.isSubmitting} okText={t('common.save')} data-testid="pair-dialog">
      <Form layout="vertical" component={false}>
        <FormMessage error={formError} />
        <Typography.Paragraph type="secondary">{t('exchange.pair.cardHint')}</Typography.Paragraph>
        <FormField id="pair-card" label={t('exchange.pair.card')} error={errors.card} required>
          <Controller control={control} name="card" render={({ field }) => <Input.TextArea id="pair-card" rows={4} {...field} />} />
        </FormField>
        {fingerprint && <Alert type="info" title={t('exchange.pair.fingerprint', { fingerprint })} style={{ marginBottom: 16 }} data-testid="pair-fingerprint" />}
        <FormField id="pair-expert" label={t('exchange.pair.expert')} error={errors.expertId}>
          <Controller
            control={control}
            name="expertId"
            render={({ field }) => <ExpertPicker id="pair-expert" allowClear value={field.value} onChange={field.onChange} />}
          />
        </FormField>
        <Typography.Text type="secondary">{t('exchange.pair.expertHint')}</Typography.Text>
      </Form>
    </Modal>
  )
}
