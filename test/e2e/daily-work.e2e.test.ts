import { describe, it } from 'vitest'
import { openAppAs, screenshot, demoPreview } from './support/preview'

const demo = demoPreview()

describe('the header search in the browser preview', () => {
  it('finds the pond case by its party and a sample by its code, and opens each', async () => {
    const page = await openAppAs(demo.browser, demo.preview, 'wang.judge')
    const box = page.getByTestId('header-search').locator('input')
    await box.fill('黎某')
    const cases = page.getByTestId('search-group-case')
    await cases.getByText('（2020）闽0626刑初123号').waitFor()
    await page.getByTestId('search-group-order').getByText('（2020）闽0626执修1号').waitFor()
    await screenshot(page, 'header-search-party')
    await cases.getByText('（2020）闽0626刑初123号').click()
    await page.waitForURL(/#\/cases\/[0-9a-f-]+$/)

    await page.getByTestId('nav-sampling').click()
    const code = (await page.getByRole('row').getByRole('link').first().innerText()).trim()
    await box.fill(code)
    const samples = page.getByTestId('search-group-sample')
    await samples.getByText(code, { exact: true }).waitFor()
    await samples.getByText(code, { exact: true }).click()
    await page.waitForURL(/#\/samples\/[0-9a-f-]+$/)
    await page.getByText(code).first().waitFor()
  })
})

describe('unsaved work in the browser preview', () => {
  it('warns before leaving an opinion with unsaved changes, stays on 留下, leaves on 离开', async () => {
    const page = await openAppAs(demo.browser, demo.preview, 'lin.investigator')
    await page.getByTestId('nav-cases').click()
    await page.getByRole('link', { name: '（2020）闽0626刑初123号' }).click()
    await page.getByRole('tab', { name: '技术调查意见' }).click()
    await page.getByTestId('open-opinion').click()
    await page.getByRole('heading', { name: '技术调查意见' }).waitFor()
    await page.locator('#findings').fill('池塘水体发黑发臭，尚未修改完毕')

    await page.getByTestId('nav-experts').click()
    const warning = page.getByRole('dialog').filter({ hasText: '有未保存的修改' })
    await warning.waitFor()
    await screenshot(page, 'unsaved-changes-warning')
    await page.getByTestId('unsaved-stay').click()
    await warning.waitFor({ state: 'hidden' })
    await page.getByRole('heading', { name: '技术调查意见' }).waitFor()
    if ((await page.locator('#findings').inputValue()) !== '池塘水体发黑发臭，尚未修改完毕') throw new Error('the findings were lost')

    await page.getByTestId('nav-experts').click()
    await page.getByTestId('unsaved-leave').click()
    await page.waitForURL(/#\/experts$/)
  })
})


describe('home pages by role in the browser preview', () => {
  it('the investigator lands on 我的案件, the clerk on the cases to assign, the judge on the dashboard with its charts', async () => {
    const lin = await openAppAs(demo.browser, demo.preview, 'lin.investigator')
    await lin.getByTestId('my-cases').getByText('（2020）闽0626刑初123号').waitFor()
    await lin.getByTestId('my-case').first().waitFor()
    await screenshot(lin, 'home-investigator')
    await lin.close()

    const clerk = await openAppAs(demo.browser, demo.preview, 'chen.clerk')
    await clerk.getByTestId('awaiting-assignment').waitFor()
    await clerk.getByTestId('notices-due').waitFor()
    await screenshot(clerk, 'home-clerk')
    await clerk.close()

    const judge = await openAppAs(demo.browser, demo.preview, 'wang.judge')
    await judge.getByTestId('chart-orders-by-status').locator('svg').first().waitFor()
    await judge.getByTestId('chart-milestones').locator('svg').first().waitFor()
    await judge.getByTestId('chart-trends').locator('svg').first().waitFor()
    await screenshot(judge, 'home-judge-charts')
  })
})
