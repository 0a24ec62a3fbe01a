import { Button, Input, Select, Space, Typography } from 'antd'
import { Controller, useFieldArray, useWatch, type Control, type FieldErrors } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { participantRoles, representativeRoles, type CaseInput } from '../../electron/shared/cases'
import { FormField } from '../forms/FormField'

/**
 * The case's other participants, whom recusal checks against: the agents
 * and defenders of the parties (an expert who is their near relative may not
 * serve), and the witnesses, appraisers and translators (who may not serve
 * as investigator in the case) — 《民事诉讼法》art. 47, 《刑事诉讼法》art. 29.
 */
export function ParticipantsFields(props: { control: Control<CaseInput>; errors: FieldErrors<CaseInput> }) {
  const { t } = useTranslation()
  const participants = useFieldArray({ control: props.control, name: 'participants' })
  const parties = useWatch({ control: props.control, name: 'parties' })
  const rows = useWatch({ control: props.control, name: 'participants' }) ?? []
  return (
    <>
      <Typography.Title level={5}>{t('cases.participants')}</Typography.Title>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('cases.participantHint')}
      </Typography.Paragraph>
      {participants.fields.map((row, index) => {
        const errors = props.errors.participants?.[index]
        const acts = representativeRoles.includes(rows[index]?.role ?? 'witness')
        return (
          <Space key={row.id} align="start" wrap>
            <FormField id={`participant-${index}-role`} label={t('cases.participantRole')} error={errors?.role} required>
              <Controller
                control={props.control}
                name={`participants.${index}.role`}
                render={({ field }) => (
                  <Select
                    id={`participant-${index}-role`}
                    style={{ width: 130 }}
                    value={field.value}
                    onChange={field.onChange}
                    options={participantRoles.map((r) => ({ value: r, label: t(`cases.participantRoles.${r}`) }))}
                  />
                )}
              />
            </FormField>
            <FormField id={`participant-${index}-name`} label={t('cases.partyName')} error={errors?.name} required>
              <Controller control={props.control} name={`participants.${index}.name`} render={({ field }) => <Input id={`participant-${index}-name`} {...field} />} />
            </FormField>
            <FormField id={`participant-${index}-organisation`} label={t('cases.partyOrganisation')} error={errors?.organisation}>
              <Controller
                control={props.control}
                name={`participants.${index}.organisation`}
                render={({ field }) => <Input id={`participant-${index}-organisation`} {...field} value={field.value ?? ''} />}
              />
            </FormField>
            <FormField id={`participant-${index}-party`} label={t('cases.participantParty')} error={errors?.partyPosition}>
              <Controller
                control={props.control}
                name={`participants.${index}.partyPosition`}
                render={({ field }) => (
                  <Select
                    id={`participant-${index}-party`}
                    style={{ width: 180 }}
                    allowClear
                    disabled={!acts}
                    value={acts ? field.value : null}
                    onChange={(v) => field.onChange(v ?? null)}
                    options={parties.map((p, i) => ({ value: i, label: p.name || `#${i + 1}` }))}
                  />
                )}
              />
            </FormField>
            <Button style={{ marginTop: 30 }} onClick={() => participants.remove(index)}>
              {t('cases.remove')}
            </Button>
          </Space>
        )
      })}
      <div style={{ marginBottom: 16 }}>
        <Button onClick={() => participants.append({ role: 'agent', name: '', organisation: '', partyPosition: 0 })} data-testid="add-participant">
          {t('cases.addParticipant')}
        </Button>
      </div>
    </>
  )
}
