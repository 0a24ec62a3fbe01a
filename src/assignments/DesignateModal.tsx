import { Select, Tag, Typography } from 'antd'
import { Controller, useController, useWatch, type Control, type FieldErrors } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { designateInput, findingPart } from '../../electron/shared/assignments'
import { partText } from '../../electron/shared/errors'
import { api } from '../api/api'
import { uiLanguage } from '../api/error-words'
import { fieldLabel } from '../experts/field-label'
import { useChannel } from '../api/use-channel'
import { FormField } from '../forms/FormField'
import { FormModal } from '../forms/FormModal'
import { TextField } from '../forms/fields'

/** The designation's fields, checked by the contract's own rules (core checks them again, and asks for the reason an excluded expert needs). */
const designateFields = designateInput.omit({ caseId: true, replacesAssignmentId: true })
type DesignateFields = { fieldId: string; expertId: string; overrideReason: string }

/**
 * 指定专家: the clerk picks a field and an expert. An excluded expert shows
 * the reasons; assigning them anyway needs a written reason (kept in the
 * audit trail), which the core insists on, its refusal shown on the field.
 */
export function DesignateModal(props: { caseId: string; onClose: (saved: boolean) => void }) {
  const { t } = useTranslation()
  return (
    <FormModal<DesignateFields>
      title={t('assignments.designate')}
      okText={t('assignments.doDesignate')}
      testId="designate-form"
      schema={designateFields}
      initial={{ fieldId: '', expertId: '', overrideReason: '' }}
      onClose={() => props.onClose(false)}
      onSubmit={async (values) => {
        const reply = await api.assignments.designate({ caseId: props.caseId, ...values, replacesAssignmentId: null })
        if (!reply.ok) return reply.error
        props.onClose(true)
        return null
      }}
    >
      {(control, errors) => <DesignateFieldsView caseId={props.caseId} control={control} errors={errors} />}
    </FormModal>
  )
}

function DesignateFieldsView(props: { caseId: string; control: Control<DesignateFields>; errors: FieldErrors<DesignateFields> }) {
  const { t, i18n } = useTranslation()
  const fieldId = useWatch({ control: props.control, name: 'fieldId' })
  // The expert is chosen from the field's screening: another field drops the choice.
  const { field: expert } = useController({ control: props.control, name: 'expertId' })
  const fields = useChannel('fields.list', {})
  const screening = useChannel('assignments.screen', { caseId: props.caseId, fieldIds: fieldId ? [fieldId] : [] }, { enabled: fieldId !== '' })
  const excluded = screening.data?.excluded.find((e) => e.expertId === expert.value)
  const named = (e: { name: string; organisation: string }) => `${e.name}${t('common.aside', { text: e.organisation })}`
  const options = [
    ...(screening.data?.eligible ?? []).map((e) => ({ value: e.expertId, label: named(e) })),
    ...(screening.data?.excluded ?? []).map((e) => ({ value: e.expertId, label: `${named(e)} ⚠ ${t(`assignments.codes.${e.reasons[0]!.code}`)}` }))
  ]
  return (
    <>
      <FormField id="designate-field" label={t('assignments.field')} error={props.errors.fieldId} required>
        <Controller
          control={props.control}
          name="fieldId"
          render={({ field }) => (
            <Select
              id="designate-field"
              showSearch={{ optionFilterProp: 'label' }}
              value={field.value || null}
              onChange={(v: string) => {
                field.onChange(v)
                expert.onChange('')
              }}
              options={(fields.data ?? []).filter((f) => f.active).map((f) => ({ value: f.id, label: fieldLabel(f, i18n.language) }))}
            />
          )}
        />
      </FormField>
      <FormField id="designate-expert" label={t('assignments.expert')} error={props.errors.expertId} required>
        <Select id="designate-expert" showSearch={{ optionFilterProp: 'label' }} value={expert.value || null} onChange={(v: string) => expert.onChange(v)} options={options} />
      </FormField>
      {excluded && (
        <>
          <Typography.Paragraph type="secondary">{t('assignments.overrideHint')}</Typography.Paragraph>
          {excluded.reasons.map((r, i) => (
            <div key={i} style={{ marginBottom: 4 }}>
              <Tag color="red">{t(`assignments.codes.${r.code}`)}</Tag>
              {partText(findingPart(r.detail), uiLanguage())}
            </div>
          ))}
        </>
      )}
      {(excluded || props.errors.overrideReason) && (
        <TextField control={props.control} name="overrideReason" id="designate-override" label={t('assignments.overrideReason')} error={props.errors.overrideReason} rows={3} />
      )}
    </>
  )
}
