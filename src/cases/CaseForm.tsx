import { Alert, Select, Space, Typography } from 'antd'
import { Controller, useFieldArray } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { caseInput, caseStages, caseTypes, partyRoles, type CaseInput, type CourtCase } from '../../electron/shared/cases'
import type { AppErrorShape } from '../../electron/shared/errors'
import { FormField } from '../forms/FormField'
import { useContractForm } from '../forms/use-contract-form'
import { ParticipantsFields } from './ParticipantsFields'
import { shanghaiToday } from '../../electron/shared/shanghai-time'
import { useChannel } from '../api/use-channel'
import { CasePicker } from './CasePicker'
import { PageForm } from '../forms/PageForm'
import { FieldRows } from '../forms/FieldRows'
import { DayField, TextField } from '../forms/fields'

export const emptyCase: CaseInput = {
  caseNumber: '',
  type: 'criminal',
  stage: 'first_instance',
  cause: '',
  court: '',
  judgeId: null,
  clerkId: null,
  filedOn: shanghaiToday(),
  hearingOn: '',
  judgedOn: '',
  closedOn: '',
  sameMatterAs: null,
  parties: [{ name: '', role: 'defendant', organisation: '' }],
  participants: [],
  notes: ''
}

/** The form's values for an existing case. */
export function caseToInput(c: CourtCase): CaseInput {
  return {
    caseNumber: c.caseNumber,
    type: c.type,
    stage: c.stage,
    cause: c.cause,
    court: c.court,
    judgeId: c.judgeId,
    clerkId: c.clerkId,
    filedOn: c.filedOn,
    hearingOn: c.hearingOn,
    judgedOn: c.judgedOn,
    closedOn: c.closedOn,
    sameMatterAs: c.linkedCases[0]?.id ?? null,
    parties: c.parties.map(({ name, role, organisation }) => ({ name, role, organisation })),
    participants: c.participants.map(({ role, name, organisation, partyPosition }) => ({ role, name, organisation, partyPosition })),
    notes: c.notes
  }
}

/**
 * Registers or edits a case: the shared zod schema checks the case number
 * (and its agreement with type and stage) here and again in core.
 */
export function CaseForm(props: {
  initial: CaseInput
  editingId: string | null
  serverPrefix?: string
  onSubmit: (values: CaseInput) => Promise<AppErrorShape | null>
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const form = useContractForm({ schema: caseInput, defaultValues: props.initial, serverPrefix: props.serverPrefix, onSubmit: props.onSubmit })
  const {
    control,
    formState: { errors }
  } = form
  const parties = useFieldArray({ control, name: 'parties' })
  const users = useChannel('users.list', {})
  const people = (role: 'judge' | 'clerk') =>
    (users.data ?? []).filter((u) => u.roles.includes(role)).map((u) => ({ value: u.id, label: u.displayName }))

  const text = (name: 'caseNumber' | 'cause' | 'court', extra?: string) => (
    <TextField control={control} name={name} id={`case-${name}`} label={t(`cases.${name}`)} error={errors[name]} required placeholder={extra} />
  )
  const choice = <N extends 'type' | 'stage' | 'judgeId' | 'clerkId'>(
    name: N,
    label: string,
    options: { value: string; label: string }[],
    required = false
  ) => (
    <FormField id={`case-${name}`} label={label} error={errors[name]} required={required}>
      <Controller
        control={control}
        name={name}
        render={({ field }) => (
          <Select
            id={`case-${name}`}
            allowClear={!required}
            showSearch={{ optionFilterProp: 'label' }}
            style={{ minWidth: 200 }}
            options={options}
            value={field.value ?? undefined}
            onChange={(v: string | undefined) => field.onChange(v ?? null)}
          />
        )}
      />
    </FormField>
  )
  const date = (name: 'filedOn' | 'hearingOn' | 'judgedOn' | 'closedOn', required = false) => (
    <DayField key={name} control={control} name={name} id={`case-${name}`} label={t(`cases.${name}`)} error={errors[name]} required={required} />
  )

  return (
    <PageForm form={form} label={t('cases.edit')} onCancel={props.onCancel}>
      {text('caseNumber', t('cases.caseNumberHint'))}
      <Space size="large" wrap>
        {choice('type', t('cases.type'), caseTypes.map((v) => ({ value: v, label: t(`cases.types.${v}`) })), true)}
        {choice('stage', t('cases.stage'), caseStages.map((v) => ({ value: v, label: t(`cases.stages.${v}`) })), true)}
      </Space>
      {text('cause')}
      {text('court')}
      <Space size="large" wrap>
        {choice('judgeId', t('cases.judge'), people('judge'))}
        {choice('clerkId', t('cases.clerk'), people('clerk'))}
      </Space>
      <Space size="large" wrap>
        {date('filedOn', true)}
        {date('hearingOn')}
        {date('judgedOn')}
        {date('closedOn')}
      </Space>
      <FormField id="case-sameMatterAs" label={t('cases.sameMatterAs')} error={errors.sameMatterAs}>
        <Controller
          control={control}
          name="sameMatterAs"
          render={({ field }) => <CasePicker id="case-sameMatterAs" allowClear exceptId={props.editingId} style={{ minWidth: 320 }} value={field.value} onChange={field.onChange} />}
        />
      </FormField>
      <Typography.Paragraph type="secondary" style={{ marginTop: -16 }}>
        {t('cases.sameMatterHint')}
      </Typography.Paragraph>
      <Typography.Title level={5}>{t('cases.parties')}</Typography.Title>
      {errors.parties?.message && <Alert type="error" title={errors.parties.message} style={{ marginBottom: 8 }} />}
      <FieldRows
        rows={parties.fields}
        removeLabel={t('cases.remove')}
        addLabel={t('cases.addParty')}
        addTestId="add-party"
        onRemove={parties.remove}
        onAdd={() => parties.append({ name: '', role: 'third_party', organisation: '' })}
      >
        {(index) => (
          <>
            <TextField control={control} name={`parties.${index}.name`} id={`party-${index}-name`} label={t('cases.partyName')} error={errors.parties?.[index]?.name} required />
            <FormField id={`party-${index}-role`} label={t('cases.partyRole')} error={errors.parties?.[index]?.role} required>
              <Controller
                control={control}
                name={`parties.${index}.role`}
                render={({ field }) => (
                  <Select
                    id={`party-${index}-role`}
                    style={{ width: 150 }}
                    showSearch={{ optionFilterProp: 'label' }}
                    options={partyRoles.map((r) => ({ value: r, label: t(`cases.partyRoles.${r}`) }))}
                    {...field}
                  />
                )}
              />
            </FormField>
            <TextField
              control={control}
              name={`parties.${index}.organisation`}
              id={`party-${index}-organisation`}
              label={t('cases.partyOrganisation')}
              error={errors.parties?.[index]?.organisation}
            />
          </>
        )}
      </FieldRows>
      <ParticipantsFields control={control} errors={errors} />
      <TextField control={control} name="notes" id="case-notes" label={t('cases.notes')} error={errors.notes} rows={3} />
    </PageForm>
  )
}
