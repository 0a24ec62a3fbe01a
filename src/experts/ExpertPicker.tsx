import type { CSSProperties } from 'react'
import type { Expert } from '../../electron/shared/experts'
import { useChannel } from '../api/use-channel'
import { SearchSelect } from '../forms/SearchSelect'

const expertOption = (e: Pick<Expert, 'id' | 'name' | 'organisation'>) => ({ value: e.id, label: `${e.name}（${e.organisation}）` })

/** An expert of the pool chosen by name or organisation, searched on the server over the whole pool. */
export function ExpertPicker(props: { id?: string; value: string | null | undefined; onChange: (id: string | null) => void; allowClear?: boolean; style?: CSSProperties; 'aria-label'?: string }) {
  const current = useChannel('experts.get', { id: props.value ?? '' }, { enabled: Boolean(props.value) })
  return (
    <SearchSelect
      id={props.id}
      aria-label={props['aria-label']}
      channel="experts.list"
      filter={{}}
      toOption={expertOption}
      value={props.value}
      selected={current.data && expertOption(current.data)}
      onChange={props.onChange}
      allowClear={props.allowClear}
      style={props.style}
    />
  )
}

/** An expert's name by id, for a table cell; — for none. */
export function ExpertName(props: { id: string | null }) {
  const expert = useChannel('experts.get', { id: props.id ?? '' }, { enabled: props.id !== null })
  return <>{props.id === null ? '—' : (expert.data?.name ?? props.id)}</>
}
