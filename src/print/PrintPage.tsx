import { useEffect, type ReactNode } from 'react'
import { useSearchParams } from 'react-router-dom'

/** Official documents are set in a serif (Song) face; the machines carry Noto CJK. */
export const documentFonts = '"Noto Serif CJK SC", "Noto Serif SC", "Source Han Serif SC", "SimSun", "Songti SC", serif'

const printStyles = `
@page { size: A4; margin: 22mm 20mm 20mm 20mm; }
html, body { margin: 0; background: #e9ecef; }
.print-sheet { box-sizing: border-box; width: 210mm; min-height: 297mm; margin: 12px auto; padding: 22mm 20mm 20mm;
  background: #fff; color: #000; font-family: ${documentFonts}; font-size: 12pt; line-height: 1.8;
  box-shadow: 0 1px 6px rgba(0,0,0,.25); display: flex; flex-direction: column; }
.print-sheet h1 { font-size: 20pt; text-align: center; letter-spacing: .3em; margin: 0 0 4mm; font-weight: 700; }
.print-sheet .print-court { text-align: center; font-size: 16pt; letter-spacing: .2em; margin-bottom: 2mm; }
.print-sheet .print-body { flex: 1; }
.print-sheet .print-footer { border-top: 0.5pt solid #999; margin-top: 8mm; padding-top: 2mm; font-size: 9pt; color: #555;
  display: flex; justify-content: space-between; }
.print-sheet table { width: 100%; border-collapse: collapse; margin: 3mm 0; font-size: 10.5pt; line-height: 1.5; }
.print-sheet th, .print-sheet td { border: 0.5pt solid #000; padding: 1.5mm 2mm; text-align: left; vertical-align: top; }
.print-sheet th { font-weight: 700; background: #f2f2f2; }
.print-sheet p { margin: 0 0 2mm; text-indent: 2em; text-align: justify; }
.print-sheet p.print-flush { text-indent: 0; }
@media print {
  html, body { background: #fff; }
  .print-sheet { width: auto; min-height: auto; margin: 0; padding: 0; box-shadow: none; }
}
`

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
 * The frame of every print view (a route under `#/print/...`): an A4 sheet
 * with the court's name on top and a footer, in the fonts of official
 * documents. When `ready`, it marks <html data-print-ready="true"> so the
 * Electron printer (electron/main/print.ts) and the tests know the data has
 * loaded; with `?autoprint=1` (the browser preview's 打印 button) it opens
 * the browser's print dialog (see usePrintReady).
 */
export function PrintPage(props: { court: string; title: string; ready: boolean; footer?: ReactNode; children: ReactNode }) {
  usePrintReady(props.title, props.ready)
  return (
    <>
      <style>{printStyles}</style>
      <article className="print-sheet" data-testid="print-sheet">
        <div className="print-court">{props.court}</div>
        <h1>{props.title}</h1>
        <div className="print-body">{props.children}</div>
        {props.footer && <footer className="print-footer">{props.footer}</footer>}
      </article>
    </>
  )
}
