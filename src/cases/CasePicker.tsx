import type { CSSProperties } from 'react'
import type { CourtCase } from '../../electron/shared/cases'
import { useChannel } from '../api/use-channel'
import { SearchSelect } from '../forms/SearchSelect'

const caseOption = (c: Pick<CourtCase, 'id' | 'caseNumber' | 'cause'>) => ({ value: c.id, label: `${c.caseNumber} ${c.cause}` })

/** A case chosen by its number, cause or a party, searched on the server among the cases the user may see; `exceptId` is never offered (a case is not of its own matter). */
export function CasePicker(props: { id: string; value: string | null | undefined; onChange: (id: string | null) => void; exceptId?: string | null; allowClear?: boolean; style?: CSSProperties }) {
  const current = useChannel('cases.get', { id: props.value ?? '' }, { enabled: Boolean(props.value) })
  return (
    <SearchSelect
      id={props.id}
      channel="cases.list"
      filter={{}}
      toOption={(c) => (c.id === props.exceptId ? null : caseOption(c))}
      value={props.value}
      selected={current.data && caseOption(current.data)}
      onChange={props.onChange}
      allowClear={props.allowClear}
      style={props.style}
    />
  )
}
