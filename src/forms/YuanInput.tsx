import { Input } from 'antd'
import { useState } from 'react'
import { formatYuan, parseYuan } from '../../electron/shared/money'

/**
 * A money field typed in yuan and held in integer fen: the text is converted
 * by `parseYuan` (the one place yuan become fen); text that is not an amount
 * gives NaN, which the shared schema refuses on the field.
 */
export function YuanInput(props: { id: string; value: number; onChange: (fen: number) => void; onBlur?: () => void }) {
  const [text, setText] = useState(Number.isSafeInteger(props.value) ? formatYuan(props.value) : '')
  return (
    <Input
      id={props.id}
      value={text}
      suffix="元"
      style={{ width: 200 }}
      onBlur={props.onBlur}
      onChange={(e) => {
        setText(e.target.value)
        props.onChange(parseYuan(e.target.value) ?? Number.NaN)
      }}
    />
  )
}
