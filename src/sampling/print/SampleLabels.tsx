import { useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { useParams } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import QRCode from 'qrcode'
import type { Sample } from '../../../electron/shared/sampling'
import { api, unwrap } from '../../api/api'
import { PrintPage } from '../../print/PrintPage'
import { courtTime } from '../court-time'

const labelStyles = `
.sample-labels { display: flex; flex-wrap: wrap; gap: 4mm; }
.sample-label { box-sizing: border-box; width: 80mm; height: 40mm; border: 0.5pt dashed #666; padding: 2mm; display: flex; gap: 2mm;
  font-size: 8.5pt; line-height: 1.35; break-inside: avoid; }
.sample-label img { width: 28mm; height: 28mm; }
.sample-label strong { font-family: monospace; font-size: 9.5pt; }
`

type LabelSample = Pick<Sample, 'id' | 'code' | 'matrix' | 'sampledAt' | 'preservative' | 'sealNumber'> & { siteName: string }

function Label(props: { sample: LabelSample; caseNumber: string; onReady: () => void }) {
  const { t } = useTranslation()
  const [qr, setQr] = useState<string | null>(null)
  const { onReady } = props
  useEffect(() => {
    // The QR holds the sample code alone: that is what a lab's scanner types into its system.
    void QRCode.toDataURL(props.sample.code, { margin: 0, width: 256, errorCorrectionLevel: 'M' }).then((url) => {
      setQr(url)
      onReady()
    })
  }, [props.sample.code, onReady])
  const s = props.sample
  return (
    <div className="sample-label" data-testid="sample-label">
      {qr && <img src={qr} alt={s.code} />}
      <div>
        <strong>{s.code}</strong>
        <div>{props.caseNumber}</div>
        <div>
          {t(`sampling.matrices.${s.matrix}`)} · {s.siteName}
        </div>
        <div>{courtTime(s.sampledAt)}</div>
        {s.preservative && <div>{s.preservative}</div>}
        {s.sealNumber && (
          <div>
            {t('sampling.sealNumber')}：{s.sealNumber}
          </div>
        )}
      </div>
    </div>
  )
}

function LabelSheet(props: { samples: LabelSample[] | null; caseNumber: string; court: string }) {
  const { t } = useTranslation()
  const [drawn, setDrawn] = useState(0)
  const [onReady] = useState(() => () => setDrawn((n) => n + 1))
  const samples = props.samples ?? []
  return (
    <PrintPage court={props.court} title={t('sampling.print.labelsTitle')} ready={props.samples !== null && drawn >= samples.length}>
      <style>{labelStyles}</style>
      <div className="sample-labels">
        {samples.map((s) => (
          <Label key={s.id} sample={s} caseNumber={props.caseNumber} onReady={onReady} />
        ))}
      </div>
    </PrintPage>
  )
}

/** Labels of every standing sample of a visit, each with a QR code of its sample code. */
export function VisitLabels() {
  const { visitId = '' } = useParams()
  const detail = useQuery({ queryKey: ['visits.get', visitId], queryFn: () => unwrap(api.visits.get({ id: visitId })) })
  const d = detail.data
  return <LabelSheet samples={d ? d.samples.filter((s) => !s.voided) : null} caseNumber={d?.caseNumber ?? ''} court={d?.court ?? ''} />
}

/** The label of one sample, e.g. to replace a torn one. */
export function SampleLabel() {
  const { sampleId = '' } = useParams()
  const detail = useQuery({ queryKey: ['samples.get', sampleId], queryFn: () => unwrap(api.samples.get({ id: sampleId })) })
  const d = detail.data
  return <LabelSheet samples={d ? [{ ...d.sample, siteName: d.siteName }] : null} caseNumber={d?.caseNumber ?? ''} court="" />
}
