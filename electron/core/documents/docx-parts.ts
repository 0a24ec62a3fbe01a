import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions
} from 'docx'
import QRCode from 'qrcode'
import type { CourtSettings } from '../../shared/court'
import type { DocumentSeal } from '../../shared/documents'
import { chineseDocumentDate } from '../../shared/chinese-date'

/**
 * The faces named in every run. Word and WPS pick a run's East Asian face
 * from `w:eastAsia`: 宋体 (SimSun) for titles and tables, 仿宋 (FangSong) for
 * body text, as Chinese court documents are set (GB/T 9704-2012 §7.3: 仿宋
 * for the body, 宋体 family for the title). Both ship with Windows and WPS;
 * their Chinese names are the ones Word itself writes. Latin text and figures
 * in Times New Roman.
 */
export const songti = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体', cs: 'Times New Roman' }
export const fangsong = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋', cs: 'Times New Roman' }

/** Half-points: 三号 16 pt, 小三 15 pt, 四号 14 pt, 小四 12 pt, 五号 10.5 pt, 小五 9 pt. */
const size = { title: 36, court: 40, heading: 28, body: 24, table: 21, small: 18 }
const red = 'C00000'

function run(text: string, options: Omit<IRunOptions, 'text'> = {}): TextRun {
  return new TextRun({ font: fangsong, size: size.body, ...options, text })
}

/** A body paragraph, first line indented two characters as Chinese documents are. */
export function para(text: string, options: { flush?: boolean; align?: 'right' | 'center'; small?: boolean; bold?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: options.align === 'right' ? AlignmentType.RIGHT : options.align === 'center' ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    indent: options.flush || options.align ? undefined : { firstLine: 480 },
    spacing: { after: 80, line: 360 },
    children: [run(text, { size: options.small ? size.small : size.body, bold: options.bold })]
  })
}

/** A section heading (一、…) in 黑体-weight 宋体. */
export function heading(text: string): Paragraph {
  return new Paragraph({ spacing: { before: 160, after: 80 }, keepNext: true, children: [run(text, { font: songti, size: size.heading, bold: true })] })
}

const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: '000000' }
const borders = { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder }

function cell(text: string, options: { header?: boolean; width?: number; span?: number } = {}): TableCell {
  return new TableCell({
    borders,
    columnSpan: options.span,
    width: options.width ? { size: options.width, type: WidthType.PERCENTAGE } : undefined,
    shading: options.header ? { fill: 'F2F2F2' } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: text.split('\n').map((line) => new Paragraph({ children: [run(line, { font: songti, size: size.table, bold: options.header })] }))
  })
}

/**
 * A table with a header row repeated on every page; `widths` are percentages
 * of the text width (a column without one shares what is left).
 */
export function table(head: string[], rows: string[][], widths: (number | undefined)[] = []): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: head.map((h, i) => cell(h, { header: true, width: widths[i] })) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((text, i) => cell(text, { width: widths[i] })) }))
    ]
  })
}

/** A two-column label/value table (the particulars of an order): `[label, value, label, value]` or `[label, value]` spanning. */
export function particulars(rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (r) =>
        new TableRow({
          cantSplit: true,
          children:
            r.length === 2
              ? [cell(r[0]!, { header: true, width: 18 }), cell(r[1]!, { span: 3 })]
              : [cell(r[0]!, { header: true, width: 18 }), cell(r[1]!), cell(r[2]!, { header: true, width: 18 }), cell(r[3]!)]
        })
    )
  })
}

/** The court's letterhead: full name in red over a double rule, then tribunal, address and phone (as the print's). */
function letterhead(court: CourtSettings): Paragraph[] {
  const line = [court.tribunal, court.address && `地址：${court.address}`, court.phone && `电话：${court.phone}`].filter(Boolean).join('　')
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      border: { bottom: { style: BorderStyle.THICK_THIN_SMALL_GAP, size: 24, color: red, space: 4 } },
      children: [run(court.fullName, { font: songti, size: size.court, bold: true, color: red, characterSpacing: 60 })]
    }),
    ...(line ? [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [run(line, { font: songti, size: size.small })] })] : [])
  ]
}

/** The closing lines: the court's full name and the date in Chinese numerals, right-aligned, with room for the hand-stamped seal. */
export function signatureLines(court: CourtSettings, day: string): Paragraph[] {
  const room = court.sealPosition === 'none' ? [] : [para('（院印）', { align: 'right', small: true })]
  return [new Paragraph({ spacing: { before: 480 }, children: [] }), para(court.fullName, { align: 'right' }), para(chineseDocumentDate(day), { align: 'right' }), ...room]
}

/**
 * The verification code, its QR code and how to check it, in the words of the
 * print: the QR code beside the words, as on the print, so a one-page notice
 * stays on one page.
 */
async function sealBlock(seal: DocumentSeal): Promise<Table> {
  const qr = await QRCode.toBuffer(seal.code, { margin: 0, width: 160, errorCorrectionLevel: 'M', type: 'png' })
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }
  const rule = { style: BorderStyle.SINGLE, size: 4, color: '999999' }
  const noBorders = { top: none, bottom: none, left: none, right: none }
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [1500, 8138],
    borders: { top: rule, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            width: { size: 1500, type: WidthType.DXA },
            borders: noBorders,
            margins: { top: 120 },
            children: [new Paragraph({ children: [new ImageRun({ type: 'png', data: qr, transformation: { width: 76, height: 76 } })] })]
          }),
          new TableCell({
            width: { size: 8138, type: WidthType.DXA },
            borders: noBorders,
            margins: { top: 120 },
            children: [
              new Paragraph({ children: [run(`文书核验码：${seal.code}`, { font: { ascii: 'Consolas', hAnsi: 'Consolas', eastAsia: '宋体' }, size: 20 })] }),
              new Paragraph({ spacing: { line: 280 }, children: [run(howToCheck, { size: size.small })] })
            ]
          })
        ]
      })
    ]
  })
}

/** The print's own words (src/print/print.strings.ts, print.documentSeal.howToCheck); a unit test keeps the two the same. */
export const howToCheck =
  '核验方法：本文书打印时，其内容连同经签名的审计链头已记入出具本文书的法院的 EcoCase 案件数据库。如需确认手中的文书与数据库记录一致、未被改动，请将上列核验码（或扫描二维码读出的核验码）提交出具本文书的法院，由法院在 EcoCase 中核对；核验结果会说明文书内容是否仍与数据库一致、签名是否有效。'

/**
 * A court document as a Word file: A4 with the print's margins, the
 * letterhead, the title, the body, the seal block, "第 X 页 共 Y 页" in the
 * footer of every page and, from the second page on, the court's short name
 * and the title as a running head (the print's page-margin boxes).
 */
export async function courtDocx(input: { court: CourtSettings; title: string; body: (Paragraph | Table)[]; seal: DocumentSeal }): Promise<Buffer> {
  const { court, title, body, seal } = input
  const small = { font: songti, size: size.small }
  const doc = new Document({
    creator: 'EcoCase',
    title,
    styles: { default: { document: { run: { font: fangsong, size: size.body } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1247, bottom: 1134, left: 1134, right: 1134, header: 567, footer: 567 } }
        },
        headers: {
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(`${court.shortName}　${title}`, small)] })] })
        },
        footers: {
          ...Object.fromEntries(
            (['default', 'first'] as const).map((which) => [
              which,
              new Footer({
                children: [
                  new Paragraph({
                    alignment: AlignmentType.CENTER,
                    children: [
                      run('第 ', small),
                      new TextRun({ ...small, children: [PageNumber.CURRENT] }),
                      run(' 页 共 ', small),
                      new TextRun({ ...small, children: [PageNumber.TOTAL_PAGES] }),
                      run(' 页', small)
                    ]
                  })
                ]
              })
            ])
          )
        },
        children: [
          ...letterhead(court),
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120, after: 200 }, children: [run(title, { font: songti, size: size.title, bold: true, characterSpacing: 80 })] }),
          ...body,
          new Paragraph({ spacing: { before: 120 }, children: [] }),
          await sealBlock(seal)
        ]
      }
    ]
  })
  return Packer.toBuffer(doc)
}
