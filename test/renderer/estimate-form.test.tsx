import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { EstimateForm } from '../../src/opinions/EstimateForm'
import { AntdConfig } from '../../src/layout/AntdConfig'
import type { DamageEstimate } from '../../electron/shared/opinions'

// The form talks to the core only through `api`: calculate for the preview, create to save.
const api = vi.hoisted(() => ({
  estimates: {
    calculate: vi.fn(async () => ({ ok: false as const, error: { code: 'invalid_input' as const, message: '预览不可用' } })),
    create: vi.fn()
  }
}))
vi.mock('../../src/api/api', () => ({ api }))

const caseId = '01900000-0000-7000-8000-0000000000c1'
const saved = { id: '01900000-0000-7000-8000-0000000000e1' } as DamageEstimate

function renderForm() {
  const onCreated = vi.fn()
  const { container } = render(
    <AntdConfig>
      <EstimateForm caseId={caseId} onCreated={onCreated} />
    </AntdConfig>
  )
  const input = (id: string) => container.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`)!
  const fill = async (id: string, text: string) => {
    await userEvent.clear(input(id))
    await userEvent.type(input(id), text)
  }
  const figure = async (id: string, low: string, high: string, reference: string, note: string) => {
    await fill(`${id}-low`, low)
    await fill(`${id}-high`, high)
    await fill(`${id}-reference`, reference)
    if (note) await fill(`${id}-note`, note)
  }
  return { onCreated, input, fill, figure }
}

const itemOf = (element: Element) => element.closest('.ant-form-item')!

beforeEach(() => {
  api.estimates.create.mockReset()
  api.estimates.create.mockResolvedValue({ ok: true, value: saved })
})

describe('the estimate form', () => {
  it('shows a judgement figure without its reasoning on that figure’s note, and saves nothing', async () => {
    const form = renderForm()
    await form.figure('quantity', '4000', '4000', '现场勘查记录', '')
    await form.figure('unitCostYuan', '5.50', '5.50', '县污水处理厂单位处理成本', '按当地价格研判')
    await form.figure('method-multiplier', '4.5', '6', '《环境损害鉴定评估推荐方法（第Ⅱ版）》', 'III 类水体')
    await userEvent.click(screen.getByTestId('estimate-save'))
    expect(await screen.findByText('研判得出的数值须说明理由')).toBeTruthy()
    expect(itemOf(form.input('quantity-note')).className).toContain('ant-form-item-has-error')
    expect(itemOf(form.input('unitCostYuan-note')).className).not.toContain('ant-form-item-has-error')
    expect(api.estimates.create).not.toHaveBeenCalled()
  })

  it('saves the parsed figures of the 2014 method for the case', async () => {
    const form = renderForm()
    await form.figure('quantity', ' 4000 ', '4000', ' 现场勘查记录 ', '作坊日排水约 20 m³')
    await form.figure('unitCostYuan', '5.50', '5.50', '县污水处理厂单位处理成本', '按当地价格研判')
    await form.figure('method-multiplier', '4.5', '6', '推荐方法', 'III 类水体')
    await userEvent.click(screen.getByTestId('estimate-save'))
    await waitFor(() => expect(form.onCreated).toHaveBeenCalledWith(saved))
    expect(api.estimates.create).toHaveBeenCalledWith({
      caseId,
      estimate: {
        kind: 'virtual_cost',
        input: {
          quantity: { low: '4000', high: '4000', unit: 'm3', source: { kind: 'judgement', reference: '现场勘查记录', note: '作坊日排水约 20 m³' } },
          unitCostYuan: { low: '5.50', high: '5.50', source: { kind: 'judgement', reference: '县污水处理厂单位处理成本', note: '按当地价格研判' } },
          method: { version: 'recommended-2014', functionClass: 'III', multiplier: { low: '4.5', high: '6', source: { kind: 'judgement', reference: '推荐方法', note: 'III 类水体' } } }
        }
      }
    })
  })

  it('asks for the composition of γ under GB/T 39793.2-2020, then saves γ with it', async () => {
    const form = renderForm()
    await userEvent.click(screen.getByText('虚拟治理成本法（GB/T 39793.2-2020）'))
    await form.figure('quantity', '4000', '4000', '现场勘查记录', '推算')
    await form.figure('unitCostYuan', '5.50', '5.50', '处理成本', '研判')
    await form.figure('method-gamma-value', '4.5', '4.5', '技术指南', '研判')
    await userEvent.click(screen.getByTestId('estimate-save'))
    expect(await screen.findByText('请说明 γ 的构成及其依据')).toBeTruthy()
    expect(itemOf(form.input('gamma-composition')).className).toContain('ant-form-item-has-error')
    expect(api.estimates.create).not.toHaveBeenCalled()

    await form.fill('gamma-composition', 'γ = α × τ，取值见附表')
    await userEvent.click(screen.getByTestId('estimate-save'))
    await waitFor(() => expect(api.estimates.create).toHaveBeenCalledTimes(1))
    expect(api.estimates.create.mock.calls[0]![0]).toMatchObject({
      estimate: {
        kind: 'virtual_cost',
        input: {
          method: {
            version: 'gbt-39793.2-2020',
            gamma: { kind: 'entered', composition: 'γ = α × τ，取值见附表', components: [], value: { low: '4.5', high: '4.5' } }
          }
        }
      }
    })
  })

  it('saves actual costs in fen with their sources', async () => {
    const form = renderForm()
    await userEvent.click(screen.getByText('实际治理费用'))
    await form.fill('items-0-description', '应急抽排费')
    const amount = form.input('items-0-amount')
    fireEvent.change(amount, { target: { value: '12500.5' } })
    fireEvent.blur(amount)
    await form.fill('items-0-reference', '发票 No.0012')
    await userEvent.click(screen.getByTestId('estimate-save'))
    // The default source kind is a judgement, which needs its reasoning.
    expect(await screen.findByText('研判得出的数值须说明理由')).toBeTruthy()
    await form.fill('items-0-note', '按发票金额')
    await userEvent.click(screen.getByTestId('estimate-save'))
    await waitFor(() => expect(api.estimates.create).toHaveBeenCalledTimes(1))
    expect(api.estimates.create.mock.calls[0]![0]).toEqual({
      caseId,
      estimate: { kind: 'actual_cost', input: { items: [{ description: '应急抽排费', amountFen: 1_250_050, source: { kind: 'judgement', reference: '发票 No.0012', note: '按发票金额' } }] } }
    })
  })
})
