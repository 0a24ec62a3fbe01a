import { useEffect, useState } from 'react'
import { useSearchParams } from 'react-router-dom'

/**
 * A list page's search words, started from the `?search=` of a link (the
 * header search's 查看全部) and following a new link while the page is open.
 * `linked` keys the page's search box, so the box shows the linked words.
 */
export function useLinkedSearch(): { search: string; setSearch: (search: string) => void; linked: string } {
  const [params] = useSearchParams()
  const linked = params.get('search') ?? ''
  const [search, setSearch] = useState(linked)
  useEffect(() => setSearch(linked), [linked])
  return { search, setSearch, linked }
}
