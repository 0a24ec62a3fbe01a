import { beforeAll, describe, expect, it, vi } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'
import { AntdConfig } from '../../src/layout/AntdConfig'
import { fakeBridge } from './support/bridge'

interface Row {
  id: string
  code: string
}

// 23 samples of case A, 3 of case B, as a core would page them: `after` is the last code of the previous page.
const rowsOf = (caseId: string, n: number): Row[] => Array.from({ length: n }, (_, i) => ({ id: `${caseId}-${i}`, code: `${caseId}-${String(i + 1).padStart(3, '0')}` }))
const rows: Record<string, Row[]> = { A: rowsOf('A', 23), B: rowsOf('B', 3) }
const invoke = vi.fn(async (channel: string, input: unknown): Promise<unknown> => {
  if (channel !== 'samples.list') throw new Error(`unexpected channel ${channel}`)
  const { caseId, after, limit } = input as { caseId: string; after: string | null; limit: number }
  const all = rows[caseId]!
  const start = after === null ? 0 : all.findIndex((r) => r.code === after) + 1
  const items = all.slice(start, start + limit)
  const next = start + limit < all.length ? items[items.length - 1]!.code : null
  return { ok: true, value: { items, next, total: after === null ? all.length : null } }
})

let lists: typeof import('../../src/lists/PagedTable') & typeof import('../../src/lists/use-paged-list')

beforeAll(async () => {
  window.ecocase = fakeBridge(invoke)
  lists = { ...(await import('../../src/lists/PagedTable')), ...(await import('../../src/lists/use-paged-list')) }
})

function CaseSamples() {
  const [caseId, setCaseId] = useState('A')
  const samples = lists.usePagedList('samples.list', { caseId }, 10)
  return (
    <>
      <button onClick={() => setCaseId('B')}>case B</button>
      <lists.PagedTable<Row> list={samples as never} testId="pager" rowKey="id" columns={[{ title: 'code', dataIndex: 'code' }]} />
    </>
  )
}

function renderList() {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <AntdConfig>
        <CaseSamples />
      </AntdConfig>
    </QueryClientProvider>
  )
}

const shownCodes = () => screen.getAllByRole('row').slice(1).map((r) => r.textContent)

describe('a paged list', () => {
  it('shows one page with the total, goes forward to the last page and back', async () => {
    renderList()
    await screen.findByText('A-001')
    expect(shownCodes()).toHaveLength(10)
    const pager = within(screen.getByTestId('pager'))
    expect(pager.getByText('共 23 条')).toBeTruthy()
    expect((screen.getByTestId('pager-previous') as HTMLButtonElement).disabled).toBe(true)
    await userEvent.click(screen.getByTestId('pager-next'))
    await screen.findByText('A-011')
    await userEvent.click(screen.getByTestId('pager-next'))
    await screen.findByText('A-021')
    expect(shownCodes()).toEqual(['A-021', 'A-022', 'A-023'])
    // Later pages bring no count: the first page's stays.
    expect(pager.getByText('共 23 条')).toBeTruthy()
    expect((screen.getByTestId('pager-next') as HTMLButtonElement).disabled).toBe(true)
    await userEvent.click(screen.getByTestId('pager-previous'))
    await screen.findByText('A-011')
    expect(shownCodes()[0]).toBe('A-011')
  })

  it('starts another filter at its first page, never asking for it with the old cursor', async () => {
    renderList()
    await screen.findByText('A-001')
    await userEvent.click(screen.getByTestId('pager-next'))
    await screen.findByText('A-011')
    invoke.mockClear()
    await userEvent.click(screen.getByRole('button', { name: 'case B' }))
    await screen.findByText('B-001')
    await waitFor(() => expect(within(screen.getByTestId('pager')).getByText('共 3 条')).toBeTruthy())
    expect(invoke.mock.calls.map(([, input]) => input)).toEqual([{ caseId: 'B', after: null, limit: 10 }])
    expect(shownCodes()).toEqual(['B-001', 'B-002', 'B-003'])
  })
})
