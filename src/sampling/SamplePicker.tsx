import type { CSSProperties } from 'react'
import { useChannel } from '../api/use-channel'
import { SearchSelect } from '../forms/SearchSelect'

/**
 * A sample of one case chosen by its code (a QC duplicate's original),
 * searched on the server among the case's samples; a voided sample is shown
 * but cannot be chosen, and `exceptId` (the sample itself) is never offered.
 */
export function SamplePicker(props: { id: string; caseId: string; value: string | null | undefined; onChange: (id: string | null) => void; exceptId?: string | null; allowClear?: boolean; style?: CSSProperties }) {
  const current = useChannel('samples.get', { id: props.value ?? '' }, { enabled: Boolean(props.value) })
  return (
    <SearchSelect
      id={props.id}
      channel="samples.list"
      filter={{ caseId: props.caseId }}
      toOption={(s) => (s.id === props.exceptId ? null : { value: s.id, label: s.code, disabled: s.voided })}
      value={props.value}
      selected={current.data && { value: current.data.sample.id, label: current.data.sample.code }}
      onChange={props.onChange}
      allowClear={props.allowClear}
      style={props.style}
    />
  )
}
