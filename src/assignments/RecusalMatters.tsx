import { App as AntApp, Button, Input, Modal, Radio, Space, Tag, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { recusalApplicationInput, type Assignment, type RecusalMatter } from '../../electron/shared/assignments'
import { api } from '../api/api'
import { FormModal } from '../forms/FormModal'
import { DayField, TextField } from '../forms/fields'
import { useChannelMutation } from '../api/use-channel'
import { shanghaiToday } from '../../electron/shared/shanghai-time'

const decisionColors = { pending: 'gold', recused: 'red', not_recused: 'green' } as const

/**
 * The recusal matters of one assignment: the clerk's override proposals and
 * the applications the clerk recorded, each decided by the presiding judge
 * with a written reason (《民事诉讼法》art. 49; 法释〔2019〕2号 art. 4).
 */
export function RecusalMatters(props: { assignment: Assignment; presiding: boolean; onChanged: () => void }) {
  const { t } = useTranslation()
  const { message } = AntApp.useApp()
  const [deciding, setDeciding] = useState<{ matter: RecusalMatter; recused: boolean; reason: string } | null>(null)
  const decide = useChannelMutation('assignments.decideRecusal', {
    onSuccess: () => {
      setDeciding(null)
      props.onChanged()
    },
    onError: (error) => void message.error(error.message)
  })
  const a = props.assignment
  if (a.recusals.length === 0) return null
  return (
    <div data-testid={`recusals-${a.expertName}`}>
      {a.recusals.map((m) => (
        <div key={m.id} style={{ fontSize: 12, marginTop: 4 }}>
          <Tag color={decisionColors[m.decision]}>
            {t(`assignments.recusals.kinds.${m.kind}`)} · {t(`assignments.recusals.decisions.${m.decision}`)}
          </Tag>
          <Typography.Text type="secondary">
            {m.kind === 'override' ? t('assignments.recusals.proposal', { reason: m.reason }) : `${m.applicant}：${m.reason}`}
          </Typography.Text>
          {m.decision === 'pending' && m.kind === 'application' && (
            <Typography.Text type="warning" style={{ display: 'block' }}>
              {t('assignments.recusals.decideBy', { date: m.decideBy })}
            </Typography.Text>
          )}
          {m.decision !== 'pending' && (
            <Typography.Text style={{ display: 'block' }}>
              {t('assignments.recusals.decidedBy', {
                name: m.decidedByName,
                date: m.decidedOn,
                decision: t(`assignments.recusals.decisions.${m.decision}`),
                reason: m.decisionReason
              })}
            </Typography.Text>
          )}
          {m.decision === 'pending' && props.presiding && (
            <Button size="small" type="link" onClick={() => setDeciding({ matter: m, recused: false, reason: '' })} data-testid={`decide-recusal-${a.expertName}`}>
              {t('assignments.recusals.decide')}
            </Button>
          )}
        </div>
      ))}
      <Modal
        open={deciding !== null}
        title={t('assignments.recusals.decideTitle', { name: a.expertName })}
        okButtonProps={{ disabled: !deciding?.reason.trim(), loading: decide.isPending, 'data-testid': 'decide-recusal-submit' } as never}
        onOk={() => deciding && decide.mutate({ id: deciding.matter.id, revision: deciding.matter.revision, recused: deciding.recused, reason: deciding.reason })}
        onCancel={() => setDeciding(null)}
      >
        <Space direction="vertical" style={{ width: '100%' }}>
          <Radio.Group value={deciding?.recused} onChange={(e) => setDeciding((d) => d && { ...d, recused: e.target.value as boolean })}>
            <Radio value={true}>{t('assignments.recusals.recused')}</Radio>
            <Radio value={false}>{t('assignments.recusals.notRecused')}</Radio>
          </Radio.Group>
          <Typography.Text>{t('assignments.recusals.decisionReason')}</Typography.Text>
          <Input.TextArea rows={3} value={deciding?.reason} onChange={(e) => setDeciding((d) => d && { ...d, reason: e.target.value })} data-testid="decide-recusal-reason" />
        </Space>
      </Modal>
    </div>
  )
}

/** The application's fields, checked by the contract's own rules (core checks them again). */
const applicationFields = recusalApplicationInput.omit({ assignmentId: true })

/** The clerk records a recusal application for the presiding judge to decide. */
export function ApplyRecusalModal(props: { assignment: Assignment; onSaved: () => void; onClose: () => void }) {
  const { t } = useTranslation()
  return (
    <FormModal
      title={t('assignments.recusals.applyTitle', { name: props.assignment.expertName })}
      testId="apply-recusal"
      schema={applicationFields}
      initial={{ applicant: '', reason: '', receivedOn: shanghaiToday() }}
      onClose={props.onClose}
      onSubmit={async (values) => {
        const reply = await api.assignments.applyRecusal({ assignmentId: props.assignment.id, ...values })
        if (!reply.ok) return reply.error
        props.onSaved()
        return null
      }}
    >
      {(control, errors) => (
        <>
          <Typography.Paragraph type="secondary">{t('assignments.recusals.judgeOnly')}</Typography.Paragraph>
          <TextField control={control} name="applicant" id="recusal-applicant" label={t('assignments.recusals.applicant')} error={errors.applicant} required />
          <TextField control={control} name="reason" id="recusal-reason" label={t('assignments.recusals.applicationReason')} error={errors.reason} required rows={3} />
          <DayField control={control} name="receivedOn" id="recusal-received" label={t('assignments.recusals.receivedOn')} error={errors.receivedOn} required />
        </>
      )}
    </FormModal>
  )
}
