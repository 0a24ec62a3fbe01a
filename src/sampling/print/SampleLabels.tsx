import { useEffect, useState, type ReactNode } from 'react'
import { useParams } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import QRCode from 'qrcode'
import type { Sample } from '../../../electron/shared/sampling'
import { labelSizes, type LabelSize } from '../../../electron/shared/print'
import { documentFonts, PrintPage, usePrintReady } from '../../print/PrintPage'
import { formatShanghai } from '../../../electron/shared/shanghai-time'
import { useChannel } from '../../api/use-channel'

const labelStyles = `
.sample-label { box-sizing: border-box; display: grid; grid-template-columns: auto minmax(0, 1fr); column-gap: 2mm;
  align-content: start; overflow: hidden; color: #000; background: #fff; font-family: ${documentFonts}; break-inside: avoid; }
.sample-label .label-text { min-width: 0; overflow-wrap: anywhere; }
.sample-label .label-code { font-family: "DejaVu Sans Mono", monospace; font-weight: 700; white-space: nowrap; }
.sample-labels { display: flex; flex-wrap: wrap; gap: 4mm; }
.sample-labels .sample-label { width: 80mm; height: 40mm; border: 0.5pt dashed #666; padding: 2mm; font-size: 8.5pt; line-height: 1.35; }
.sample-labels .sample-label img { grid-column: 1; grid-row: 1 / span 2; width: 28mm; height: 28mm; }
.sample-labels .label-code { grid-column: 2; font-size: 9.5pt; }
.label-roll .label-code { grid-column: 1 / -1; margin-bottom: 1mm; }
`

/**
 * One label per page of a label printer's roll, at its stock size; the page
 * is the label (no margin), so the printer's own gap separates them. The
 * sample code runs across the top on one line, as a lab reads it first.
 */
const rollStyles: Record<Exclude<LabelSize, 'a4'>, string> = {
  '60x40': `
@page { size: 60mm 40mm; margin: 0; }
.label-roll .sample-label { width: 60mm; height: 40mm; padding: 2mm 2.5mm; font-size: 7pt; line-height: 1.3; }
.label-roll .sample-label img { width: 22mm; height: 22mm; }
.label-roll .label-code { font-size: 10pt; }`,
  '80x50': `
@page { size: 80mm 50mm; margin: 0; }
.label-roll .sample-label { width: 80mm; height: 50mm; padding: 3mm; font-size: 9pt; line-height: 1.35; column-gap: 3mm; }
.label-roll .sample-label img { width: 30mm; height: 30mm; }
.label-roll .label-code { font-size: 13pt; }`
}

const screenRollStyles = `
html, body { margin: 0; }
.label-roll .sample-label + .sample-label { break-before: page; }
@media screen {
  body { background: #e9ecef; }
  .label-roll { display: flex; flex-direction: column; align-items: center; gap: 4mm; padding: 4mm; }
  .label-roll .sample-label { box-shadow: 0 1px 4px rgba(0,0,0,.3); }
}
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
      <strong className="label-code">{s.code}</strong>
      {qr ? <img src={qr} alt={s.code} /> : <span />}
      <div className="label-text">
        <div>{props.caseNumber}</div>
        <div>
          {t(`sampling.matrices.${s.matrix}`)} · {s.siteName}
        </div>
        <div>{formatShanghai(s.sampledAt)}</div>
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

function Labels(props: { samples: LabelSample[] | null; caseNumber: string; court: string; size: LabelSize }) {
  const { t } = useTranslation()
  const [drawn, setDrawn] = useState(0)
  const [onReady] = useState(() => () => setDrawn((n) => n + 1))
  const samples = props.samples ?? []
  const ready = props.samples !== null && drawn >= samples.length
  const labels = samples.map((s) => <Label key={s.id} sample={s} caseNumber={props.caseNumber} onReady={onReady} />)
  if (props.size === 'a4') {
    return (
      <PrintPage court={props.court} title={t('sampling.print.labelsTitle')} ready={ready}>
        <style>{labelStyles}</style>
        <div className="sample-labels">{labels}</div>
      </PrintPage>
    )
  }
  return (
    <LabelRoll title={t('sampling.print.labelsTitle')} ready={ready} styles={rollStyles[props.size]}>
      {labels}
    </LabelRoll>
  )
}

function LabelRoll(props: { title: string; ready: boolean; styles: string; children: ReactNode }) {
  usePrintReady(props.title, props.ready)
  return (
    <>
      <style>{labelStyles + screenRollStyles + props.styles}</style>
      <div className="label-roll" data-testid="label-roll">
        {props.children}
      </div>
    </>
  )
}

/** The size named by the route's last segment; A4 when there is none. */
function useLabelSize(): LabelSize {
  const { size } = useParams()
  return labelSizes.find((s) => s === size) ?? 'a4'
}

/** Labels of every standing sample of a visit, each with a QR code of its sample code. */
export function VisitLabels() {
  const { visitId = '' } = useParams()
  const size = useLabelSize()
  const detail = useChannel('visits.get', { id: visitId })
  const d = detail.data
  return <Labels samples={d ? d.samples.filter((s) => !s.voided) : null} caseNumber={d?.caseNumber ?? ''} court={d?.court ?? ''} size={size} />
}

/** The label of one sample, e.g. to replace a torn one. */
export function SampleLabel() {
  const { sampleId = '' } = useParams()
  const size = useLabelSize()
  const detail = useChannel('samples.get', { id: sampleId })
  const d = detail.data
  return <Labels samples={d ? [{ ...d.sample, siteName: d.siteName }] : null} caseNumber={d?.caseNumber ?? ''} court="" size={size} />
}
