import { useTranslation } from 'react-i18next'
import { formatShanghai } from '../../electron/shared/shanghai-time'
import type { SignaturePurpose, SignatureView } from '../../electron/shared/signatures'
import { useChannel } from '../api/use-channel'

/** The strings' key of each purpose (i18n keys take no dot within a name). */
const purposeKeys = {
  'opinion.sign': 'signing.purposes.opinion_sign',
  'custody.handover': 'signing.purposes.custody_handover',
  'order.issue': 'signing.purposes.order_issue',
  'order.accept': 'signing.purposes.order_accept',
  'draw.confirm': 'signing.purposes.draw_confirm'
} as const satisfies Record<SignaturePurpose, string>

/**
 * The personal signatures of the records a print shows (issue 11), read once
 * the print's own data is there; `settled` tells the print it may be marked
 * ready.
 */
export function usePersonalSignatures(subjectIds: readonly string[], enabled: boolean): { signatures: SignatureView[]; settled: boolean } {
  const query = useChannel('signatures.list', { subjectIds: [...subjectIds] }, { enabled: enabled && subjectIds.length > 0 })
  return { signatures: query.data ?? [], settled: enabled && (subjectIds.length === 0 || query.isSuccess || query.isError) }
}

/**
 * Each signature as the page prints it: what was signed, the signer with
 * their username (and, signing as an expert, the expert's organisation, so
 * an account merely named like someone is never mistaken for them), the
 * time in Asia/Shanghai and the key's fingerprint.
 */
export function PersonalSignatures(props: { signatures: SignatureView[] }) {
  const { t } = useTranslation()
  if (props.signatures.length === 0) return null
  return (
    <div data-testid="personal-signatures" style={{ marginTop: '4mm', textAlign: 'left', fontSize: '9.5pt', lineHeight: 1.6, breakInside: 'avoid' }}>
      <div style={{ fontWeight: 600 }}>{t('signing.print.title')}</div>
      {props.signatures.map((s) => (
        <div key={s.id} data-testid="personal-signature">
          {t('signing.print.line', {
            purpose: t(purposeKeys[s.purpose]),
            signer:
              s.expertName !== null
                ? t('signing.print.asExpert', { name: s.expertName, organisation: s.organisation ?? '', username: s.username })
                : t('signing.print.asUser', { name: s.displayName, username: s.username }),
            at: formatShanghai(s.signedAt),
            fingerprint: s.keyFingerprint
          })}
        </div>
      ))}
      <div style={{ color: '#666' }}>{t('signing.print.note')}</div>
    </div>
  )
}
