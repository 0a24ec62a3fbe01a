import { useState, type ReactNode } from 'react'
import { Alert, Input, Modal, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { AppErrorShape } from '../../electron/shared/errors'

/** What a signing call reports: the core's error, or null when signed. */
type Attempt = (password: string) => Promise<AppErrorShape | null>

interface Request {
  title: string
  attempt: Attempt
  done: (outcome: AppErrorShape | null) => void
}

/**
 * The password asked again at every signature (an opinion, a custody
 * handover, an order issued or accepted, a draw confirmed): the core checks
 * it and unlocks the signer's own key for that one call. A wrong password
 * keeps the dialog open with the core's word; any other outcome closes it
 * and goes back to the form that asked.
 */
function SigningPasswordDialog(props: Request) {
  const { t } = useTranslation()
  const [password, setPassword] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const submit = async () => {
    if (password === '') return setError(t('signing.passwordRequired'))
    setBusy(true)
    const outcome = await props.attempt(password)
    setBusy(false)
    if (outcome?.fieldErrors?.password) return setError(outcome.fieldErrors.password)
    props.done(outcome)
  }
  const cancel = () => props.done({ code: 'invalid_input', reason: 'input_problem', params: { problem: t('signing.cancelled') }, message: t('signing.cancelled') })
  return (
    <Modal open title={props.title} okText={t('signing.sign')} cancelText={t('signing.cancel')} confirmLoading={busy} onOk={() => void submit()} onCancel={cancel} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('signing.hint')}</Typography.Paragraph>
      <Input.Password
        aria-label={t('signing.password')}
        data-testid="signing-password"
        autoComplete="current-password"
        autoFocus
        value={password}
        status={error ? 'error' : undefined}
        onChange={(e) => {
          setPassword(e.target.value)
          setError(null)
        }}
        onPressEnter={() => void submit()}
      />
      {error && <Alert type="error" role="alert" message={error} style={{ marginTop: 12 }} />}
    </Modal>
  )
}

/**
 * The password prompt of a page's signing buttons. `sign(title, attempt)`
 * opens it and resolves with the core's error or null once signed (a
 * cancelled prompt resolves with an error saying nothing was signed), so a
 * form that asked can show the error on its fields; `dialog` is rendered
 * once by the page.
 */
export function useSigningPassword(): { sign: (title: string, attempt: Attempt) => Promise<AppErrorShape | null>; dialog: ReactNode } {
  const [request, setRequest] = useState<Request | null>(null)
  return {
    sign: (title, attempt) =>
      new Promise((resolve) =>
        setRequest({
          title,
          attempt,
          done: (outcome) => {
            setRequest(null)
            resolve(outcome)
          }
        })
      ),
    dialog: request && <SigningPasswordDialog {...request} />
  }
}
