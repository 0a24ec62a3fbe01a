import { beforeEach, describe, expect, it, vi } from 'vitest'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { AcceptanceDialog } from '../../src/orders/AcceptanceDialog'
import { AntdConfig } from '../../src/layout/AntdConfig'
import type { RestorationOrder } from '../../electron/shared/orders'

const api = vi.hoisted(() => ({ orders: { accept: vi.fn() } }))
vi.mock('../../src/api/api', () => ({ api }))
vi.mock('../../src/attachments/upload-attachment', () => ({
  uploadAttachment: async () => ({ ok: true, value: { sha256: 'a'.repeat(64) } })
}))

const order = (threshold: number | null) =>
  ({
    id: '01900000-0000-7000-8000-0000000000a1',
    revision: 3,
    supervisingAgencies: ['漳浦县生态环境局'],
    acceptanceBlockers: [],
    upkeep: threshold === null ? null : { months: 12, survivalThresholdPct: threshold }
  }) as unknown as RestorationOrder

function renderDialog(o: RestorationOrder) {
  const run = vi.fn((reply: Promise<unknown>) => reply.then((r) => ((r as { ok: boolean }).ok ? null : (r as { error: never }).error)))
  const { container } = render(
    <AntdConfig>
      <AcceptanceDialog order={o} onClose={() => undefined} run={run as never} />
    </AntdConfig>
  )
  return { run, container }
}

const input = (id: string) => document.querySelector<HTMLInputElement>(`#${id}`)!

beforeEach(() => api.orders.accept.mockReset())

describe('the acceptance dialog', () => {
  it('asks for the survival rate only when the order fixes a threshold', () => {
    renderDialog(order(null))
    expect(document.querySelector('#accept-survivalRate')).toBeNull()
    renderDialog(order(85))
    expect(document.querySelector('#accept-survivalRate')).not.toBeNull()
  })

  it('sends each member of the team, and shows the core\'s refusal of a team without the competent authority on the team', async () => {
    api.orders.accept.mockResolvedValue({
      ok: false,
      error: { code: 'invalid_input', message: '验收组须有行政主管部门的成员', fieldErrors: { members: '验收组须有行政主管部门的成员' } }
    })
    renderDialog(order(null))
    await userEvent.type(input('member-0-name'), '王法官')
    await userEvent.type(input('member-0-organisation'), '漳浦县人民法院')
    await userEvent.upload(document.querySelector<HTMLInputElement>('input[type=file]')!, new File(['报告'], 'report.pdf', { type: 'application/pdf' }))
    await userEvent.click(screen.getByRole('button', { name: /确\s*定|OK/ }))
    // The acceptance is signed: the judge's password is asked again before anything is sent.
    expect(api.orders.accept).not.toHaveBeenCalled()
    await userEvent.type(await screen.findByTestId('signing-password'), 'judge-password')
    await userEvent.click(screen.getByRole('button', { name: /签\s*名/ }))
    await waitFor(() => expect(api.orders.accept).toHaveBeenCalled())
    expect(api.orders.accept.mock.calls[0]![0]).toMatchObject({
      password: 'judge-password',
      orderId: '01900000-0000-7000-8000-0000000000a1',
      revision: 3,
      acceptingBody: '漳浦县生态环境局',
      members: [{ role: 'court', name: '王法官', organisation: '漳浦县人民法院' }],
      reportSha256: 'a'.repeat(64)
    })
    expect((await screen.findByTestId('members-error')).textContent).toBe('验收组须有行政主管部门的成员')
  })
})
