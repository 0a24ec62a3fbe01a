import { describe, expect, it } from 'vitest'
import { fireEvent, render, screen } from '@testing-library/react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { AntdConfig } from '../../src/layout/AntdConfig'
import { ConflictsCard } from '../../src/assignments/ConflictsCard'
import { inputReasons } from '../../electron/shared/input-reasons'
import { fakeBridge } from './support/bridge'

describe('the conflict declaration (one contract form)', () => {
  it('refuses it without an expert and an explanation, on the fields, sending nothing to record', async () => {
    const sent: string[] = []
    window.ecocase = fakeBridge(async (channel) => {
      sent.push(channel)
      return channel === 'assignments.conflicts' ? { ok: true, value: [] } : { ok: false, error: { code: 'not_found', reason: 'not_found', message: '未找到' } }
    })
    render(
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <AntdConfig>
          <ConflictsCard caseId="0190a000-0000-7000-8000-000000000001" canRecord />
        </AntdConfig>
      </QueryClientProvider>
    )
    fireEvent.click(screen.getByTestId('open-mark-conflict'))
    fireEvent.submit(await screen.findByTestId('mark-conflict'))
    await screen.findByText(inputReasons.conflict_explanation_required.zh, {}, { timeout: 10_000 })
    expect(sent).not.toContain('assignments.markConflict')
    // The expert list is read only when its picker opens: nothing beyond the card's own list so far.
    expect(sent).toEqual(['assignments.conflicts'])
  })
})
