import { App as AntApp, Button, Card, Form, Input, InputNumber, Modal, Switch, Table, Tag } from 'antd'
import { Controller } from 'react-hook-form'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { fieldInput, type Field, type FieldInput } from '../../electron/shared/fields'
import { api } from '../api/api'
import { FormField } from '../forms/FormField'
import { useContractForm } from '../forms/use-contract-form'
import { FormMessage } from '../forms/FormMessage'
import { useCurrentUser } from '../session/CurrentUser'
import { useChannel, useInvalidate } from '../api/use-channel'

/** The 11 ecological fields, editable by an administrator. */
export function FieldsCard() {
  const { t } = useTranslation()
  const { may } = useCurrentUser()
  const invalidate = useInvalidate()
  const fields = useChannel('fields.list', {})
  const [editing, setEditing] = useState<Field | 'new' | null>(null)
  const canEdit = may('editReferenceData')

  return (
    <Card
      title={t('fields.title')}
      extra={
        canEdit && (
          <Button onClick={() => setEditing('new')} data-testid="add-field">
            {t('fields.add')}
          </Button>
        )
      }
    >
      <Table<Field>
        rowKey="id"
        size="small"
        pagination={false}
        loading={fields.isLoading}
        dataSource={fields.data ?? []}
        columns={[
          { title: t('fields.sortOrder'), dataIndex: 'sortOrder', width: 70 },
          { title: t('fields.code'), dataIndex: 'code', width: 130 },
          { title: t('fields.nameZh'), dataIndex: 'nameZh' },
          { title: t('fields.nameEn'), dataIndex: 'nameEn' },
          { title: t('fields.active'), dataIndex: 'active', width: 70, render: (a: boolean) => <Tag>{t(a ? 'common.yes' : 'common.no')}</Tag> },
          ...(canEdit
            ? [{ title: t('common.actions'), key: 'a', width: 80, render: (_: unknown, f: Field) => <Button type="link" size="small" onClick={() => setEditing(f)}>{t('common.edit')}</Button> }]
            : [])
        ]}
      />
      {editing && (
        <FieldDialog
          field={editing === 'new' ? null : editing}
          onClose={(saved) => {
            setEditing(null)
            if (saved) void invalidate('fields.list')
          }}
        />
      )}
    </Card>
  )
}

function FieldDialog({ field, onClose }: { field: Field | null; onClose: (saved: boolean) => void }) {
  const { t } = useTranslation()
  const { message } = AntApp.useApp()
  const { control, formState, submit, formError } = useContractForm<FieldInput>({
    schema: fieldInput,
    defaultValues: field ?? { code: '', nameZh: '', nameEn: '', sortOrder: 200, active: true },
    onSubmit: async (values) => {
      const reply = field ? await api.fields.update({ ...values, id: field.id, revision: field.revision }) : await api.fields.create(values)
      if (!reply.ok) return reply.error
      void message.success(t('common.saved'))
      return null
    },
    onSaved: () => onClose(true)
  })
  const errors = formState.errors
  return (
    <Modal open title={t(field ? 'fields.edit' : 'fields.add')} onOk={() => void submit()} onCancel={() => onClose(false)} confirmLoading={formState.isSubmitting}>
      <Form layout="vertical" component={false}>
        <FormMessage error={formError} />
        {(['code', 'nameZh', 'nameEn'] as const).map((name) => (
          <FormField key={name} id={`field-${name}`} label={t(`fields.${name}`)} error={errors[name]} required>
            <Controller control={control} name={name} render={({ field: f }) => <Input id={`field-${name}`} {...f} />} />
          </FormField>
        ))}
        <FormField id="field-sortOrder" label={t('fields.sortOrder')} error={errors.sortOrder}>
          <Controller control={control} name="sortOrder" render={({ field: f }) => <InputNumber id="field-sortOrder" min={0} max={999} value={f.value} onChange={(v) => f.onChange(v ?? 0)} />} />
        </FormField>
        <FormField id="field-active" label={t('fields.active')} error={errors.active}>
          <Controller control={control} name="active" render={({ field: f }) => <Switch id="field-active" checked={f.value} onChange={f.onChange} />} />
        </FormField>
      </Form>
    </Modal>
  )
}
