import { beforeEach, describe, expect, it, vi } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom'
import { HeaderSearch } from '../../src/search/HeaderSearch'
import { AntdConfig } from '../../src/layout/AntdConfig'
import type { SearchResults } from '../../electron/shared/search'

const api = vi.hoisted(() => ({ search: { global: vi.fn() } }))
vi.mock('../../src/api/api', async (original) => ({ ...(await original<typeof import('../../src/api/api')>()), api }))

const empty = (query: string): SearchResults => ({
  query,
  groups: (['case', 'sample', 'order', 'opinion', 'expert'] as const).map((kind) => ({ kind, total: 0, hits: [] }))
})

const hit = { status: 'in_trial', caseId: 'c1', caseNumber: '（2020）闽0626刑初123号', version: null }

function Where() {
  const location = useLocation()
  return <div data-testid="where">{location.pathname + location.search}</div>
}

function renderSearch() {
  render(
    <AntdConfig>
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter>
          <HeaderSearch />
          <Routes>
            <Route path="*" element={<Where />} />
          </Routes>
        </MemoryRouter>
      </QueryClientProvider>
    </AntdConfig>
  )
}

const searchBox = () => screen.getByTestId('header-search').querySelector('input')!

beforeEach(() => {
  api.search.global.mockReset()
})

describe('the header search', () => {
  it('groups what it finds by kind, with counts, and opens a hit', async () => {
    api.search.global.mockImplementation(async (input: { query: string }) => {
      const { query } = input
      const results = empty(query)
      results.groups[0] = { kind: 'case', total: 1, hits: [{ kind: 'case', id: 'c1', title: '（2020）闽0626刑初123号', detail: '污染环境罪', ...hit }] }
      results.groups[2] = {
        kind: 'order',
        total: 12,
        hits: [{ kind: 'order', id: 'o1', title: '（2020）闽0626执修1号', detail: '黎某', ...hit, status: 'issued' }]
      }
      return { ok: true, value: results }
    })
    renderSearch()
    await userEvent.type(searchBox(), '黎某')
    const cases = await screen.findByTestId('search-group-case')
    expect(within(cases).getByText('案件 · 1 条')).toBeTruthy()
    const orders = screen.getByTestId('search-group-order')
    expect(within(orders).getByText('修复令 · 12 条')).toBeTruthy()
    expect(within(orders).getByText('已签发')).toBeTruthy()
    expect(within(orders).getByText('（2020）闽0626刑初123号')).toBeTruthy()
    expect(screen.queryByTestId('search-group-sample')).toBeNull()
    expect(api.search.global).toHaveBeenLastCalledWith({ query: '黎某' })

    await userEvent.click(within(orders).getByText('（2020）闽0626执修1号'))
    await waitFor(() => expect(screen.getByTestId('where').textContent).toBe('/orders/o1'))
  })

  it('says when nothing is found, and shows the core’s refusal of a query with nothing searchable', async () => {
    api.search.global.mockImplementation(async ({ query }: { query: string }) =>
      query === '*' ? { ok: false, error: { code: 'invalid_input', message: '搜索词须包含汉字、字母或数字' } } : { ok: true, value: empty(query) }
    )
    renderSearch()
    const box = searchBox()
    await userEvent.type(box, '无此')
    expect(await screen.findByText('未找到与“无此”相关的记录')).toBeTruthy()
    await userEvent.clear(box)
    await userEvent.type(box, '*')
    expect(await screen.findByText('搜索词须包含汉字、字母或数字')).toBeTruthy()
  })
})
