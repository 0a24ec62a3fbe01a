import { App as AntApp, Button, Card, Input, InputNumber, Space, Table, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { HoldingTime } from '../../electron/shared/sampling'
import { api } from '../api/api'
import { useCurrentUser } from '../session/CurrentUser'
import { useChannel, useInvalidate } from '../api/use-channel'

/** One row edited in place: hours, the basis that verifies them, notes. */
function HoldingTimeRow(props: { row: HoldingTime; canEdit: boolean; onSaved: () => void }) {
  const { t } = useTranslation()
  const { message } = AntApp.useApp()
  const [maxHours, setMaxHours] = useState<number | null>(props.row.maxHours)
  const [basis, setBasis] = useState(props.row.basis)
  const changed = maxHours !== props.row.maxHours || basis !== props.row.basis
  const save = async () => {
    const reply = await api.holdingTimes.update({ id: props.row.id, revision: props.row.revision, maxHours, basis, notes: props.row.notes })
    if (!reply.ok) return void message.error(reply.error.message)
    void message.success(t('sampling.settings.saved'))
    props.onSaved()
  }
  return (
    <Space>
      <InputNumber aria-label={t('sampling.settings.maxHours')} disabled={!props.canEdit} value={maxHours} min={0} onChange={(v) => setMaxHours(typeof v === 'number' ? v : null)} />
      <Input aria-label={t('sampling.settings.basis')} disabled={!props.canEdit} value={basis} onChange={(e) => setBasis(e.target.value)} style={{ width: 220 }} />
      <Button size="small" disabled={!props.canEdit || !changed} onClick={() => void save()}>
        {t('common.save')}
      </Button>
    </Space>
  )
}

/** Settings card: the holding times results are checked against, and the sample-code pattern. */
export function HoldingTimesCard() {
  const { t } = useTranslation()
  const { message } = AntApp.useApp()
  const invalidate = useInvalidate()
  const { may } = useCurrentUser()
  const canEdit = may('editReferenceData')
  const rows = useChannel('holdingTimes.list', {})
  const refresh = () => void invalidate('holdingTimes.list')
  const [pattern, setPattern] = useState<string | null>(null)
  const saveCodePattern = async (revision: number) => {
    const reply = await api.samples.setCodePattern({ pattern: pattern ?? '', revision })
    if (!reply.ok) return void message.error(reply.error.message)
    void message.success(t('sampling.settings.saved'))
    setPattern(null)
    void invalidate('samples.codePattern')
  }
  return (
    <Card size="small" title={t('sampling.settings.holdingTimes')}>
      <Typography.Paragraph type="secondary">{t('sampling.settings.holdingIntro')}</Typography.Paragraph>
      <Table<HoldingTime>
        rowKey="id"
        size="small"
        loading={rows.isLoading}
        dataSource={rows.data ?? []}
        pagination={{ pageSize: 15 }}
        columns={[
          { title: t('sampling.settings.parameter'), dataIndex: 'parameterKey', width: 100 },
          { title: t('sampling.matrix'), key: 'matrix', width: 90, render: (_, r) => t(`sampling.matrices.${r.matrix}`) },
          {
            title: `${t('sampling.settings.maxHours')} / ${t('sampling.settings.basis')}`,
            key: 'edit',
            render: (_, r) => <HoldingTimeRow key={`${r.id}-${r.revision}`} row={r} canEdit={canEdit} onSaved={refresh} />
          },
          { title: t('sampling.settings.notes'), dataIndex: 'notes' }
        ]}
      />
      <PatternEditor canEdit={canEdit} value={pattern} onChange={setPattern} onSave={saveCodePattern} />
    </Card>
  )
}

function PatternEditor(props: { canEdit: boolean; value: string | null; onChange: (v: string) => void; onSave: (revision: number) => Promise<void> }) {
  const { t } = useTranslation()
  const code = useChannel('samples.codePattern', {})
  if (!code.data) return null
  return (
    <Space direction="vertical" style={{ marginTop: 16 }}>
      <Typography.Text strong>{t('sampling.settings.pattern')}</Typography.Text>
      <Space>
        <Input aria-label={t('sampling.settings.pattern')} disabled={!props.canEdit} value={props.value ?? code.data.pattern} onChange={(e) => props.onChange(e.target.value)} style={{ width: 320 }} />
        <Button disabled={!props.canEdit || props.value === null} onClick={() => void props.onSave(code.data.revision)}>
          {t('common.save')}
        </Button>
      </Space>
      <Typography.Text type="secondary">{t('sampling.settings.patternHelp')}</Typography.Text>
    </Space>
  )
}
