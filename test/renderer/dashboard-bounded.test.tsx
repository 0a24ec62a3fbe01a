import { beforeAll, describe, expect, it } from 'vitest'
import { render, screen, within } from '@testing-library/react'
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

let page: typeof import('../../src/orders/DashboardPage')

beforeAll(async () => {
  window.ecocase = fakeBridge(async (channel) =>
    channel === 'orders.dashboard' ? { ok: true, value: board } : { ok: false, error: { code: 'not_found', reason: 'not_found', message: '未找到' } }
  )
  page = await import('../../src/orders/DashboardPage')
})

function renderDashboard() {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <MemoryRouter>
        <AntdConfig>
          <page.DashboardPage />
        </AntdConfig>
      </MemoryRouter>
    </QueryClientProvider>
  )
}

describe('the dashboard', () => {
  it('shows the first 20 overdue milestones with how many there are and a link to the paged order list', async () => {
    renderDashboard()
    await screen.findByText('第 20 期水质复测')
    const first = screen.getByTestId('dashboard-overdue-first')
    expect(first.textContent).toContain('前 20 条，共 57 条')
    expect(within(first).getByRole('link').getAttribute('href')).toBe('/orders')
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
