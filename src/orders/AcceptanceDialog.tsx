import { Alert, Button, Input, InputNumber, Select, Space, Typography } from 'antd'
import { Controller, useFieldArray, type Control, type FieldErrors } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { type RestorationOrder } from '../../electron/shared/orders'
import { acceptanceInput, acceptanceMemberRoles } from '../../electron/shared/acceptance'
import type { AppErrorShape } from '../../electron/shared/errors'
import { shanghaiToday } from '../../electron/shared/shanghai-time'
import { api } from '../api/api'
import { FormField } from '../forms/FormField'
import { FormModal } from '../forms/FormModal'
import { blockerText } from './acceptance-blocker'
import { DayField, TextField } from '../forms/fields'
import { EvidenceUpload } from '../forms/EvidenceUpload'
import { useSigningPassword } from '../session/SigningPassword'

const acceptanceForm = acceptanceInput.omit({ orderId: true, revision: true })
type AcceptanceForm = z.input<typeof acceptanceForm>

/** Acceptance by the joint team: each member, the verdict, the survival rate where the order fixes a threshold, and the report. */
export function AcceptanceDialog(props: { order: RestorationOrder; onClose: () => void; run: (reply: ReturnType<typeof api.orders.accept>) => Promise<AppErrorShape | null> }) {
  const { t } = useTranslation()
  const { order: o } = props
  const signing = useSigningPassword()
  const initial: AcceptanceForm = {
    acceptingBody: o.supervisingAgencies[0] ?? '',
    acceptedOn: shanghaiToday(),
    result: 'passed',
    members: [{ role: 'court', name: '', organisation: '' }],
    survivalRatePct: null,
    notes: '',
    reportSha256: ''
  }
  return (
    <>
    {signing.dialog}
    <FormModal
      title={t('orders.accept')}
      testId="accept-form"
      schema={acceptanceForm}
      initial={initial}
      onClose={props.onClose}
      onSubmit={(v) => signing.sign(t('signing.titles.accept'), (password) => props.run(api.orders.accept({ orderId: o.id, revision: o.revision, ...v, password })))}
    >
      {(control, errors) => (
        <>
          {o.acceptanceBlockers.length > 0 && <Alert type="warning" showIcon message={t('orders.blockers')} description={o.acceptanceBlockers.map((b) => blockerText(b, t)).join(t('common.itemSeparator'))} style={{ marginBottom: 12 }} />}
          <TextField control={control} name="acceptingBody" id="accept-acceptingBody" label={t('orders.acceptingBody')} error={errors.acceptingBody} required />
          <DayField control={control} name="acceptedOn" id="accept-acceptedOn" label={t('orders.acceptedOn')} error={errors.acceptedOn} required />
          <Members control={control} errors={errors} />
          <FormField id="accept-result" label={t('orders.result')} error={errors.result} required>
            <Controller
              control={control}
              name="result"
              render={({ field }) => (
                <Select id="accept-result" style={{ width: 160 }} options={(['passed', 'failed'] as const).map((r) => ({ value: r, label: t(`orders.results.${r}`) }))} {...field} />
              )}
            />
          </FormField>
          {o.upkeep?.survivalThresholdPct != null && (
            <FormField id="accept-survivalRate" label={t('orders.rules.survivalRate')} error={errors.survivalRatePct} required>
              <Controller
                control={control}
                name="survivalRatePct"
                render={({ field }) => <InputNumber id="accept-survivalRate" min={0} max={100} value={field.value} onChange={(v) => field.onChange(v ?? null)} />}
              />
            </FormField>
          )}
          <FormField id="accept-report" label={t('orders.report')} error={errors.reportSha256} required>
            <Controller
              control={control}
              name="reportSha256"
              render={({ field }) => <EvidenceUpload id="accept-report" single value={field.value ? [field.value] : []} onChange={(h) => field.onChange(h[0] ?? '')} />}
            />
          </FormField>
          <TextField control={control} name="notes" id="accept-notes" label={t('orders.notes')} error={errors.notes} rows={2} />
        </>
      )}
    </FormModal>
    </>
  )
}

/** The joint team, one row a member: which side, name and organisation. */
function Members({ control, errors }: { control: Control<AcceptanceForm>; errors: FieldErrors<AcceptanceForm> }) {
  const { t } = useTranslation()
  const members = useFieldArray({ control, name: 'members' })
  return (
    <div data-testid="accept-members">
      <Typography.Text strong>{t('orders.rules.members')}</Typography.Text>
      {errors.members?.message && (
        <Typography.Paragraph type="danger" data-testid="members-error">
          {errors.members.message}
        </Typography.Paragraph>
      )}
      {members.fields.map((row, index) => (
        <Space key={row.id} align="start" wrap>
          <FormField id={`member-${index}-role`} label={t('orders.rules.memberRole')} error={errors.members?.[index]?.role}>
            <Controller
              control={control}
              name={`members.${index}.role`}
              render={({ field }) => (
                <Select
                  id={`member-${index}-role`}
                  style={{ width: 140 }}
                  options={acceptanceMemberRoles.map((role) => ({ value: role, label: t(`orders.rules.memberRoles.${role}`) }))}
                  {...field}
                />
              )}
            />
          </FormField>
          <FormField id={`member-${index}-name`} label={t('orders.rules.memberName')} error={errors.members?.[index]?.name}>
            <Controller control={control} name={`members.${index}.name`} render={({ field }) => <Input id={`member-${index}-name`} style={{ width: 120 }} {...field} />} />
          </FormField>
          <FormField id={`member-${index}-organisation`} label={t('orders.rules.memberOrganisation')} error={errors.members?.[index]?.organisation}>
            <Controller control={control} name={`members.${index}.organisation`} render={({ field }) => <Input id={`member-${index}-organisation`} style={{ width: 200 }} {...field} />} />
          </FormField>
          <Button style={{ marginTop: 30 }} onClick={() => members.remove(index)}>
            {t('orders.remove')}
          </Button>
        </Space>
      ))}
      <div style={{ marginBottom: 16 }}>
        <Button onClick={() => members.append({ role: 'authority', name: '', organisation: '' })} data-testid="add-member">
          {t('orders.rules.addMember')}
        </Button>
      </div>
    </div>
  )
}
