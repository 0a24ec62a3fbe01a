import { Button, Select, Spin } from 'antd'
import { useEffect, useState, type CSSProperties, type UIEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { InputOf } from '../../electron/shared/contract'
import { useChannelPages } from '../api/use-channel'
import type { ItemOf, ListFilter, PagedChannel } from '../lists/use-paged-list'

/** The paged list channels that take a `search` term (electron/core/search: FTS5 on the server). */
export type SearchableChannel = { [C in PagedChannel]: InputOf<C> extends { search?: string } ? C : never }[PagedChannel]

export interface PickerOption {
  value: string
  label: string
  disabled?: boolean
}

/** How long typing pauses before the term goes to the server: one query per word typed, not per key. */
export const searchPauseMs = 300

/** Options read per page: the first page on opening, the next on scrolling to the end or 加载更多. */
export const pickerPageSize = 50

/** Near the list's end (px), scrolling reads the next page before the user reaches the last option. */
const nearEndPx = 32

/**
 * The one select of a record among many (issue 15: a picker reaches every
 * record, however many): nothing is loaded until it opens; then the list
 * channel's first page, and the channel's own search (FTS5, on the server,
 * never a filter of the rows loaded) as the user types, a pause after the last
 * key; further keyset pages on scrolling to the end or 加载更多. The lists are
 * the caller's already narrowed to their cases by core. `selected` names the
 * current value, read by its id, so the label shows even when the record is
 * on no page loaded.
 */
export function SearchSelect<C extends SearchableChannel>(props: {
  id?: string
  channel: C
  filter: Omit<ListFilter<C>, 'search'>
  /** The option of a listed record; null leaves it out (the record being edited, for one). */
  toOption: (item: ItemOf<C>) => PickerOption | null
  value: string | null | undefined
  selected: PickerOption | undefined
  onChange: (value: string | null) => void
  allowClear?: boolean
  placeholder?: string
  style?: CSSProperties
  'aria-label'?: string
  'data-testid'?: string
}) {
  const { t } = useTranslation()
  const [opened, setOpened] = useState(false)
  const [typed, setTyped] = useState('')
  const [search, setSearch] = useState('')
  useEffect(() => {
    const pause = setTimeout(() => setSearch(typed.trim()), searchPauseMs)
    return () => clearTimeout(pause)
  }, [typed])
  const pages = useChannelPages(props.channel, { ...props.filter, search, limit: pickerPageSize } as unknown as Omit<InputOf<C>, 'after'>, { enabled: opened })
  const listed = (pages.data?.pages ?? []).flatMap((page) => (page.items as ItemOf<C>[]).map(props.toOption)).filter((o): o is PickerOption => o !== null)
  const current = props.selected && props.value === props.selected.value && !listed.some((o) => o.value === props.selected!.value) ? [props.selected] : []
  const more = () => {
    if (pages.hasNextPage && !pages.isFetchingNextPage) void pages.fetchNextPage()
  }
  const onScroll = (event: UIEvent<HTMLDivElement>) => {
    const list = event.currentTarget
    if (list.scrollTop + list.clientHeight >= list.scrollHeight - nearEndPx) more()
  }
  return (
    <Select<string, PickerOption>
      id={props.id}
      aria-label={props['aria-label']}
      data-testid={props['data-testid']}
      style={props.style}
      allowClear={props.allowClear}
      placeholder={props.placeholder ?? t('common.typeToSearch')}
      showSearch={{ filterOption: false, searchValue: typed, onSearch: setTyped }}
      options={[...current, ...listed]}
      value={props.value ?? undefined}
      onChange={(value) => props.onChange(value ?? null)}
      onOpenChange={(open) => {
        if (open) setOpened(true)
        else setTyped('')
      }}
      onPopupScroll={onScroll}
      notFoundContent={pages.isFetching ? <Spin size="small" /> : t('common.noMatches')}
      popupRender={(menu) => (
        <>
          {menu}
          {pages.hasNextPage && (
            // Pressing the button keeps the focus in the search box, so the list stays open.
            <Button type="link" block size="small" loading={pages.isFetchingNextPage} onMouseDown={(e) => e.preventDefault()} onClick={more}>
              {t('common.moreOptions')}
            </Button>
          )}
        </>
      )}
    />
  )
}
