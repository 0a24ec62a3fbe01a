import { Alert, Button, Checkbox, Descriptions, Form, InputNumber, Modal, Select, Space, Tag, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Draw } from '../../electron/shared/assignments'
import { CallError } from '../api/api'
import { useSigningPassword } from '../session/SigningPassword'
import { fieldLabel } from '../experts/field-label'
import { AppError } from '../../electron/shared/errors'
import { ScreeningList } from './ScreeningList'
import { useChannel, useChannelMutation } from '../api/use-channel'

/**
 * 随机抽取: the clerk picks the fields and how many; the pool is screened
 * first so the excluded and their reasons are visible before the draw.
 */
export function DrawModal(props: {
  caseId: string
  replaces: { assignmentId: string; name: string; fieldId: string } | null
  onClose: (drawn: boolean) => void
}) {
  const { t, i18n } = useTranslation()
  const [fieldIds, setFieldIds] = useState<string[]>(props.replaces ? [props.replaces.fieldId] : [])
  const [count, setCount] = useState(props.replaces ? 1 : 2)
  const [balanced, setBalanced] = useState(false)
  const [acceptNotRandom, setAcceptNotRandom] = useState(false)
  const [result, setResult] = useState<Draw | null>(null)
  const fields = useChannel('fields.list', {})
  const screening = useChannel('assignments.screen', { caseId: props.caseId, fieldIds }, { enabled: fieldIds.length > 0 && result === null })
  const draw = useChannelMutation('draws.create', { onSuccess: (value) => setResult(value.draw) })
  // The clerk confirms the draw with their signature: the password is asked again; the core's refusals show below.
  const signing = useSigningPassword()
  const confirmDraw = () =>
    void signing.sign(t('signing.titles.draw'), (password) =>
      draw.mutateAsync({ caseId: props.caseId, fieldIds, count, balanced, replacesAssignmentId: props.replaces?.assignmentId ?? null, acceptNotRandom, password }).then(
        () => null,
        (error: unknown) => (error instanceof CallError ? error.error : new AppError('internal', 'internal', { detail: String(error) }).toJSON())
      )
    )
  const replay = useChannelMutation('draws.replay')
  const everyone = screening.data !== undefined && screening.data.eligible.length === count
  const nameOf = (id: string) => result?.eligible.find((e) => e.expertId === id)?.name ?? id

  return (
    <Modal
      open
      width={720}
      title={props.replaces ? `${t('assignments.replace')} · ${t('assignments.replaces', { name: props.replaces.name })}` : t('assignments.draw')}
      onCancel={() => props.onClose(result !== null)}
      footer={
        result ? (
          <Button type="primary" onClick={() => props.onClose(true)}>
            {t('common.confirm')}
          </Button>
        ) : (
          <Space>
            <Button onClick={() => props.onClose(false)}>{t('common.cancel')}</Button>
            <Button
              type="primary"
              data-testid="draw-submit"
              disabled={fieldIds.length === 0 || (screening.data?.eligible.length ?? 0) < count || (everyone && !acceptNotRandom)}
              loading={draw.isPending}
              onClick={confirmDraw}
            >
              {t('assignments.doDraw')}
            </Button>
          </Space>
        )
      }
    >
      {result ? (
        <div data-testid="draw-result">
          <Alert type="success" showIcon title={t('assignments.drawn', { names: result.outcome.map(nameOf).join(t('common.listSeparator')) })} style={{ marginBottom: 12 }} />
          {result.notRandom && <Alert type="warning" showIcon title={t('assignments.notRandomDone')} style={{ marginBottom: 12 }} />}
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('assignments.drawId')}>
              <span data-testid="draw-id">{result.id}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('assignments.seed')}>
              <Typography.Text code>{result.seed}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('assignments.algorithm')}>
              {result.algorithmVersion} {result.balanced && <Tag color="blue">{t('assignments.balancedTag')}</Tag>}
            </Descriptions.Item>
          </Descriptions>
          <Space style={{ marginTop: 12 }}>
            <Button onClick={() => replay.mutate({ id: result.id })} loading={replay.isPending} data-testid="draw-replay">
              {t('assignments.replay')}
            </Button>
            {replay.data && (
              <Tag color={replay.data.matches ? 'green' : 'red'}>{t(replay.data.matches ? 'assignments.replayMatches' : 'assignments.replayDiffers')}</Tag>
            )}
          </Space>
          <div style={{ marginTop: 12 }}>
            <ScreeningList eligible={result.eligible} excluded={result.excluded} />
          </div>
        </div>
      ) : (
        <Form layout="vertical" component={false}>
          {signing.dialog}
          {draw.error && <Alert type="error" showIcon title={draw.error.message} style={{ marginBottom: 12 }} />}
          <Space wrap align="end">
            <Form.Item label={t('assignments.fields')} htmlFor="draw-fields">
              <Select
                id="draw-fields"
                data-testid="draw-fields"
                mode="multiple"
                style={{ minWidth: 280 }}
                disabled={props.replaces !== null}
                showSearch={{ optionFilterProp: 'label' }}
                value={fieldIds}
                onChange={setFieldIds}
                options={(fields.data ?? []).filter((f) => f.active).map((f) => ({ value: f.id, label: fieldLabel(f, i18n.language) }))}
              />
            </Form.Item>
            <Form.Item label={t('assignments.count')} htmlFor="draw-count">
              <InputNumber id="draw-count" min={1} max={10} disabled={props.replaces !== null} value={count} onChange={(v) => setCount(v ?? 1)} />
            </Form.Item>
          </Space>
          <div style={{ marginBottom: 12 }}>
            <Checkbox checked={balanced} onChange={(e) => setBalanced(e.target.checked)}>
              {t('assignments.balanced')}
            </Checkbox>
          </div>
          {everyone && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              data-testid="draw-not-random"
              title={
                <Checkbox checked={acceptNotRandom} onChange={(e) => setAcceptNotRandom(e.target.checked)}>
                  {t('assignments.notRandomConfirm')}
                </Checkbox>
              }
            />
          )}
          {screening.data && <ScreeningList eligible={screening.data.eligible} excluded={screening.data.excluded} />}
        </Form>
      )}
    </Modal>
  )
}
