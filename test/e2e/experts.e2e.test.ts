import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { choose, screenshot, openAppAs, demoPreview } from './support/preview'

const demo = demoPreview()

async function openAs(username: string): Promise<Page> {
  const page = await openAppAs(demo.browser, demo.preview, username)
  await page.getByTestId('nav-experts').click()
  await page.getByRole('heading', { name: '专家库' }).waitFor()
  return page
}

describe('the expert pool in the browser preview', () => {
  it('a clerk adds an expert, finds it by search and by field, and cannot save one without a name', async () => {
    const page = await openAs('chen.clerk')
    await page.getByText('共 46 条').waitFor()

    await page.getByTestId('add-expert').click()
    const form = page.getByRole('form')
    await form.getByLabel('工作单位').fill('福建省水利水电勘测设计研究院')
    await form.getByRole('button', { name: '保存' }).click()
    await form.getByText('请填写姓名').waitFor()
    await form.getByText('至少选择一个专业领域').waitFor()
    await screenshot(page, 'experts-form-errors')

    await form.getByLabel('姓名').fill('周清源')
    await form.getByLabel('职称').fill('高级工程师')
    await choose(page, form.getByLabel('专业领域'), '水环境')
    await page.keyboard.press('Escape')
    await choose(page, form.getByLabel('主要领域'), '水环境')
    await form.getByRole('button', { name: '保存' }).click()
    await page.getByText('已新增专家 周清源').waitFor()

    await page.getByPlaceholder('按姓名或工作单位搜索').fill('清源')
    await page.getByPlaceholder('按姓名或工作单位搜索').press('Enter')
    await page.getByText('共 1 条').waitFor()
    await page.getByRole('cell', { name: '福建省水利水电勘测设计研究院' }).waitFor()

    await page.getByPlaceholder('按姓名或工作单位搜索').fill('')
    await page.getByPlaceholder('按姓名或工作单位搜索').press('Enter')
    await choose(page, page.getByTestId('expert-field-filter'), '水环境')
    // Wait for the filtered count (the demo's 8 water experts and 周清源), so the rows read are the filtered ones.
    await page.getByText('共 9 条').waitFor()
    await page.getByRole('cell', { name: '周清源' }).waitFor()
    const names = await page.locator('tbody tr td:first-child').allInnerTexts()
    expect(names).toContain('周清源')
    expect(names).toContain('陈静怡')
    expect(names).not.toContain('林永华')
    await screenshot(page, 'experts-clerk')
    await page.close()
  })

  it('an investigator cannot change the pool, in the UI or through the API', async () => {
    const page = await openAs('lin.investigator')
    await page.getByText('共 47 条').waitFor()
    expect(await page.getByTestId('add-expert').isDisabled()).toBe(true)
    // The pool lists by pinyin: 周 zhou is on a later page; every edit button of the first page is disabled.
    const edits = page.locator('[data-testid^="edit-"]')
    await edits.first().waitFor()
    for (const edit of await edits.all()) expect(await edit.isDisabled()).toBe(true)
    const reply = await page.evaluate(async () => {
      const list = await fetch('/api/experts.list', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-ecocase-token': sessionStorage.getItem('ecocase.previewToken') ?? '' },
        body: JSON.stringify({ search: '周清源' })
      }).then((r) => r.json())
      const expert = list.value.items[0]
      return fetch('/api/experts.suspend', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-ecocase-token': sessionStorage.getItem('ecocase.previewToken') ?? '' },
        body: JSON.stringify({ id: expert.id, revision: expert.revision, reason: '越权尝试' })
      }).then((r) => r.json())
    })
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    await screenshot(page, 'experts-investigator')
    await page.close()
  })

  it('speaks English when asked', async () => {
    const page = await openAs('chen.clerk')
    await page.getByTestId('language').getByText('English').click()
    await page.getByRole('heading', { name: 'Expert pool' }).waitFor()
    await screenshot(page, 'experts-english')
    await page.close()
  })
})
