import { App as AntApp, Button, Card, Checkbox, Form, Input, InputNumber, Typography } from 'antd'
import { useQueryClient } from '@tanstack/react-query'
import { Controller } from 'react-hook-form'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { backupIntervalBounds, backupKeepBounds, backupScheduleInput, type BackupScheduleInput } from '../../electron/shared/backups'
import { api } from '../api/api'
import { FormField } from '../forms/FormField'
import { useContractForm } from '../forms/use-contract-form'
import { FormMessage } from '../forms/FormMessage'
import { channelKey, useChannel, useInvalidate } from '../api/use-channel'

/** 定时备份: the administrator's schedule (interval, folder, how many to keep). The core checks it again. */
export function BackupScheduleCard() {
  const { t } = useTranslation()
  const { message } = AntApp.useApp()
  const queryClient = useQueryClient()
  const invalidate = useInvalidate()
  const schedule = useChannel('backups.schedule', {})
  const { control, reset, formState, submit, formError } = useContractForm<BackupScheduleInput>({
    schema: backupScheduleInput,
    onSubmit: async (values) => {
      const reply = await api.backups.setSchedule(values)
      if (!reply.ok) return reply.error
      queryClient.setQueryData(channelKey('backups.schedule', {}), reply.value)
      void invalidate('backups.status')
      void message.success(reply.value.enabled ? t('backups.savedDue') : t('common.saved'))
      return null
    }
  })
  useEffect(() => {
    if (schedule.data) reset(schedule.data)
  }, [schedule.data, reset])

  const errors = formState.errors
  const number = (name: 'intervalHours' | 'keep', bounds: { min: number; max: number }) => (
    <FormField id={`backup-${name}`} label={t(`backups.${name}`)} error={errors[name]} required>
      <Controller
        control={control}
        name={name}
        render={({ field: f }) => (
          <InputNumber id={`backup-${name}`} min={bounds.min} max={bounds.max} precision={0} value={f.value} onChange={(v) => f.onChange(typeof v === 'number' ? v : undefined)} />
        )}
      />
    </FormField>
  )
  return (
    <Card title={t('backups.title')} data-testid="backup-schedule">
      <Typography.Paragraph type="secondary">{t('backups.hint')}</Typography.Paragraph>
      <FormMessage error={formError} />
      <Form layout="vertical" component={false}>
        <Controller
          control={control}
          name="enabled"
          render={({ field: f }) => (
            <Form.Item>
              <Checkbox id="backup-enabled" checked={f.value} onChange={(e) => f.onChange(e.target.checked)}>
                {t('backups.enabled')}
              </Checkbox>
            </Form.Item>
          )}
        />
        <FormField id="backup-folder" label={t('backups.folder')} error={errors.folder}>
          <Controller
            control={control}
            name="folder"
            render={({ field: f }) => <Input id="backup-folder" placeholder={t('backups.folderPlaceholder')} {...f} value={f.value ?? ''} />}
          />
        </FormField>
        {number('intervalHours', backupIntervalBounds)}
        {number('keep', backupKeepBounds)}
        <Button type="primary" onClick={() => void submit()} loading={formState.isSubmitting} data-testid="backup-save">
          {t('backups.save')}
        </Button>
      </Form>
    </Card>
  )
}
