import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { chineseDocumentDate } from '../../electron/shared/chinese-date'
import { useCourt } from './PrintPage'

/** A court seal is about 42 mm across: the room left for it to be stamped by hand. */
const sealRoom = '42mm'

/**
 * The closing lines of a court document: the court's full name and the date
 * of issue, right-aligned, with room left for the seal where the court's
 * settings put it (over the date, 骑年盖月, or right of the signature). Never
 * an image of a seal: the seal is stamped on paper.
 */
export function SignatureBlock(props: { fallbackCourt: string; day: string; extra?: ReactNode }) {
  const { t, i18n } = useTranslation()
  const { court } = useCourt(props.fallbackCourt)
  const date = i18n.language === 'en' ? props.day : chineseDocumentDate(props.day)
  const lines = (
    <div style={{ textAlign: 'right', lineHeight: 2 }}>
      <div>{court.fullName}</div>
      {props.extra}
      <div>{date}</div>
    </div>
  )
  if (court.sealPosition === 'none') return <div style={{ marginTop: '6mm', paddingRight: '6mm', breakInside: 'avoid' }}>{lines}</div>
  if (court.sealPosition === 'right_of_signature') {
    return (
      <div data-testid="seal-room" style={{ marginTop: '6mm', display: 'flex', justifyContent: 'flex-end', alignItems: 'center', gap: '4mm', breakInside: 'avoid' }}>
        {lines}
        <div style={{ width: sealRoom, height: sealRoom, display: 'flex', alignItems: 'center', justifyContent: 'center', color: '#999', fontSize: '9pt' }}>{t('print.seal')}</div>
      </div>
    )
  }
  // Over the date (骑年盖月): the seal covers the court's name and the date, so they sit in the middle of a room as tall as the seal.
  return (
    <div data-testid="seal-room" style={{ marginTop: '2mm', display: 'flex', justifyContent: 'flex-end', paddingRight: '6mm', breakInside: 'avoid' }}>
      <div style={{ minHeight: sealRoom, display: 'flex', flexDirection: 'column', justifyContent: 'center' }}>
        {lines}
        <div style={{ textAlign: 'right', color: '#888', fontSize: '9pt', lineHeight: 1.4 }}>{t('print.seal')}</div>
      </div>
    </div>
  )
}
