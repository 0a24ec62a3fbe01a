import { beforeAll, describe, expect, it } from 'vitest'
import { fireEvent, render, screen, within } from '@testing-library/react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { MemoryRouter } from 'react-router-dom'
import type { Dashboard, DashboardMilestone } from '../../electron/shared/orders'
import { AntdConfig } from '../../src/layout/AntdConfig'
import i18n from '../../src/i18n'
import { fakeBridge } from './support/bridge'

const milestone = (i: number): DashboardMilestone => ({
  milestoneId: `m-${i}`,
  title: `第 ${i} 期水质复测`,
  dueDate: '2026-11-01',
  daysLeft: -31,
  status: 'overdue',
  orderId: `o-${i}`,
  orderNumber: `（2026）闽0626执修${i}号`,
  orderTypeName: '水质净化令',
  orderTypeNameEn: 'Water-quality purification order'
})

// What a province's core answers (orders.dashboard): the first 20 overdue milestones of 57, and every due-soon one of 3.
const board: Dashboard = {
  today: '2026-12-02',
  overdue: Array.from({ length: 20 }, (_, i) => milestone(i + 1)),
  dueSoon: [milestone(101), milestone(102), milestone(103)].map((m) => ({ ...m, daysLeft: 5, status: 'pending' })),
  openDeviations: [],
  overdueNotices: [],
  byStatus: [],
  byType: [],
  counts: { overdue: 57, dueSoon: 3, openDeviations: 0, overdueNotices: 0 }
}

// The 57 overdue milestones as milestones.overdue pages them: 50, then 7.
const overdue = Array.from({ length: 57 }, (_, i) => milestone(i + 1))
const overdueRequests: { after: string | null; limit: number }[] = []

let page: typeof import('../../src/orders/DashboardPage')
let overduePage: typeof import('../../src/orders/OverdueMilestonesPage')

beforeAll(async () => {
  window.ecocase = fakeBridge(async (channel, input) => {
    if (channel === 'orders.dashboard') return { ok: true, value: board }
    if (channel === 'milestones.overdue') {
      const { after, limit } = input as { after: string | null; limit: number }
      overdueRequests.push({ after, limit })
      const from = after === null ? 0 : Number(after)
      const items = overdue.slice(from, from + limit)
      return { ok: true, value: { items, next: from + limit < overdue.length ? String(from + limit) : null, total: after === null ? overdue.length : null } }
    }
    return { ok: false, error: { code: 'not_found', reason: 'not_found', message: '未找到' } }
  })
  page = await import('../../src/orders/DashboardPage')
  overduePage = await import('../../src/orders/OverdueMilestonesPage')
})

function renderPage(element: React.ReactNode) {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <MemoryRouter>
        <AntdConfig>{element}</AntdConfig>
      </MemoryRouter>
    </QueryClientProvider>
  )
}

const renderDashboard = () => renderPage(<page.DashboardPage />)

describe('the dashboard', () => {
  it('shows the first 20 overdue milestones with how many there are and a link to the paged list of all of them', async () => {
    renderDashboard()
    await screen.findByText('第 20 期水质复测')
    const first = screen.getByTestId('dashboard-overdue-first')
    expect(first.textContent).toContain('前 20 条，共 57 条')
    expect(within(first).getByRole('link', { name: '查看全部逾期节点' }).getAttribute('href')).toBe('/milestones/overdue')
    // A list the core sent whole says nothing more.
    expect(screen.queryByTestId('dashboard-due-soon-first')).toBeNull()
  })

  it('says it in English when the UI is English', async () => {
    await i18n.changeLanguage('en')
    try {
      renderDashboard()
      await screen.findByText('第 20 期水质复测')
      expect(screen.getByTestId('dashboard-overdue-first').textContent).toContain('First 20 of 57')
    } finally {
      await i18n.changeLanguage('zh-CN')
    }
  })
})

describe('the overdue list', () => {
  it('pages every overdue milestone: 50, then the last 7, and back', async () => {
    renderPage(<overduePage.OverdueMilestonesPage />)
    await screen.findByText('第 50 期水质复测')
    expect(screen.queryByText('第 51 期水质复测')).toBeNull()
    expect(screen.getByTestId('overdue-pager').textContent).toContain('共 57 条')
    fireEvent.click(screen.getByTestId('overdue-pager-next'))
    await screen.findByText('第 57 期水质复测')
    expect(screen.queryByText('第 50 期水质复测')).toBeNull()
    expect(screen.getByTestId('overdue-pager-next').hasAttribute('disabled')).toBe(true)
    expect(overdueRequests).toEqual([
      { after: null, limit: 50 },
      { after: '50', limit: 50 }
    ])
    fireEvent.click(screen.getByTestId('overdue-pager-previous'))
    await screen.findByText('第 1 期水质复测')
  })
})
