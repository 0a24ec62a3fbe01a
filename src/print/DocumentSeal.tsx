import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import QRCode from 'qrcode'
import type { DocumentKind, DocumentSeal } from '../../electron/shared/documents'
import { useChannel } from '../api/use-channel'

/**
 * Seals the printed document once its data has loaded (`documents.seal`:
 * the core signs the audit chain head and binds the document's data to it)
 * and draws the code as a QR code. One seal per page load: the query is
 * never refetched. `settled` tells the print page it may print.
 */
export function useDocumentSeal(kind: DocumentKind, id: string, enabled: boolean) {
  const seal = useChannel('documents.seal', { kind, id }, { enabled, staleTime: Infinity, retry: false, refetchOnWindowFocus: false })
  const [qr, setQr] = useState<string | null>(null)
  const code = seal.data?.code
  useEffect(() => {
    if (!code) return
    let live = true
    QRCode.toDataURL(code, { margin: 0, width: 160, errorCorrectionLevel: 'M' }).then((url) => live && setQr(url))
    return () => {
      live = false
    }
  }, [code])
  return { seal: seal.data ?? null, qr, error: seal.error, settled: Boolean((seal.data && qr) || seal.isError) }
}

/** The verification code, its QR code, and how a reader checks the document, in plain words. */
export function DocumentSealBlock(props: { seal: DocumentSeal | null; qr: string | null; error: Error | null }) {
  const { t } = useTranslation()
  if (props.error) return <div data-testid="document-seal-error">{t('print.documentSeal.failed', { reason: props.error.message })}</div>
  if (!props.seal || !props.qr) return null
  return (
    <div data-testid="document-seal" style={{ display: 'flex', gap: '4mm', alignItems: 'flex-start', marginTop: '2mm', breakInside: 'avoid' }}>
      <img src={props.qr} alt={props.seal.code} style={{ width: '20mm', height: '20mm' }} />
      <div style={{ flex: 1 }}>
        <div data-testid="document-code" style={{ fontFamily: 'monospace', fontSize: '10pt' }}>
          {t('print.documentSeal.code', { code: props.seal.code })}
        </div>
        <div style={{ fontSize: '8.5pt', lineHeight: 1.5 }}>{t('print.documentSeal.howToCheck')}</div>
      </div>
    </div>
  )
}
