import { describe, expect, it, vi } from 'vitest'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { SampleForm, type SampleFormMode } from '../../src/sampling/SampleForm'
import { AntdConfig } from '../../src/layout/AntdConfig'
import type { SampleInput } from '../../electron/shared/sampling'
import type { Site } from '../../electron/shared/sites'
import type { AppErrorShape } from '../../electron/shared/errors'

// Photos upload through the attachments client; these tests add none.
vi.mock('../../src/attachments/upload-attachment', () => ({ uploadAttachment: vi.fn() }))

const stamp = { createdAt: '2020-05-12T02:30:00.000Z', updatedAt: '2020-05-12T02:30:00.000Z', updatedBy: 'u', revision: 0 }
const site: Site = { id: '01900000-0000-7000-8000-0000000000a1', caseId: '01900000-0000-7000-8000-0000000000c1', name: '池塘', address: '', latitude: null, longitude: null, accuracyM: null, waterbody: 'lake', notes: '', ...stamp }

function sample(overrides: Partial<SampleInput> = {}): SampleInput {
  return {
    caseId: site.caseId,
    visitId: null,
    siteId: site.id,
    matrix: 'surface_water',
    sampledAt: '2020-05-12T02:30:00.000Z',
    depthM: 0.5,
    sampler: '郑海波',
    samplerOrganisation: '漳滨县环境监测站',
    supervisingInvestigator: '',
    container: '',
    volumeMl: null,
    preservative: '',
    qcType: 'normal',
    duplicateOfId: null,
    sealNumber: 'F-0001',
    landUse: null,
    fieldMeasurements: { waterTemperatureC: 24.5, ph: 7.2, dissolvedOxygenMgL: 3.1, conductivityUsCm: null, turbidityNtu: null, transparencyCm: null, appearance: '' },
    photoSha256: [],
    ...overrides
  }
}

function renderForm(mode: SampleFormMode, initial: SampleInput, reply: AppErrorShape | null = null) {
  const onSubmit = vi.fn(async () => reply)
  const { container } = render(
    <AntdConfig>
      <SampleForm mode={mode} initial={initial} sites={[site]} visits={[]} sampleId={null} onSubmit={onSubmit} onCancel={() => undefined} />
    </AntdConfig>
  )
  return { onSubmit, field: (id: string) => container.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`) }
}

describe('the sample form', () => {
  it('shows a soil sample’s land use, pH and depth, not the water field measurements, and sends none of those it hides', async () => {
    // Typed as water, then the matrix became soil: the DO typed before must not travel unseen.
    const form = renderForm({ kind: 'create' }, sample({ matrix: 'soil', landUse: 'paddy' }))
    expect(form.field('sample-landUse')).not.toBeNull()
    expect(form.field('sample-fieldMeasurements-ph')).not.toBeNull()
    expect(form.field('sample-depthM')).not.toBeNull()
    for (const hidden of ['waterTemperatureC', 'dissolvedOxygenMgL', 'conductivityUsCm', 'turbidityNtu', 'transparencyCm']) {
      expect(form.field(`sample-fieldMeasurements-${hidden}`), hidden).toBeNull()
    }
    await userEvent.click(screen.getByTestId('save-sample'))
    await waitFor(() => expect(form.onSubmit).toHaveBeenCalled())
    const [sent] = form.onSubmit.mock.calls[0] as unknown as [SampleInput]
    expect(sent.fieldMeasurements).toEqual({ waterTemperatureC: null, ph: 7.2, dissolvedOxygenMgL: null, conductivityUsCm: null, turbidityNtu: null, transparencyCm: null, appearance: '' })
  })

  it('shows a water sample’s field measurements and no land use', () => {
    const form = renderForm({ kind: 'create' }, sample())
    expect(form.field('sample-fieldMeasurements-dissolvedOxygenMgL')).not.toBeNull()
    expect(form.field('sample-landUse')).toBeNull()
    expect(form.field('sample-reason')).toBeNull()
  })

  it('asks for no reason when editing a sample not yet handed over', async () => {
    const form = renderForm({ kind: 'edit', askReason: false }, sample())
    expect(form.field('sample-reason')).toBeNull()
    expect(form.field('sample-matrix')?.disabled).toBe(true)
    await userEvent.click(screen.getByTestId('save-sample'))
    await waitFor(() => expect(form.onSubmit).toHaveBeenCalledWith(expect.objectContaining({ sealNumber: 'F-0001' }), ''))
  })

  it('asks for the reason once the sample was handed over, sends it, and shows the core’s refusal on the reason field', async () => {
    const refusal: AppErrorShape = { code: 'invalid_input', reason: 'sample_change_needs_reason', message: '样品已移交，修改样品信息须说明原因', fieldErrors: { reason: '请填写修改原因' } }
    const form = renderForm({ kind: 'edit', askReason: true }, sample(), refusal)
    expect(screen.getByLabelText('修改原因')).toBe(form.field('sample-reason'))
    await userEvent.clear(form.field('sample-sealNumber')!)
    await userEvent.type(form.field('sample-sealNumber')!, 'F-0002')
    await userEvent.click(screen.getByTestId('save-sample'))
    expect(await screen.findByText('请填写修改原因')).toBeTruthy()
    expect(form.field('sample-reason')!.closest('.ant-form-item')!.className).toContain('ant-form-item-has-error')
    await userEvent.type(form.field('sample-reason')!, '封条编号抄录错误')
    await userEvent.click(screen.getByTestId('save-sample'))
    await waitFor(() => expect(form.onSubmit).toHaveBeenLastCalledWith(expect.objectContaining({ sealNumber: 'F-0002' }), '封条编号抄录错误'))
  })
})
