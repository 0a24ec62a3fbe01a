import { describe, expect, it, vi } from 'vitest'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { AntdConfig } from '../../src/layout/AntdConfig'
import { DesignateModal } from '../../src/assignments/DesignateModal'
import { errorReasons } from '../../electron/shared/error-reasons'
import { inputReasons } from '../../electron/shared/input-reasons'
import { fakeBridge } from './support/bridge'

const caseId = '0190a000-0000-7000-8000-000000000001'
const fieldId = '0190a000-0000-7000-8000-0000000000f1'
const expertId = '0190a000-0000-7000-8000-0000000000e1'
const water = { id: fieldId, code: 'water', nameZh: '水环境', nameEn: 'Water environment', sortOrder: 1, active: true, revision: 0 }
const excludedExpert = {
  expertId,
  name: '陈海',
  organisation: '漳州市环境监测站',
  title: '高级工程师',
  fieldIds: [fieldId],
  activeCases: 0,
  maxConcurrentCases: 3,
  reasons: [{ code: 'prior_role', detail: { reason: 'finding_prior_role_this_case', params: { role: [{ reason: 'participant_role_witness' }] } } }]
}
// What core answers a designation of an excluded expert without a written reason (assignment.service.ts).
const needsReason = {
  code: 'invalid_input',
  reason: 'assign_needs_override',
  params: { grounds: [] },
  message: '该专家存在回避或排除事由（），仍要指派须填写书面理由',
  fieldErrors: { overrideReason: errorReasons.field_override_reason.zh },
  fieldReasons: { overrideReason: 'field_override_reason' }
}

function renderDialog() {
  const sent: { channel: string; input: unknown }[] = []
  window.ecocase = fakeBridge(async (channel, input) => {
    sent.push({ channel, input })
    if (channel === 'fields.list') return { ok: true, value: [water] }
    if (channel === 'assignments.screen') return { ok: true, value: { caseId, today: '2026-03-02', fieldIds: [fieldId], eligible: [], excluded: [excludedExpert] } }
    const reason = (input as { overrideReason: string }).overrideReason
    return reason === '' ? { ok: false, error: needsReason } : { ok: true, value: { id: 'as-1' } }
  })
  const onClose = vi.fn()
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <AntdConfig>
        <DesignateModal caseId={caseId} onClose={onClose} />
      </AntdConfig>
    </QueryClientProvider>
  )
  return { sent, onClose, designations: () => sent.filter((s) => s.channel === 'assignments.designate').map((s) => s.input) }
}

async function choose(selectId: string, label: RegExp) {
  fireEvent.mouseDown(document.querySelector(`#${selectId}`)!)
  fireEvent.click(await screen.findByText(label, { selector: '.ant-select-item-option-content' }, { timeout: 10_000 }))
}

describe('the designation dialog (one contract form)', () => {
  it('refuses a missing field and expert on their fields with the contract’s words, sending nothing', async () => {
    const { designations, onClose } = renderDialog()
    fireEvent.submit(screen.getByTestId('designate-form'))
    await screen.findByText(inputReasons.ecological_field_required.zh, {}, { timeout: 10_000 })
    await screen.findByText(inputReasons.expert_required.zh)
    expect(designations()).toEqual([])
    expect(onClose).not.toHaveBeenCalled()
  })

  it('puts core’s demand for a written reason on the reason field, then sends the reason typed', async () => {
    const { designations, onClose } = renderDialog()
    await choose('designate-field', /^水环境$/)
    await choose('designate-expert', /^陈海/)
    await screen.findByText('曾在本案中担任证人')
    fireEvent.submit(screen.getByTestId('designate-form'))
    await screen.findByText(errorReasons.field_override_reason.zh, {}, { timeout: 10_000 })
    expect(designations()).toEqual([{ caseId, fieldId, expertId, overrideReason: '', replacesAssignmentId: null }])
    expect(onClose).not.toHaveBeenCalled()

    fireEvent.change(document.querySelector('#designate-override')!, { target: { value: '本地唯一的水环境专家，曾作证内容与鉴定事项无关' } })
    fireEvent.submit(screen.getByTestId('designate-form'))
    await waitFor(() => expect(onClose).toHaveBeenCalledWith(true), { timeout: 10_000 })
    expect(designations()[1]).toEqual({ caseId, fieldId, expertId, overrideReason: '本地唯一的水环境专家，曾作证内容与鉴定事项无关', replacesAssignmentId: null })
  })
})
