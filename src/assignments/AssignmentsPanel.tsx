import { App as AntApp, Button, Input, Modal, Space, Table, Tag, Tooltip, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Assignment, AssignmentStatus } from '../../electron/shared/assignments'
import type { CourtCase } from '../../electron/shared/cases'

import { fieldLabel } from '../experts/field-label'
import { usePrint } from '../print/print-view'
import { documentPrintRoute } from '../../electron/shared/print'
import { DesignateModal } from './DesignateModal'
import { DrawModal } from './DrawModal'
import { DrawHistoryModal } from './DrawHistoryModal'
import { ApplyRecusalModal, RecusalMatters } from './RecusalMatters'
import { ConflictsCard } from './ConflictsCard'
import { WordExportButton } from '../documents/WordExportButton'
import { useCurrentUser } from '../session/CurrentUser'
import { useChannel, useChannelMutation, useInvalidate } from '../api/use-channel'

const statusColors: Record<AssignmentStatus, string> = {
  proposed: 'gold',
  notified: 'blue',
  active: 'green',
  completed: 'default',
  declined: 'red',
  recused: 'red'
}

type Step = 'notify' | 'activate' | 'complete'
const nextStep: Partial<Record<AssignmentStatus, Step>> = { proposed: 'notify', notified: 'activate', active: 'complete' }

/** A case's investigators: designate or draw, follow each assignment through its lifecycle, print the notice. */
export function AssignmentsPanel(props: { courtCase: CourtCase; canAssign: boolean }) {
  const { t, i18n } = useTranslation()
  const { message } = AntApp.useApp()
  const printDocument = usePrint()
  const invalidate = useInvalidate()
  const caseId = props.courtCase.id
  const [drawing, setDrawing] = useState<{ replaces: { assignmentId: string; name: string; fieldId: string } | null } | null>(null)
  const [designating, setDesignating] = useState(false)
  const [drawShown, setDrawShown] = useState<string | null>(null)
  const [ending, setEnding] = useState<{ assignment: Assignment; as: 'decline' | 'recuse'; reason: string } | null>(null)
  const [applying, setApplying] = useState<Assignment | null>(null)
  const { user } = useCurrentUser()
  // Recusal is the presiding judge's to decide (《民事诉讼法》art. 49); the core checks it again.
  const presiding = user !== null && user.role === 'judge' && props.courtCase.judgeId === user.id
  const assignments = useChannel('assignments.list', { caseId })
  const fields = useChannel('fields.list', {})
  const refresh = () => invalidate('assignments.list')
  const replaced = new Set((assignments.data ?? []).map((a) => a.replacesAssignmentId).filter(Boolean))

  const changed = { invalidates: ['assignments.list' as const], onError: (error: Error) => void message.error(error.message) }
  const steps = {
    notify: useChannelMutation('assignments.notify', changed),
    activate: useChannelMutation('assignments.activate', changed),
    complete: useChannelMutation('assignments.complete', changed)
  } satisfies Record<Step, unknown>
  const ended = { ...changed, onSuccess: () => setEnding(null) }
  const ends = { decline: useChannelMutation('assignments.decline', ended), recuse: useChannelMutation('assignments.recuse', ended) }
  const print = () => printDocument(documentPrintRoute('assignment-notice', caseId), `技术调查官指派通知书-${props.courtCase.caseNumber}`)
  const guarded = (label: string, onClick: () => void, testId: string, primary = false) => (
    <Tooltip title={props.canAssign ? undefined : t('assignments.readOnly')}>
      <Button type={primary ? 'primary' : 'default'} disabled={!props.canAssign} onClick={onClick} data-testid={testId}>
        {label}
      </Button>
    </Tooltip>
  )
  const fieldName = (id: string) => {
    const field = fields.data?.find((f) => f.id === id)
    return field ? fieldLabel(field, i18n.language) : ''
  }

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        {guarded(t('assignments.draw'), () => setDrawing({ replaces: null }), 'open-draw', true)}
        {guarded(t('assignments.designate'), () => setDesignating(true), 'open-designate')}
        <Button onClick={() => void print()} disabled={!assignments.data?.length} data-testid="print-notice">
          {t('assignments.print')}
        </Button>
        <WordExportButton kind="assignment_notice" id={caseId} disabled={!assignments.data?.length} />
      </Space>
      <ConflictsCard caseId={caseId} canRecord={props.canAssign} />
      <Table<Assignment>
        rowKey="id"
        size="middle"
        pagination={false}
        loading={assignments.isLoading}
        dataSource={assignments.data ?? []}
        locale={{ emptyText: t('assignments.none') }}
        columns={[
          {
            title: t('assignments.expert'),
            key: 'expert',
            render: (_, a) => (
              <>
                <Typography.Text strong>{a.expertName}</Typography.Text>
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {a.expertOrganisation} · {a.expertTitle}
                </Typography.Text>
              </>
            )
          },
          { title: t('assignments.field'), key: 'field', width: 110, render: (_, a) => fieldName(a.fieldId) },
          {
            title: t('assignments.method'),
            key: 'method',
            render: (_, a) => (
              <>
                {t(`assignments.methods.${a.method}`)}
                {a.drawId && (
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {t('assignments.seed')} {a.drawSeed}
                  </Typography.Text>
                )}
                {a.drawId && (
                  <Button type="link" size="small" style={{ padding: 0 }} data-testid="open-draw-history" onClick={() => setDrawShown(a.drawId)}>
                    {t('assignments.drawHistory.open')}
                  </Button>
                )}
                {a.overrideReason && (
                  <Typography.Text type="warning" style={{ display: 'block', fontSize: 12 }}>
                    {t('assignments.override', { reason: a.overrideReason })}
                  </Typography.Text>
                )}
                {a.replacesAssignmentId && (
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {t('assignments.replaces', { name: assignments.data?.find((o) => o.id === a.replacesAssignmentId)?.expertName ?? '' })}
                  </Typography.Text>
                )}
              </>
            )
          },
          {
            title: t('assignments.status'),
            key: 'status',
            width: 190,
            render: (_, a) => (
              <>
                <Tag color={statusColors[a.status]}>{t(`assignments.statuses.${a.status}`)}</Tag>
                {a.noticeDuty !== 'not_owed' && (
                  <Typography.Text
                    type={a.noticeDuty === 'overdue' ? 'danger' : a.noticeDuty === 'due' ? 'warning' : 'secondary'}
                    style={{ display: 'block', fontSize: 12 }}
                    data-testid={`notice-duty-${a.expertName}`}
                  >
                    {a.noticeDuty === 'done' ? t('assignments.noticeDone', { date: a.notifiedOn }) : t(`assignments.noticeDuties.${a.noticeDuty}`, { date: a.noticeDueOn })}
                  </Typography.Text>
                )}
                {a.statusReason && (
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {a.statusReason}
                  </Typography.Text>
                )}
                {a.awaitingDecision && (
                  <Typography.Text type="danger" style={{ display: 'block', fontSize: 12 }}>
                    {t('assignments.recusals.awaiting')}
                  </Typography.Text>
                )}
                <RecusalMatters assignment={a} presiding={presiding} onChanged={() => void refresh()} />
              </>
            )
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 230,
            render: (_, a) => {
              const next = nextStep[a.status]
              const ended = a.status === 'declined' || a.status === 'recused'
              return (
                <Space size={0} wrap>
                  {next && (
                    <Button size="small" type="link" disabled={!props.canAssign} onClick={() => steps[next].mutate({ id: a.id, revision: a.revision })} data-testid={`${next}-${a.expertName}`}>
                      {t(`assignments.${next}`)}
                    </Button>
                  )}
                  {next && (
                    <Button size="small" type="link" danger disabled={!props.canAssign} onClick={() => setEnding({ assignment: a, as: 'decline', reason: '' })}>
                      {t('assignments.decline')}
                    </Button>
                  )}
                  {next && props.canAssign && (
                    <Button size="small" type="link" onClick={() => setApplying(a)} data-testid={`apply-recusal-${a.expertName}`}>
                      {t('assignments.recusals.apply')}
                    </Button>
                  )}
                  {next && presiding && (
                    <Button size="small" type="link" danger onClick={() => setEnding({ assignment: a, as: 'recuse', reason: '' })} data-testid={`recuse-${a.expertName}`}>
                      {t('assignments.recuse')}
                    </Button>
                  )}
                  {ended && !replaced.has(a.id) && (
                    <Button
                      size="small"
                      type="link"
                      disabled={!props.canAssign}
                      onClick={() => setDrawing({ replaces: { assignmentId: a.id, name: a.expertName, fieldId: a.fieldId } })}
                    >
                      {t('assignments.replace')}
                    </Button>
                  )}
                </Space>
              )
            }
          }
        ]}
      />
      {drawShown && <DrawHistoryModal drawId={drawShown} onClose={() => setDrawShown(null)} />}
      {drawing && (
        <DrawModal
          caseId={caseId}
          replaces={drawing.replaces}
          onClose={(drawn) => {
            setDrawing(null)
            if (drawn) void refresh()
          }}
        />
      )}
      {applying && (
        <ApplyRecusalModal assignment={applying} onSaved={() => void refresh()} onClose={() => setApplying(null)} />
      )}
      {designating && (
        <DesignateModal
          caseId={caseId}
          onClose={(saved) => {
            setDesignating(false)
            if (saved) void refresh()
          }}
        />
      )}
      <Modal
        open={ending !== null}
        title={ending && t(ending.as === 'decline' ? 'assignments.declineTitle' : 'assignments.recuseTitle', { name: ending.assignment.expertName })}
        okButtonProps={{ disabled: !ending?.reason.trim(), loading: ends.decline.isPending || ends.recuse.isPending }}
        onOk={() => ending && ends[ending.as].mutate({ id: ending.assignment.id, revision: ending.assignment.revision, reason: ending.reason })}
        onCancel={() => setEnding(null)}
      >
        <Typography.Text>{t('assignments.reason')}</Typography.Text>
        <Input.TextArea
          rows={3}
          value={ending?.reason}
          placeholder={t('assignments.reasonRequired')}
          onChange={(e) => setEnding((s) => s && { ...s, reason: e.target.value })}
        />
      </Modal>
    </Space>
  )
}
