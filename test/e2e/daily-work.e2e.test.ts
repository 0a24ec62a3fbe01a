import { afterAll, beforeAll, describe, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { cli, freshDataDir, launchChromium, openAppAs, screenshot, startPreview, type Preview } from './support/preview'

let preview: Preview
let browser: Browser

beforeAll(async () => {
  const dataDir = freshDataDir()
  cli(dataDir, 'demo')
  preview = await startPreview(dataDir)
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await preview?.stop()
})

describe('the header search in the browser preview', () => {
  it('finds the pond case by its party and a sample by its code, and opens each', async () => {
    const page = await openAppAs(browser, preview, 'wang.judge')
    const box = page.getByTestId('header-search').locator('input')
    await box.fill('黎某')
    const cases = page.getByTestId('search-group-case')
    await cases.getByText('（2020）闽0626刑初123号').waitFor()
    await page.getByTestId('search-group-order').getByText('（2020）闽0626执修1号').waitFor()
    await screenshot(page, 'header-search-party')
    await cases.getByText('（2020）闽0626刑初123号').click()
    await page.waitForURL(/#\/cases\/[0-9a-f-]+$/)

    await page.getByTestId('nav-sampling').click()
    const code = (await page.locator('.ant-table-tbody tr a').first().innerText()).trim()
    await box.fill(code)
    const samples = page.getByTestId('search-group-sample')
    await samples.getByText(code, { exact: true }).waitFor()
    await samples.getByText(code, { exact: true }).click()
    await page.waitForURL(/#\/samples\/[0-9a-f-]+$/)
    await page.getByText(code).first().waitFor()
  })
})
