import { describe, expect, it, vi } from 'vitest'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ExpertForm, emptyExpert } from '../../src/experts/ExpertForm'
import { AntdConfig } from '../../src/layout/AntdConfig'
import type { Field } from '../../electron/shared/fields'
import type { ExpertInput } from '../../electron/shared/experts'

const water: Field = { id: '01900000-0000-7000-8000-000000000001', code: 'water', nameZh: '水环境', nameEn: 'Water environment', sortOrder: 10, active: true, revision: 0 }
const soil: Field = { id: '01900000-0000-7000-8000-000000000002', code: 'soil', nameZh: '土壤环境', nameEn: 'Soil environment', sortOrder: 20, active: true, revision: 0 }

const filled: ExpertInput = {
  ...emptyExpert,
  organisation: '福建农林大学',
  fieldIds: [water.id],
  primaryFieldId: water.id,
  termStart: '2025-01-01',
  termEnd: '2027-12-31'
}

function renderForm(initial: ExpertInput, onSubmit = vi.fn(async (_values: ExpertInput) => null)) {
  render(
    <AntdConfig>
      <ExpertForm fields={[water, soil]} initial={initial} onSubmit={onSubmit} onCancel={() => undefined} />
    </AntdConfig>
  )
  return onSubmit
}

describe('the expert form', () => {
  it('shows the missing name on the name field and does not submit', async () => {
    const onSubmit = renderForm(filled)
    await userEvent.click(screen.getByRole('button', { name: '保存' }))
    expect(await screen.findByText('请填写姓名')).toBeTruthy()
    expect(screen.getByLabelText('姓名').closest('.ant-form-item')!.className).toContain('ant-form-item-has-error')
    expect(onSubmit).not.toHaveBeenCalled()
  })

  it('shows every rule of the shared schema on its own field', async () => {
    renderForm({ ...emptyExpert, email: 'not-an-email', termStart: '2026-01-01', termEnd: '2025-01-01' })
    await userEvent.click(screen.getByRole('button', { name: '保存' }))
    expect(await screen.findByText('至少选择一个专业领域')).toBeTruthy()
    expect(screen.getByText('请填写工作单位')).toBeTruthy()
    expect(screen.getByText('电子邮箱格式不正确')).toBeTruthy()
    expect(screen.getByText('聘任期满日不能早于起始日')).toBeTruthy()
  })

  it('submits the parsed values once they are valid', async () => {
    const onSubmit = renderForm(filled)
    await userEvent.type(screen.getByLabelText('姓名'), '  周清源 ')
    await userEvent.click(screen.getByRole('button', { name: '添加关联单位' }))
    await userEvent.type(screen.getByLabelText('关联单位'), '漳州绿源环保科技有限公司')
    await userEvent.type(screen.getByLabelText('关联关系'), '技术顾问')
    await userEvent.click(screen.getByRole('button', { name: '保存' }))
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1))
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({
      name: '周清源',
      organisation: '福建农林大学',
      fieldIds: [water.id],
      primaryFieldId: water.id,
      affiliations: [{ organisation: '漳州绿源环保科技有限公司', relation: '技术顾问' }]
    })
  })

  it('puts the core’s field errors on the fields and other errors above the form', async () => {
    const onSubmit = vi.fn(async () => ({ code: 'conflict' as const, reason: 'stale_revision' as const, message: '该专家信息已被他人修改，请刷新后重试', fieldErrors: { 'expert.organisation': '单位名称有误' } }))
    render(
      <AntdConfig>
        <ExpertForm fields={[water]} initial={{ ...filled, name: '周清源' }} serverPrefix="expert." onSubmit={onSubmit} onCancel={() => undefined} />
      </AntdConfig>
    )
    await userEvent.click(screen.getByRole('button', { name: '保存' }))
    expect(await screen.findByText('单位名称有误')).toBeTruthy()
    expect(screen.getByText('该专家信息已被他人修改，请刷新后重试')).toBeTruthy()
  })
})
