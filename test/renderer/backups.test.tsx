import { beforeAll, describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { App as AntApp } from 'antd'
import type { ReactNode } from 'react'
import type { BackupRun, BackupStatus } from '../../electron/shared/backups'
import { AntdConfig } from '../../src/layout/AntdConfig'
import { fakeBridge } from './support/bridge'

const failedRun: BackupRun = {
  id: '01900000-0000-7000-8000-000000000002',
  trigger: 'schedule',
  outRoot: '/media/backup',
  startedAt: '2026-12-02T01:00:00.000Z',
  finishedAt: '2026-12-02T01:00:01.000Z',
  outcome: 'failed',
  folder: null,
  message: '找不到备份文件夹（磁盘可能未接入）：/media/backup'
}
const okRun: BackupRun = { ...failedRun, id: '01900000-0000-7000-8000-000000000001', startedAt: '2026-12-01T01:00:00.000Z', finishedAt: '2026-12-01T01:00:05.000Z', outcome: 'ok', folder: '/media/backup/ecocase-backup-20261201T010000Z', message: '' }
const status: BackupStatus = {
  schedule: { enabled: true, intervalHours: 24, folder: '/media/backup', keep: 7, revision: 0 },
  last: failedRun,
  lastOk: okRun,
  nextDueAt: '2026-12-03T01:00:00.000Z',
  warning: 'failed'
}

/** What the core answers; the cards reach it through the same bridge the preload builds. */
const invoke = vi.fn(async (channel: string, _input: unknown): Promise<unknown> => {
  if (channel === 'backups.status') return { ok: true, value: status }
  if (channel === 'backups.schedule') return { ok: true, value: { enabled: false, intervalHours: 24, folder: '', keep: 7, revision: null } }
  if (channel === 'backups.setSchedule') {
    return { ok: false, error: { code: 'invalid_input', message: '输入有误：备份文件夹不存在', fieldErrors: { folder: '备份文件夹不存在，请先建立该文件夹（或接入所在的磁盘）' } } }
  }
  throw new Error(`unexpected channel ${channel}`)
})

let cards: typeof import('../../src/backups/BackupStatusCard') & typeof import('../../src/backups/BackupScheduleCard')

beforeAll(async () => {
  window.ecocase = fakeBridge(invoke)
  cards = { ...(await import('../../src/backups/BackupStatusCard')), ...(await import('../../src/backups/BackupScheduleCard')) }
})

function renderWithQueries(children: ReactNode) {
  render(
    <AntdConfig>
      <AntApp>
        <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>{children}</QueryClientProvider>
      </AntApp>
    </AntdConfig>
  )
}

describe('the dashboard’s backup card', () => {
  it('shows the last backup in Shanghai time and warns that the last attempt failed, with its reason', async () => {
    renderWithQueries(<cards.BackupStatusCard />)
    expect(await screen.findByText('最近一次备份失败：找不到备份文件夹（磁盘可能未接入）：/media/backup')).toBeTruthy()
    expect(screen.getByText('最近一次备份').closest('tr')!.textContent).toContain('2026-12-01 09:00')
    expect(screen.getByText('最近一次尝试').closest('tr')!.textContent).toContain('失败')
  })
})

describe('the backup schedule card', () => {
  it('puts the core’s refusal of the folder on the folder field', async () => {
    renderWithQueries(<cards.BackupScheduleCard />)
    await userEvent.click(await screen.findByLabelText('启用定时备份'))
    await userEvent.type(screen.getByLabelText('备份文件夹（绝对路径）'), '/media/backup')
    await userEvent.click(screen.getByRole('button', { name: '保存备份设置' }))
    expect(await screen.findByText('备份文件夹不存在，请先建立该文件夹（或接入所在的磁盘）')).toBeTruthy()
    expect(invoke).toHaveBeenCalledWith('backups.setSchedule', { enabled: true, intervalHours: 24, folder: '/media/backup', keep: 7, revision: null })
  })

  it('refuses a relative folder before it asks the core', async () => {
    invoke.mockClear()
    renderWithQueries(<cards.BackupScheduleCard />)
    await userEvent.type(await screen.findByLabelText('备份文件夹（绝对路径）'), 'backups')
    await userEvent.click(screen.getByRole('button', { name: '保存备份设置' }))
    expect(await screen.findByText(/须为绝对路径/)).toBeTruthy()
    expect(invoke.mock.calls.map((c) => c[0])).not.toContain('backups.setSchedule')
  })
})
