import { Alert, Button, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { FieldValues, UseFormSetError } from 'react-hook-form'
import type { DamageEstimate, EstimateRequest, EstimateResult } from '../../electron/shared/opinions'
import { api } from '../api/api'
import { applyServerErrors } from '../forms/server-errors'
import { estimateAmount } from './opinion-text'

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
 * Saves an estimate of the case: the core's field errors go on the form's
 * fields, anything else is returned as the message to show above the form.
 */
export function useEstimateCreate(caseId: string, onCreated: (estimate: DamageEstimate) => void) {
  const [formError, setFormError] = useState<string | null>(null)
  const create = async <T extends FieldValues>(estimate: EstimateRequest, setError: UseFormSetError<T>) => {
    setFormError(null)
    const reply = await api.estimates.create({ caseId, estimate })
    if (!reply.ok) return setFormError(applyServerErrors(reply.error, setError, 'estimate.input.'))
    onCreated(reply.value)
  }
  return { formError, create }
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
            {props.preview.steps.flatMap((s) => s.lines).map((line) => (
              <div key={line}>{line}</div>
            ))}
            <Typography.Text strong>
              {t('opinions.estimate.result')}：{estimateAmount(props.preview)}
            </Typography.Text>
          </>
        ) : (
          <Typography.Text type="secondary">{t('opinions.estimate.previewEmpty')}</Typography.Text>
        )}
      </div>
      {props.formError && <Alert type="error" showIcon message={props.formError} style={{ marginBottom: 12 }} />}
      <Button type="primary" loading={props.saving} onClick={props.onSave} data-testid="estimate-save">
        {t('opinions.estimate.calculate')}
      </Button>
    </>
  )
}
