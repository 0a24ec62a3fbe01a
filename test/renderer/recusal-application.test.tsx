import { describe, expect, it, vi } from 'vitest'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import type { Assignment } from '../../electron/shared/assignments'
import { AntdConfig } from '../../src/layout/AntdConfig'
import { ApplyRecusalModal } from '../../src/assignments/RecusalMatters'
import { fakeBridge } from './support/bridge'

const assignment = { id: 'as-1', expertName: '林永华' } as Assignment

function renderDialog() {
  const sent: unknown[] = []
  window.ecocase = fakeBridge(async (channel, input) => {
    sent.push({ channel, input })
    return { ok: true, value: {} }
  })
  const onSaved = vi.fn()
  render(
    <QueryClientProvider client={new QueryClient()}>
      <AntdConfig>
        <ApplyRecusalModal assignment={assignment} onSaved={onSaved} onClose={() => undefined} />
      </AntdConfig>
    </QueryClientProvider>
  )
  return { sent, onSaved, field: (id: string) => document.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`)! }
}

describe('the recusal application dialog (one contract form)', () => {
  it('refuses a missing applicant and reason on their fields with the contract’s words, sending nothing', async () => {
    const { sent, onSaved } = renderDialog()
    fireEvent.submit(screen.getByTestId('apply-recusal'))
    await screen.findByText('请填写申请理由', {}, { timeout: 10_000 })
    expect(sent).toEqual([])
    expect(onSaved).not.toHaveBeenCalled()
  })

  it('sends the application of the assignment with what was typed', async () => {
    const { sent, onSaved, field } = renderDialog()
    fireEvent.change(field('recusal-applicant'), { target: { value: '被告人黎某' } })
    fireEvent.change(field('recusal-reason'), { target: { value: '调查官曾为本案证人' } })
    fireEvent.submit(screen.getByTestId('apply-recusal'))
    await waitFor(() => expect(onSaved).toHaveBeenCalled(), { timeout: 10_000 })
    expect(sent).toEqual([{ channel: 'assignments.applyRecusal', input: { assignmentId: 'as-1', applicant: '被告人黎某', reason: '调查官曾为本案证人', receivedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) } }])
  })
})
