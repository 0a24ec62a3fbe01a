import { App as AntApp, Button, Card, Form, Input, Modal, Select, Table, Tag } from 'antd'
import { ReasonDialog } from '../forms/ReasonDialog'
import { Controller } from 'react-hook-form'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { userCreateInput, type User, type UserCreateInput } from '../../electron/shared/users'
import { roles } from '../../electron/shared/roles'
import { api } from '../api/api'
import { FormField } from '../forms/FormField'
import { useContractForm } from '../forms/use-contract-form'
import { FormMessage } from '../forms/FormMessage'
import { useCurrentUser } from '../session/CurrentUser'
import { useChannel, useInvalidate } from '../api/use-channel'
import { ExpertPicker } from '../experts/ExpertPicker'

/** The people of the picker and their roles; an administrator adds them. */
export function UsersCard() {
  const { t } = useTranslation()
  const { may } = useCurrentUser()
  const invalidate = useInvalidate()
  const users = useChannel('users.list', {})
  const [adding, setAdding] = useState(false)
  const { message } = AntApp.useApp()
  // An investigator account signs opinions as the expert of the pool it is linked to.
  // A link already set is changed only with a reason (audited); the user confirms every link with their own password.
  const [relink, setRelink] = useState<{ user: User; expertId: string | null } | null>(null)
  const send = async (user: User, expertId: string | null, reason: string) => {
    const reply = await api.users.linkExpert({ userId: user.id, expertId, reason })
    if (!reply.ok) return reply.error
    void message.success(t('opinions.linked'))
    void invalidate('users.list')
    return null
  }
  const link = async (user: User, expertId: string | null) => {
    if (user.expertId !== null) return setRelink({ user, expertId })
    const error = await send(user, expertId, '')
    if (error) void message.error(error.message)
  }
  return (
    <Card title={t('users.title')} extra={may('manageUsers') && <Button onClick={() => setAdding(true)}>{t('users.add')}</Button>}>
      <Table<User>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={users.data ?? []}
        columns={[
          { title: t('users.displayName'), dataIndex: 'displayName' },
          { title: t('users.username'), dataIndex: 'username' },
          {
            title: t('users.role'),
            dataIndex: 'roles',
            render: (list: User['roles']) => list.map((r) => <Tag key={r} color="blue">{t(`roles.${r}`)}</Tag>)
          },
          {
            title: t('opinions.linkedExpert'),
            key: 'expert',
            render: (_, user) =>
              !user.roles.includes('investigator') ? null : may('manageUsers') ? (
                <ExpertPicker aria-label={t('opinions.linkExpert')} style={{ width: 220 }} allowClear value={user.expertId} onChange={(expertId) => void link(user, expertId)} />
              ) : (
                (user.expertId && <Tag color="green">{t('opinions.linked')}</Tag>) || '—'
              )
          },
          {
            title: t('signing.link.state'),
            key: 'expertConfirmed',
            render: (_, user) => user.expertId !== null && <Tag color={user.expertLinkConfirmed ? 'green' : 'orange'}>{t(user.expertLinkConfirmed ? 'signing.link.confirmed' : 'signing.link.unconfirmed')}</Tag>
          }
        ]}
      />
      {relink && (
        <ReasonDialog
          title={t('signing.link.changeTitle')}
          testId="relink-form"
          required
          onClose={() => setRelink(null)}
          onSubmit={(reason) => send(relink.user, relink.expertId, reason)}
        />
      )}
      {adding && (
        <UserDialog
          onClose={(saved) => {
            setAdding(false)
            if (saved) void invalidate('users.list')
          }}
        />
      )}
    </Card>
  )
}

function UserDialog({ onClose }: { onClose: (saved: boolean) => void }) {
  const { t } = useTranslation()
  const { message } = AntApp.useApp()
  const { control, formState, submit, formError } = useContractForm<UserCreateInput>({
    schema: userCreateInput,
    defaultValues: { username: '', displayName: '', role: 'investigator', extraRoles: [], password: '' },
    onSubmit: async (values) => {
      const reply = await api.users.create(values)
      if (!reply.ok) return reply.error
      void message.success(t('users.created', { name: reply.value.displayName }))
      return null
    },
    onSaved: () => onClose(true)
  })
  const errors = formState.errors
  return (
    <Modal open title={t('users.add')} onOk={() => void submit()} onCancel={() => onClose(false)} confirmLoading={formState.isSubmitting}>
      <Form layout="vertical" component={false}>
        <FormMessage error={formError} />
        {(['displayName', 'username'] as const).map((name) => (
          <FormField key={name} id={`user-${name}`} label={t(`users.${name}`)} error={errors[name]} required>
            <Controller control={control} name={name} render={({ field }) => <Input id={`user-${name}`} {...field} />} />
          </FormField>
        ))}
        <FormField id="user-role" label={t('users.role')} error={errors.role} required>
          <Controller
            control={control}
            name="role"
            render={({ field }) => <Select id="user-role" {...field} options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />}
          />
        </FormField>
        <FormField id="user-extraRoles" label={t('users.extraRoles')} error={errors.extraRoles as never}>
          <Controller
            control={control}
            name="extraRoles"
            render={({ field }) => <Select id="user-extraRoles" mode="multiple" {...field} options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />}
          />
        </FormField>
        <FormField id="user-password" label={t('users.firstPassword')} error={errors.password} required>
          <Controller control={control} name="password" render={({ field }) => <Input.Password id="user-password" autoComplete="new-password" {...field} />} />
        </FormField>
      </Form>
    </Modal>
  )
}
