import { Alert, Button } from 'antd'
import { useTranslation } from 'react-i18next'
import { api } from '../api/api'
import { useCurrentUser } from './CurrentUser'
import { useSigningPassword } from './SigningPassword'

/**
 * For an investigator whose account an administrator linked to an expert:
 * until they confirm the link with their own password, the account is not
 * the expert (the core refuses to let it write or sign the expert's opinion).
 */
export function ExpertLinkNotice() {
  const { t } = useTranslation()
  const { user, apply } = useCurrentUser()
  const signing = useSigningPassword()
  if (!user || user.role !== 'investigator' || user.expertId === null || user.expertLinkConfirmed) return null
  const confirm = () =>
    void signing.sign(t('signing.link.title'), async (password) => {
      const reply = await api.users.confirmExpertLink({ password })
      if (!reply.ok) return reply.error
      apply(await api.session.current({}))
      return null
    })
  return (
    <>
      {signing.dialog}
      <Alert
        type="warning"
        showIcon
        data-testid="expert-link-notice"
        message={t('signing.link.message')}
        action={
          <Button size="small" type="primary" onClick={confirm} data-testid="confirm-expert-link">
            {t('signing.link.confirm')}
          </Button>
        }
      />
    </>
  )
}
