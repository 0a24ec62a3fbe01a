import { Button, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useWatch, type DefaultValues, type FieldValues } from 'react-hook-form'
import type { z } from 'zod'
import type { DamageEstimate, EstimateRequest, EstimateResult } from '../../electron/shared/opinions'
import { api } from '../api/api'
import { useContractForm } from '../forms/use-contract-form'
import { FormMessage } from '../forms/FormMessage'
import { estimateAmount } from './opinion-text'
import { StepLines } from './StepLines'

/**
 * The steps of an estimate as the form stands, worked out by the core
 * (`estimates.calculate`) a moment after the last keystroke; `null` while the
 * form is incomplete or the core refuses it.
 */
export function useEstimatePreview(request: EstimateRequest | null): EstimateResult | null {
  const [preview, setPreview] = useState<EstimateResult | null>(null)
  const key = request === null ? null : JSON.stringify(request)
  useEffect(() => {
    if (key === null) {
      setPreview(null)
      return
    }
    let current = true
    const timer = setTimeout(async () => {
      const reply = await api.estimates.calculate(JSON.parse(key) as EstimateRequest)
      if (current) setPreview(reply.ok ? reply.value : null)
    }, 300)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [key])
  return preview
}

/**
 * A method's estimate form: its input checked by the method's schema, the
 * steps previewed as it is typed, and saved as an estimate of the case
 * (`estimates.create`, whose field paths start with `estimate.input.`).
 */
export function useEstimateForm<T extends FieldValues>(options: {
  caseId: string
  schema: z.ZodType<T, FieldValues>
  defaultValues: DefaultValues<T>
  request: (input: T) => EstimateRequest
  onCreated: (estimate: DamageEstimate) => void
}) {
  const form = useContractForm<T>({
    schema: options.schema,
    defaultValues: options.defaultValues,
    serverPrefix: 'estimate.input.',
    onSubmit: async (input) => {
      const reply = await api.estimates.create({ caseId: options.caseId, estimate: options.request(input) })
      if (!reply.ok) return reply.error
      options.onCreated(reply.value)
      return null
    }
  })
  const parsed = options.schema.safeParse(useWatch({ control: form.control }))
  const preview = useEstimatePreview(parsed.success ? options.request(parsed.data) : null)
  return { form, preview }
}

/** The previewed steps and result, the error of the last save, and the save button of a method's form. */
export function EstimateFooter(props: { preview: EstimateResult | null; formError: string | null; saving: boolean; onSave: () => void }) {
  const { t } = useTranslation()
  return (
    <>
      <Typography.Title level={5}>{t('opinions.estimate.preview')}</Typography.Title>
      <div data-testid="estimate-preview" style={{ background: '#fafafa', padding: 12, borderRadius: 6, marginBottom: 12 }}>
        {props.preview ? (
          <>
            <StepLines steps={props.preview.steps} />
            <Typography.Text strong>
              {t('opinions.estimate.result')}{t('common.colon')}{estimateAmount(props.preview)}
            </Typography.Text>
          </>
        ) : (
          <Typography.Text type="secondary">{t('opinions.estimate.previewEmpty')}</Typography.Text>
        )}
      </div>
      <FormMessage error={props.formError} />
      <Button type="primary" loading={props.saving} onClick={props.onSave} data-testid="estimate-save">
        {t('opinions.estimate.calculate')}
      </Button>
    </>
  )
}
