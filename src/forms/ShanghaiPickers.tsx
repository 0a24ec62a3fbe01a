import { DatePicker } from 'antd'
import dayjs from 'dayjs'
import { fromShanghaiInput, toShanghaiInput } from '../../electron/shared/shanghai-time'

/** The one display format of a time in the app, its prints and the CLI: `2021-03-20 09:30`, Asia/Shanghai. */
const dateTimeFormat = 'YYYY-MM-DD HH:mm'

/**
 * An instant picked as the wall-clock time in Asia/Shanghai, whatever the
 * computer's own zone: the picker holds the Shanghai wall clock as a naive
 * time and the form gets the ISO instant with +08:00 (shanghai-time.ts).
 */
export function ShanghaiDateTimePicker(props: { id: string; value: string; onChange: (iso: string) => void }) {
  return (
    <DatePicker
      id={props.id}
      showTime={{ format: 'HH:mm' }}
      format={dateTimeFormat}
      needConfirm={false}
      value={props.value ? dayjs(toShanghaiInput(props.value)) : null}
      onChange={(d) => props.onChange(d ? fromShanghaiInput(d.format('YYYY-MM-DDTHH:mm')) : '')}
    />
  )
}

/** A calendar day (`YYYY-MM-DD`), as the schemas take it. */
export function DayPicker(props: { id: string; value: string; onChange: (day: string) => void }) {
  return <DatePicker id={props.id} format="YYYY-MM-DD" value={props.value ? dayjs(props.value) : null} onChange={(d) => props.onChange(d ? d.format('YYYY-MM-DD') : '')} />
}
