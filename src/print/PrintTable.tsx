import type { CSSProperties, ReactNode } from 'react'

/** One column of a printed form: its share of the page width (none: what is left), its heading and its cell. */
export interface PrintColumn<Row> {
  width?: string
  header: ReactNode
  cell: (row: Row) => ReactNode
  className?: string
  style?: CSSProperties
}

/**
 * A table of a printed form. The widths are fixed (`print-fixed`) so a form
 * lays out the same whatever its rows hold, as the paper forms it copies do.
 */
export function PrintTable<Row>(props: {
  columns: PrintColumn<Row>[]
  rows: Row[]
  rowKey: (row: Row) => string
  rowStyle?: (row: Row) => CSSProperties | undefined
  fontSize: string
  testId?: string
}) {
  const { columns } = props
  return (
    <table className="print-fixed" style={{ fontSize: props.fontSize }} data-testid={props.testId}>
      <colgroup>
        {columns.map((c, i) => (
          <col key={i} style={c.width ? { width: c.width } : undefined} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th key={i}>{c.header}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr key={props.rowKey(row)} style={props.rowStyle?.(row)}>
            {columns.map((c, i) => (
              <td key={i} className={c.className} style={c.style}>
                {c.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** The heading block of a printed form: label and value pairs, two pairs to a line; a lone pair spans the line. */
export function PrintFields(props: { fields: { label: ReactNode; value: ReactNode }[] }) {
  const lines: { label: ReactNode; value: ReactNode }[][] = []
  for (let i = 0; i < props.fields.length; i += 2) lines.push(props.fields.slice(i, i + 2))
  return (
    <table className="print-fixed">
      <colgroup>
        <col style={{ width: '15%' }} />
        <col style={{ width: '35%' }} />
        <col style={{ width: '15%' }} />
        <col style={{ width: '35%' }} />
      </colgroup>
      <tbody>
        {lines.map((line, i) => (
          <tr key={i}>
            {line.map((f, j) => (
              <FieldCells key={j} field={f} span={line.length === 1 ? 3 : 1} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function FieldCells(props: { field: { label: ReactNode; value: ReactNode }; span: number }) {
  return (
    <>
      <th>{props.field.label}</th>
      <td colSpan={props.span}>{props.field.value}</td>
    </>
  )
}
