import { Button, Card, Space, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { passwordChangeInput, passwordInput, setupInput, signInInput } from '../../electron/shared/users'
import { api } from '../api/api'
import { useCurrentUser } from './CurrentUser'
import { SessionForm } from './SessionForm'

/** The first run: no account has a password yet, so the administrator is named here. */
export function FirstRunSetup() {
  const { t } = useTranslation()
  const schema = setupInput
    .extend({ passwordAgain: z.string() })
    .refine((v) => v.password === v.passwordAgain, { message: t('session.passwordsDiffer'), path: ['passwordAgain'] })
  return (
    <SessionForm
      testId="setup"
      title={t('session.setupTitle')}
      hint={t('session.setupHint')}
      schema={schema}
      defaults={{ displayName: '', username: 'admin', password: '', passwordAgain: '' }}
      fields={[
        { name: 'displayName', label: t('session.displayName'), autoComplete: 'name' },
        { name: 'username', label: t('session.username'), autoComplete: 'username' },
        { name: 'password', label: t('session.password'), secret: true, autoComplete: 'new-password' },
        { name: 'passwordAgain', label: t('session.passwordAgain'), secret: true, autoComplete: 'new-password' }
      ]}
      submitLabel={t('session.setup')}
      send={({ displayName, username, password }) => api.session.setup({ displayName, username, password })}
    />
  )
}

export function SignIn() {
  const { t } = useTranslation()
  return (
    <SessionForm
      testId="login"
      title={t('session.signInTitle')}
      hint={t('session.signInHint')}
      schema={signInInput.omit({ role: true })}
      defaults={{ username: '', password: '' }}
      fields={[
        { name: 'username', label: t('session.username'), autoComplete: 'username' },
        { name: 'password', label: t('session.password'), secret: true, autoComplete: 'current-password' }
      ]}
      submitLabel={t('session.signIn')}
      send={(values) => api.session.signIn(values)}
    />
  )
}

/** After an administrator's reset (or a first password): nothing else until the user chooses their own. */
export function ForcedPasswordChange() {
  const { t } = useTranslation()
  const { signOut } = useCurrentUser()
  return (
    <SessionForm
      testId="change-password"
      title={t('session.changeTitle')}
      hint={t('session.changeHint')}
      schema={passwordChangeInput}
      defaults={{ currentPassword: '', newPassword: '' }}
      fields={[
        { name: 'currentPassword', label: t('session.currentPassword'), secret: true, autoComplete: 'current-password' },
        { name: 'newPassword', label: t('session.newPassword'), secret: true, autoComplete: 'new-password' }
      ]}
      submitLabel={t('session.change')}
      send={(values) => api.session.changePassword(values)}
      extra={
        <Button type="link" block onClick={() => void signOut()}>
          {t('session.signOut')}
        </Button>
      }
    />
  )
}

/** The lock screen: only the same user's password opens the session again. */
export function LockScreen() {
  const { t } = useTranslation()
  const { user, signOut } = useCurrentUser()
  return (
    <SessionForm
      testId="unlock"
      title={t('session.lockedTitle')}
      hint={t('session.lockedHint', { name: user?.displayName, username: user?.username })}
      schema={passwordInput}
      defaults={{ password: '' }}
      fields={[{ name: 'password', label: t('session.password'), secret: true, autoComplete: 'current-password' }]}
      submitLabel={t('session.unlock')}
      send={(values) => api.session.unlock(values)}
      extra={
        <Button type="link" block data-testid="unlock-sign-out" onClick={() => void signOut()}>
          {t('session.signOut')}
        </Button>
      }
    />
  )
}

/** A user of several roles works in one per session, chosen here right after signing in. */
export function RoleChoice() {
  const { t } = useTranslation()
  const { user, chooseRole } = useCurrentUser()
  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: 48 }}>
      <Card title={t('session.chooseRoleTitle')} style={{ width: 460 }} data-testid="choose-role">
        <Typography.Paragraph type="secondary">{t('session.chooseRoleHint')}</Typography.Paragraph>
        <Space direction="vertical" style={{ width: '100%' }}>
          {(user?.roles ?? []).map((role) => (
            <Button key={role} block data-testid={`choose-role-${role}`} onClick={() => void chooseRole(role)}>
              {t(`roles.${role}`)}
            </Button>
          ))}
        </Space>
      </Card>
    </div>
  )
}
