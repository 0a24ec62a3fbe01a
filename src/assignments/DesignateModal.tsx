import { Alert, Form, Input, Modal, Select, Tag, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CallError } from '../api/api'
import { findingPart } from '../../electron/shared/assignments'
import { partText } from '../../electron/shared/errors'
import { uiLanguage } from '../api/error-words'
import { fieldLabel } from '../experts/field-label'
import { useChannel, useChannelMutation } from '../api/use-channel'

/**
 * 指定专家: the clerk picks a field and an expert. An excluded expert shows
 * the reasons; assigning them anyway needs a written reason (kept in the
 * audit trail), which the core insists on too.
 */
export function DesignateModal(props: { caseId: string; onClose: (saved: boolean) => void }) {
  const { t, i18n } = useTranslation()
  const [fieldId, setFieldId] = useState<string | null>(null)
  const [expertId, setExpertId] = useState<string | null>(null)
  const [overrideReason, setOverrideReason] = useState('')
  const fields = useChannel('fields.list', {})
  const screening = useChannel('assignments.screen', { caseId: props.caseId, fieldIds: fieldId ? [fieldId] : [] }, { enabled: fieldId !== null })
  const excluded = screening.data?.excluded.find((e) => e.expertId === expertId)
  const designate = useChannelMutation('assignments.designate', { onSuccess: () => props.onClose(true) })
  const error = designate.error instanceof CallError ? designate.error.error : null
  const options = [
    ...(screening.data?.eligible ?? []).map((e) => ({ value: e.expertId, label: `${e.name}（${e.organisation}）` })),
    ...(screening.data?.excluded ?? []).map((e) => ({ value: e.expertId, label: `${e.name}（${e.organisation}）⚠ ${t(`assignments.codes.${e.reasons[0]!.code}`)}` }))
  ]

  return (
    <Modal
      open
      width={640}
      title={t('assignments.designate')}
      okText={t('assignments.doDesignate')}
      okButtonProps={{ disabled: !fieldId || !expertId, loading: designate.isPending, 'data-testid': 'designate-submit' } as never}
      onOk={() => designate.mutate({ caseId: props.caseId, expertId: expertId!, fieldId: fieldId!, overrideReason, replacesAssignmentId: null })}
      onCancel={() => props.onClose(false)}
    >
      <Form layout="vertical" component={false}>
        {error && !error.fieldErrors?.overrideReason && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 12 }} />}
        <Form.Item label={t('assignments.field')} htmlFor="designate-field">
          <Select
            id="designate-field"
            showSearch={{ optionFilterProp: 'label' }}
            value={fieldId}
            onChange={(v: string) => {
              setFieldId(v)
              setExpertId(null)
            }}
            options={(fields.data ?? []).filter((f) => f.active).map((f) => ({ value: f.id, label: fieldLabel(f, i18n.language) }))}
          />
        </Form.Item>
        <Form.Item label={t('assignments.expert')} htmlFor="designate-expert">
          <Select id="designate-expert" showSearch={{ optionFilterProp: 'label' }} value={expertId} onChange={setExpertId} options={options} />
        </Form.Item>
        {excluded && (
          <>
            <Typography.Paragraph type="secondary">{t('assignments.overrideHint')}</Typography.Paragraph>
            {excluded.reasons.map((r, i) => (
              <div key={i} style={{ marginBottom: 4 }}>
                <Tag color="red">{t(`assignments.codes.${r.code}`)}</Tag>
                {partText(findingPart(r.detail), uiLanguage())}
              </div>
            ))}
            <Form.Item
              label={t('assignments.overrideReason')}
              htmlFor="designate-override"
              validateStatus={error?.fieldErrors?.overrideReason ? 'error' : undefined}
              help={error?.fieldErrors?.overrideReason}
              style={{ marginTop: 12 }}
            >
              <Input.TextArea id="designate-override" rows={3} value={overrideReason} onChange={(e) => setOverrideReason(e.target.value)} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  )
}
