import { Alert, App as AntApp, Form, Input, Modal, Select, Typography } from 'antd'
import { Controller, useForm } from 'react-hook-form'
import { contractResolver } from '../forms/contract-resolver'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { pairInput, type InstallationCard } from '../../electron/shared/exchange'
import type { Expert } from '../../electron/shared/experts'
import { api } from '../api/api'
import { FormField } from '../forms/FormField'
import { applyServerErrors } from '../forms/server-errors'
import type { z } from 'zod'
import { useInvalidate } from '../api/use-channel'

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
export function PairDialog(props: { experts: Expert[]; onClose: () => void }) {
  const { t } = useTranslation()
  const { message } = AntApp.useApp()
  const invalidate = useInvalidate()
  const [formError, setFormError] = useState<string | null>(null)
  const { control, handleSubmit, setError, watch, formState } = useForm<PairValues>({ resolver: contractResolver(pairInput), defaultValues: { card: '', expertId: null } })
  const fingerprint = claimedFingerprint(watch('card'))
  const submit = handleSubmit(async (values) => {
    setFormError(null)
    const reply = await api.exchange.pair(values)
    if (!reply.ok) {
      // The core's refusals of a card carry no field: they are all about the card.
      if (!reply.error.fieldErrors && (reply.error.code === 'invalid_input' || reply.error.code === 'conflict')) return setError('card', { type: 'server', message: reply.error.message })
      return setFormError(applyServerErrors(reply.error, setError))
    }
    void message.success(t('exchange.pair.done', { name: reply.value.name }))
    void invalidate('exchange.partners')
    props.onClose()
  })
  const errors = formState.errors
  return (
    <Modal open title={t('exchange.partners.add')} onOk={() => void submit()} onCancel={props.onClose} confirmLoading={formState.isSubmitting} okText={t('common.save')} data-testid="pair-dialog">
      <Form layout="vertical" component={false}>
        {formError && <Alert type="error" title={formError} style={{ marginBottom: 16 }} />}
        <Typography.Paragraph type="secondary">{t('exchange.pair.cardHint')}</Typography.Paragraph>
        <FormField id="pair-card" label={t('exchange.pair.card')} error={errors.card} required>
          <Controller control={control} name="card" render={({ field }) => <Input.TextArea id="pair-card" rows={4} {...field} />} />
        </FormField>
        {fingerprint && <Alert type="info" title={t('exchange.pair.fingerprint', { fingerprint })} style={{ marginBottom: 16 }} data-testid="pair-fingerprint" />}
        <FormField id="pair-expert" label={t('exchange.pair.expert')} error={errors.expertId}>
          <Controller
            control={control}
            name="expertId"
            render={({ field }) => (
              <Select
                id="pair-expert"
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                value={field.value ?? undefined}
                onChange={(id?: string) => field.onChange(id ?? null)}
                options={props.experts.map((e) => ({ value: e.id, label: `${e.name}（${e.organisation}）` }))}
              />
            )}
          />
        </FormField>
        <Typography.Text type="secondary">{t('exchange.pair.expertHint')}</Typography.Text>
      </Form>
    </Modal>
  )
}
