import { Button, Space } from 'antd'
import type { ReactNode } from 'react'

/**
 * The rows of a list inside a form (an expert's affiliations, an order's
 * method items and targets): each row's fields with its remove button, then
 * the button that adds a row. `rows` are react-hook-form's `useFieldArray` fields.
 */
export function FieldRows(props: {
  rows: readonly { id: string }[]
  removeLabel: string
  addLabel: string
  addTestId?: string
  onRemove: (index: number) => void
  onAdd: () => void
  children: (index: number) => ReactNode
}) {
  return (
    <>
      {props.rows.map((row, index) => (
        <Space key={row.id} align="start" wrap>
          {props.children(index)}
          <Button style={{ marginTop: 30 }} onClick={() => props.onRemove(index)}>
            {props.removeLabel}
          </Button>
        </Space>
      ))}
      <div style={{ marginBottom: 16 }}>
        <Button onClick={props.onAdd} data-testid={props.addTestId}>
          {props.addLabel}
        </Button>
      </div>
    </>
  )
}
