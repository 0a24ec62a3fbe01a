import { Alert, App as AntApp, Button, Card, Form, Input, Select, Typography } from 'antd'
import { useQueryClient } from '@tanstack/react-query'
import { Controller } from 'react-hook-form'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { courtSettingsInput, sealPositions, type CourtSettingsInput } from '../../electron/shared/court'
import { api } from '../api/api'
import { FormField } from '../forms/FormField'
import { useContractForm } from '../forms/use-contract-form'
import { FormMessage } from '../forms/FormMessage'
import { useCurrentUser } from '../session/CurrentUser'
import { channelKey, useChannel } from '../api/use-channel'

const textFields = ['fullName', 'shortName', 'tribunal', 'address', 'phone'] as const

/** 法院信息: the court's name, tribunal, address, phone and seal position, for every print and export. */
export function CourtSettingsCard() {
  const { t } = useTranslation()
  const { may } = useCurrentUser()
  const { message } = AntApp.useApp()
  const queryClient = useQueryClient()
  const settings = useChannel('court.get', {})
  const canEdit = may('editReferenceData')
  const { control, reset, formState, submit, formError } = useContractForm<CourtSettingsInput>({
    schema: courtSettingsInput,
    onSubmit: async (values) => {
      const reply = await api.court.update(values)
      if (!reply.ok) return reply.error
      queryClient.setQueryData(channelKey('court.get', {}), reply.value)
      void message.success(t('common.saved'))
      return null
    }
  })
  // A refetch (window focus, another tab's save) must not wipe what the administrator is typing.
  useEffect(() => {
    if (settings.data) reset(settings.data, { keepDirtyValues: true })
  }, [settings.data, reset])

  const errors = formState.errors
  return (
    <Card title={t('court.title')} data-testid="court-settings">
      <Typography.Paragraph type="secondary">{t('court.hint')}</Typography.Paragraph>
      {settings.data?.revision === null && <Alert type="warning" showIcon message={t('court.unset')} style={{ marginBottom: 12 }} />}
      <FormMessage error={formError} />
      <Form layout="vertical" component={false} disabled={!canEdit}>
        {textFields.map((name) => (
          <FormField key={name} id={`court-${name}`} label={t(`court.${name}`)} error={errors[name]} required={name === 'fullName' || name === 'shortName'}>
            <Controller control={control} name={name} render={({ field: f }) => <Input id={`court-${name}`} {...f} value={f.value ?? ''} />} />
          </FormField>
        ))}
        <FormField id="court-sealPosition" label={t('court.sealPosition')} error={errors.sealPosition}>
          <Controller
            control={control}
            name="sealPosition"
            render={({ field: f }) => (
              <Select id="court-sealPosition" value={f.value} onChange={f.onChange} options={sealPositions.map((p) => ({ value: p, label: t(`court.sealPositions.${p}`) }))} />
            )}
          />
        </FormField>
        {canEdit && (
          <Button type="primary" onClick={() => void submit()} loading={formState.isSubmitting} data-testid="court-save">
            {t('court.save')}
          </Button>
        )}
      </Form>
    </Card>
  )
}
