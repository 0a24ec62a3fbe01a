import { useEffect, useState } from 'react'
import type { Channel } from '../../electron/shared/channels'
import type { InputOf, ReplyOf } from '../../electron/shared/contract'
import type { KeysetPage } from '../../electron/shared/common'
import { useChannel } from '../api/use-channel'

/** The list channels read in keyset pages (`after`, `limit`; electron/shared/common.ts). */
export type PagedChannel = {
  [C in Channel]: ReplyOf<C> extends KeysetPage<unknown> ? (InputOf<C> extends { after?: string | null; limit?: number } ? C : never) : never
}[Channel]

export type ItemOf<C extends PagedChannel> = ReplyOf<C> extends KeysetPage<infer T> ? T : never

/** What a paged list is filtered by: the channel's input without its page. */
export type ListFilter<C extends PagedChannel> = Omit<InputOf<C>, 'after' | 'limit'>

export interface PagedList<T> {
  /** The rows of the page shown, never more than one page. */
  items: T[]
  loading: boolean
  error: Error | null
  /** 1 for the first page. */
  page: number
  /** The whole list's count, as the first page brought it (capped, see `listCountCap`); null until it came. */
  total: number | null
  hasNext: boolean
  forward: () => void
  back: () => void
}

/**
 * One page of a list channel at a time, the way every list screen reads
 * (issue 15: no screen renders a list whole). The cursors of the pages
 * reached so far are kept, so 上一页 needs no count from the server; another
 * filter is another list and starts at its first page.
 */
export function usePagedList<C extends PagedChannel>(channel: C, filter: ListFilter<C>, pageSize: number, options: { enabled?: boolean } = {}): PagedList<ItemOf<C>> {
  const key = JSON.stringify(filter)
  const [state, setState] = useState<{ key: string; cursors: (string | null)[]; total: number | null }>({ key, cursors: [null], total: null })
  // A new filter is seen in the same render it arrives, so the old filter's cursor is never sent with it.
  const current = state.key === key ? state : { key, cursors: [null], total: null }
  const after = current.cursors[current.cursors.length - 1]!
  const query = useChannel(channel, { ...filter, after, limit: pageSize } as InputOf<C>, { enabled: options.enabled ?? true })
  const reply = query.data as KeysetPage<ItemOf<C>> | undefined
  const firstTotal = reply?.total ?? null
  useEffect(() => {
    if (firstTotal !== null) setState((s) => (s.key === key ? { ...s, total: firstTotal } : { key, cursors: [null], total: firstTotal }))
  }, [firstTotal, key])
  const next = reply?.next ?? null
  return {
    items: reply?.items ?? [],
    loading: query.isLoading,
    error: query.error,
    page: current.cursors.length,
    total: firstTotal ?? current.total,
    hasNext: next !== null,
    forward: () => {
      if (next !== null) setState({ ...current, cursors: [...current.cursors, next] })
    },
    back: () => setState({ ...current, cursors: current.cursors.length > 1 ? current.cursors.slice(0, -1) : current.cursors })
  }
}
