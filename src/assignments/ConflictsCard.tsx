import { App as AntApp, Button, List, Select, Space, Tag, Typography } from 'antd'
import { useState } from 'react'
import { Controller } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { conflictGrounds, conflictInput, type ConflictGround } from '../../electron/shared/assignments'
import { api } from '../api/api'
import { useChannel, useInvalidate } from '../api/use-channel'
import { ExpertPicker } from '../experts/ExpertPicker'
import { FormField } from '../forms/FormField'
import { FormModal } from '../forms/FormModal'
import { TextField } from '../forms/fields'

/** The declaration's fields, checked by the contract's own rules (core checks them again). */
const conflictFields = conflictInput.omit({ caseId: true })

/**
 * The personal-conflict screen: the clerk records an expert's own
 * declaration of an interest in one case, or of another relationship with a
 * party (《民事诉讼法》art. 47(1)(ii)–(iii)); the screening then excludes the
 * expert from this case with that ground.
 */
export function ConflictsCard(props: { caseId: string; canRecord: boolean }) {
  const { t } = useTranslation()
  const { message } = AntApp.useApp()
  const invalidate = useInvalidate()
  const [open, setOpen] = useState(false)
  const conflicts = useChannel('assignments.conflicts', { caseId: props.caseId })
  return (
    <div data-testid="conflicts-card">
      <Space>
        <Typography.Text strong>{t('assignments.conflicts', { count: conflicts.data?.length ?? 0 })}</Typography.Text>
        <Button size="small" disabled={!props.canRecord} onClick={() => setOpen(true)} data-testid="open-mark-conflict">
          {t('assignments.markConflict')}
        </Button>
      </Space>
      <List
        size="small"
        dataSource={conflicts.data ?? []}
        renderItem={(c) => (
          <List.Item data-testid={`conflict-${c.expertName}`}>
            <Tag color="red">{t(`assignments.codes.${c.ground}`)}</Tag>
            {c.expertName}：{c.reason}
          </List.Item>
        )}
      />
      {open && (
        <FormModal
          title={t('assignments.markConflict')}
          testId="mark-conflict"
          schema={conflictFields}
          initial={{ expertId: '', ground: 'interest' as ConflictGround, reason: '' }}
          onClose={() => setOpen(false)}
          onSubmit={async (values) => {
            const reply = await api.assignments.markConflict({ caseId: props.caseId, ...values })
            if (!reply.ok) return reply.error
            void invalidate('assignments.conflicts', 'assignments.screen')
            void message.success(t('assignments.conflictMarked', { name: reply.value.expertName }))
            return null
          }}
        >
          {(control, errors) => (
            <>
              <Typography.Paragraph type="secondary">{t('assignments.conflictHint')}</Typography.Paragraph>
              <FormField id="conflict-expert" label={t('assignments.expert')} error={errors.expertId} required>
                <Controller
                  control={control}
                  name="expertId"
                  render={({ field }) => <ExpertPicker id="conflict-expert" value={field.value || null} onChange={(expertId) => field.onChange(expertId ?? '')} />}
                />
              </FormField>
              <FormField id="conflict-ground" label={t('assignments.conflictGround')} error={errors.ground} required>
                <Controller
                  control={control}
                  name="ground"
                  render={({ field }) => (
                    <Select
                      id="conflict-ground"
                      value={field.value}
                      onChange={field.onChange}
                      options={conflictGrounds.map((g) => ({ value: g, label: `${t(`assignments.codes.${g}`)}（${t(`assignments.bases.${g}`)}）` }))}
                    />
                  )}
                />
              </FormField>
              <TextField control={control} name="reason" id="conflict-reason" label={t('assignments.conflictReason')} error={errors.reason} required rows={3} />
            </>
          )}
        </FormModal>
      )}
    </div>
  )
}
