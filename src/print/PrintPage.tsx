import { useEffect, type ReactNode } from 'react'
import { useSearchParams } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import { unsetCourtSettings, type CourtSettings } from '../../electron/shared/court'
import { useChannel } from '../api/use-channel'

/** Official documents are set in a serif (Song) face; the machines carry Noto CJK. */
export const documentFonts = '"Noto Serif CJK SC", "Noto Serif SC", "Source Han Serif SC", "SimSun", "Songti SC", serif'

/** Text for a CSS `content` string: quotes and backslashes escaped, line breaks dropped. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ')}"`
}

/**
 * The sheet's stylesheet. The page number ("第 X 页 共 Y 页") and, from the
 * second page on, a running head with the court's short name and the title
 * are CSS page-margin boxes, so they are on every printed page whatever
 * prints it (Electron's printToPDF, the browser's print dialog, page.pdf).
 */
function printStyles(pageOf: { before: string; middle: string; after: string }, runningHead: string): string {
  const margin = `font-family: ${documentFonts}; font-size: 9pt; color: #333;`
  return `
@page { size: A4; margin: 22mm 20mm 20mm 20mm;
  @bottom-center { content: ${cssString(pageOf.before)} counter(page) ${cssString(pageOf.middle)} counter(pages) ${cssString(pageOf.after)}; ${margin} }
  @top-right { content: ${cssString(runningHead)}; ${margin} vertical-align: bottom; padding-bottom: 3mm; }
}
@page :first { @top-right { content: none; } }
html, body { margin: 0; background: #e9ecef; }
.print-sheet { box-sizing: border-box; width: 210mm; min-height: 297mm; margin: 12px auto; padding: 22mm 20mm 20mm;
  background: #fff; color: #000; font-family: ${documentFonts}; font-size: 12pt; line-height: 1.8;
  box-shadow: 0 1px 6px rgba(0,0,0,.25); display: flex; flex-direction: column; }
.print-sheet .print-letterhead { text-align: center; margin-bottom: 3mm; }
.print-sheet .print-court { font-size: 20pt; font-weight: 700; letter-spacing: .15em; color: #c00; line-height: 1.4; }
.print-sheet .print-rule { border-top: 2pt solid #c00; border-bottom: 0.75pt solid #c00; height: 1.2pt; margin: 1.5mm 0 1mm; }
.print-sheet .print-court-line { font-size: 9pt; line-height: 1.4; color: #333; }
.print-sheet h1 { font-size: 18pt; text-align: center; letter-spacing: .2em; margin: 3mm 0 3mm; font-weight: 700; line-height: 1.4; }
.print-sheet h3 { font-size: 13pt; margin: 3mm 0 1.5mm; break-after: avoid; }
.print-sheet .print-body { flex: 1; }
.print-sheet .print-footer { border-top: 0.5pt solid #999; margin-top: 6mm; padding-top: 2mm; font-size: 9pt; color: #333;
  display: flex; flex-wrap: wrap; justify-content: space-between; gap: 1mm 4mm; break-inside: avoid; }
.print-sheet table { width: 100%; border-collapse: collapse; margin: 2mm 0; font-size: 10.5pt; line-height: 1.45; }
.print-sheet thead { display: table-header-group; }
.print-sheet tr { break-inside: avoid; }
.print-sheet th, .print-sheet td { border: 0.5pt solid #000; padding: 1.2mm 1.6mm; text-align: left; vertical-align: top; }
.print-sheet th { font-weight: 700; background: #f2f2f2; }
.print-sheet p { margin: 0 0 2mm; text-indent: 2em; text-align: justify; }
.print-sheet p.print-flush { text-indent: 0; }
.print-sheet.print-part { break-before: page; }
.print-sheet.print-dense { font-size: 11pt; line-height: 1.6; }
.print-sheet.print-dense h1 { margin: 2mm 0; }
.print-sheet.print-dense p { margin-bottom: 1.2mm; }
.print-sheet table.print-fixed { table-layout: fixed; }
.print-sheet td.print-nowrap, .print-sheet th.print-nowrap { white-space: nowrap; }
@media print {
  html, body { background: #fff; }
  .print-sheet { width: auto; min-height: auto; margin: 0; padding: 0; box-shadow: none; }
}
`
}

/**
 * Titles the print view and, once `ready`, marks <html data-print-ready="true">
 * and, with `?autoprint=1`, opens the browser's print dialog. Every print
 * view calls it (through PrintPage, or itself when it is not an A4 sheet).
 */
export function usePrintReady(title: string, ready: boolean): void {
  const [params] = useSearchParams()
  const autoprint = params.get('autoprint') === '1'
  useEffect(() => {
    document.title = title
    if (!ready) return
    document.documentElement.dataset.printReady = 'true'
    if (autoprint) window.print()
    return () => {
      delete document.documentElement.dataset.printReady
    }
  }, [ready, title, autoprint])
}

/**
 * The court as the prints name it: the administrator's settings, or, before
 * they are saved, the court the record was registered with (`fallback`).
 */
export function useCourt(fallback: string): { court: CourtSettings; loaded: boolean } {
  const settings = useChannel('court.get', {}, { staleTime: 60_000 })
  const court = settings.data ?? unsetCourtSettings
  const named = court.fullName ? court : { ...court, fullName: fallback, shortName: court.shortName || fallback }
  return { court: named, loaded: settings.isSuccess || settings.isError }
}

/** One sheet of a print: its title, body and closing footer. */
export interface PrintSheetPart {
  key: string
  title: string
  footer?: ReactNode
  children: ReactNode
}

/**
 * The frame of every A4 print view (a route under `#/print/...`): the
 * court's letterhead (full name in red over a double rule, then tribunal,
 * address and phone), the title, the body and a closing footer, with the
 * page number on every page. A print of several forms (a visit's record, one
 * form per matrix) gives several sheets, each starting a new page under the
 * letterhead. When `ready` (and the court's settings have loaded), it marks
 * <html data-print-ready="true"> so the Electron printer
 * (electron/main/print.ts) and the tests know the data has loaded.
 */
export function PrintSheets(props: { court: string; title: string; ready: boolean; sheets: PrintSheetPart[]; dense?: boolean }) {
  const { t } = useTranslation()
  const { court, loaded } = useCourt(props.court)
  usePrintReady(props.title, props.ready && loaded)
  const courtLine = [court.tribunal, court.address && t('print.letterhead.address', { address: court.address }), court.phone && t('print.letterhead.phone', { phone: court.phone })]
    .filter(Boolean)
    .join('　')
  const pageOf = { before: t('print.pageOf.before'), middle: t('print.pageOf.middle'), after: t('print.pageOf.after') }
  return (
    <>
      <style>{printStyles(pageOf, `${court.shortName}　${props.title}`)}</style>
      {props.sheets.map((sheet, i) => (
        <article key={sheet.key} className={`print-sheet${props.dense ? ' print-dense' : ''}${i > 0 ? ' print-part' : ''}`} data-testid="print-sheet">
          <header className="print-letterhead" data-testid="print-letterhead">
            <div className="print-court">{court.fullName}</div>
            <div className="print-rule" />
            {courtLine && <div className="print-court-line">{courtLine}</div>}
          </header>
          <h1>{sheet.title}</h1>
          <div className="print-body">{sheet.children}</div>
          {sheet.footer && <footer className="print-footer">{sheet.footer}</footer>}
        </article>
      ))}
    </>
  )
}

/** A print of one sheet: see {@link PrintSheets}. */
export function PrintPage(props: { court: string; title: string; ready: boolean; footer?: ReactNode; dense?: boolean; children: ReactNode }) {
  return (
    <PrintSheets court={props.court} title={props.title} ready={props.ready} dense={props.dense} sheets={[{ key: 'sheet', title: props.title, footer: props.footer, children: props.children }]} />
  )
}
