import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'
import type { CourtCase } from '../../electron/shared/cases'
import { AntdConfig } from '../../src/layout/AntdConfig'
import { CasePicker } from '../../src/cases/CasePicker'
import { pickerPageSize } from '../../src/forms/SearchSelect'
import { fakeBridge } from './support/bridge'

// A court of 120 cases, as cases.list pages them (newest first) and searches them: the search is the server's, so the fake does it.
const courts = Array.from({ length: 120 }, (_, i) => ({
  id: `case-${i + 1}`,
  caseNumber: `(2020)闽0626刑初${i + 1}号`,
  cause: i === 110 ? '非法采矿罪' : '污染环境罪'
})) as unknown as CourtCase[]

let requests: { search: string; after: string | null }[]
let gets: string[]

beforeEach(() => {
  requests = []
  gets = []
  window.ecocase = fakeBridge(async (channel, input) => {
    if (channel === 'cases.list') {
      const { search, after, limit } = input as { search: string; after: string | null; limit: number }
      requests.push({ search, after })
      const matching = courts.filter((c) => search === '' || c.cause.includes(search) || c.caseNumber.includes(search))
      const from = after === null ? 0 : Number(after)
      return { ok: true, value: { items: matching.slice(from, from + limit), next: from + limit < matching.length ? String(from + limit) : null, total: after === null ? matching.length : null } }
    }
    if (channel === 'cases.get') {
      const { id } = input as { id: string }
      gets.push(id)
      return { ok: true, value: courts.find((c) => c.id === id) }
    }
    return { ok: false, error: { code: 'not_found', reason: 'not_found', message: '未找到' } }
  })
})

function Picker(props: { initial: string | null; onChange: (id: string | null) => void }) {
  const [value, setValue] = useState(props.initial)
  return (
    <CasePicker
      id="picker"
      value={value}
      onChange={(id) => {
        setValue(id)
        props.onChange(id)
      }}
    />
  )
}

function renderPicker(initial: string | null = null) {
  const onChange = vi.fn()
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <AntdConfig>
        <Picker initial={initial} onChange={onChange} />
      </AntdConfig>
    </QueryClientProvider>
  )
  return { onChange, box: () => document.querySelector<HTMLInputElement>('#picker')! }
}

const open = (box: HTMLInputElement) => fireEvent.mouseDown(box)
const type = (box: HTMLInputElement, text: string) => fireEvent.change(box, { target: { value: text } })
const popup = () => document.querySelector<HTMLElement>('.ant-select-dropdown')
/** An option drawn in the open list (a virtual list draws those in view), by the label a user reads. */
const option = (label: string) => waitFor(() => within(popup()!).getByTitle(label), { timeout: 10_000 })
const drawn = (label: string) => (popup() ? within(popup()!).queryByTitle(label) : null)

describe('the search select (a picker that reaches every record)', () => {
  it('names the current value read by its id, though it is on no page loaded, and loads no list until opened', async () => {
    renderPicker('case-115')
    await screen.findByText('(2020)闽0626刑初115号 污染环境罪', {}, { timeout: 10_000 })
    expect(gets).toEqual(['case-115'])
    expect(requests).toEqual([])
  })

  it('sends the term typed to the server once typing pauses, not each keystroke, and offers what it found', async () => {
    const { box, onChange } = renderPicker()
    open(box())
    await option('(2020)闽0626刑初1号 污染环境罪')
    type(box(), '非')
    type(box(), '非法')
    type(box(), '非法采矿')
    const found = await option('(2020)闽0626刑初111号 非法采矿罪')
    expect(requests).toEqual([
      { search: '', after: null },
      { search: '非法采矿', after: null }
    ])
    expect(drawn('(2020)闽0626刑初1号 污染环境罪')).toBeNull()
    fireEvent.click(found)
    expect(onChange).toHaveBeenCalledWith('case-111')
  })

  it('reads the next keyset page on 加载更多, reaching a record beyond the first page', async () => {
    const { box, onChange } = renderPicker()
    open(box())
    await option('(2020)闽0626刑初1号 污染环境罪')
    expect(drawn(`(2020)闽0626刑初${pickerPageSize + 1}号 污染环境罪`)).toBeNull()
    fireEvent.click(await screen.findByRole('button', { name: '加载更多' }))
    await waitFor(() => expect(requests).toEqual([
      { search: '', after: null },
      { search: '', after: String(pickerPageSize) }
    ]))
    // Down the list with the keyboard, past the first page: the active option is the one Enter picks.
    for (let i = 1; i < pickerPageSize + 10; i++) fireEvent.keyDown(box(), { key: 'ArrowDown', keyCode: 40 })
    await waitFor(() => expect(box().getAttribute('aria-activedescendant')).toBe(`picker_list_${pickerPageSize + 9}`))
    expect(screen.getByRole('option', { name: `(2020)闽0626刑初${pickerPageSize + 10}号 污染环境罪` })).toBeTruthy()
    fireEvent.keyDown(box(), { key: 'Enter', keyCode: 13 })
    expect(onChange).toHaveBeenCalledWith(`case-${pickerPageSize + 10}`)
  })
})
