import { describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { choose, cli, screenshot, screenshotDir, openAppAs, signWithPassword, demoPreview } from './support/preview'

const demo = demoPreview()

async function openAs(username: string): Promise<Page> {
  const page = await openAppAs(demo.browser, demo.preview, username)
  await page.getByTestId('nav-cases').click()
  await page.getByRole('heading', { name: '案件', exact: true }).waitFor()
  return page
}

describe('the clerk’s desk in the browser preview', () => {
  it('registers a case, draws two water experts with the affiliated one excluded, and prints the notice', async () => {
    const page = await openAs('chen.clerk')
    await page.getByRole('link', { name: '（2020）闽0626刑初123号' }).waitFor()
    await screenshot(page, 'cases-list')

    await page.getByTestId('register-case').click()
    const form = page.getByRole('form')
    await form.getByLabel('案号').fill('(2024)闽0626刑诉88号')
    await form.getByRole('button', { name: '保存' }).click()
    await form.getByText('类型代字“刑诉”不在《人民法院案件类型及其代字标准》中').waitFor()

    await form.getByLabel('案号').fill('(2024)闽0626刑初88号')
    await form.getByLabel('案由').fill('污染环境罪')
    await form.getByLabel('承办法院').fill('福建省漳滨县人民法院')
    await choose(page, form.getByLabel('承办法官'), '王建明')
    await form.locator('#party-0-name').fill('郑某')
    await form.locator('#party-0-organisation').fill('漳滨县某印染厂')
    await form.getByTestId('add-party').click()
    await form.locator('#party-1-name').fill('漳州绿源环保科技有限公司')
    await screenshot(page, 'cases-register')
    await form.getByRole('button', { name: '保存' }).click()
    await page.getByTestId('case-number').getByText('（2024）闽0626刑初88号').waitFor()
    const caseId = page.url().split('/cases/')[1]!

    await page.getByTestId('open-draw').click()
    await choose(page, page.getByTestId('draw-fields'), '水环境')
    await page.keyboard.press('Escape')
    const xu = page.getByTestId('excluded-许文涛')
    await xu.getByText('与当事人或诉讼代理人有其他关系').waitFor()
    await xu.getByText('申报与漳州绿源环保科技有限公司存在关联（技术顾问），该单位涉及本案第三人“漳州绿源环保科技有限公司”').waitFor()
    await screenshot(page, 'cases-draw-screening')
    await page.getByTestId('draw-submit').click()
    await signWithPassword(page)
    const result = page.getByTestId('draw-result')
    const drawnText = await result.getByText('已抽取：').innerText()
    const names = drawnText.replace('已抽取：', '').split('、')
    expect(names).toHaveLength(2)
    expect(names).not.toContain('许文涛')
    await result.getByTestId('draw-replay').click()
    await result.getByText('重演结果与存档一致').waitFor()
    await screenshot(page, 'cases-draw-result')
    const drawId = (await result.getByTestId('draw-id').innerText()).trim()
    await page.getByRole('button', { name: '确定' }).click()
    for (const name of names) await page.getByRole('cell', { name }).first().waitFor()
    // The draw's record opens from the assignment it made: pool, exclusions, seed, outcome and replay.
    await page.getByTestId('open-draw-history').first().click()
    const history = page.getByTestId('draw-history')
    await history.getByText(drawId).waitFor()
    await history.getByTestId('excluded-许文涛').waitFor()
    await history.getByTestId('draw-history-replay').click()
    await history.getByText('重演结果与存档一致').waitFor()
    await screenshot(page, 'draw-history')
    await page.keyboard.press('Escape')
    await history.waitFor({ state: 'hidden' })
    await page.getByTestId(`notify-${names[0]}`).click()
    await page.getByText(/已于 \d{4}-\d{2}-\d{2} 告知当事人/).waitFor()
    await screenshot(page, 'cases-case-page')

    const replay = cli(demo.dataDir, 'replay-draw', drawId)
    expect(replay).toContain('结论：一致')
    for (const name of names) expect(replay).toContain(name)

    const popupPromise = page.waitForEvent('popup')
    await page.getByTestId('print-notice').click()
    const popup = await popupPromise
    expect(popup.url()).toContain(`#/print/assignment-notice/${caseId}?autoprint=1`)
    await popup.close()

    const printPage = page
    await printPage.goto(`${demo.preview.url}#/print/assignment-notice/${caseId}`)
    await printPage.locator('html[data-print-ready="true"]').waitFor()
    await printPage.getByRole('heading', { name: '技术调查官指派通知书' }).waitFor()
    const pdfPath = join(screenshotDir, 'assignment-notice.pdf')
    await printPage.pdf({ path: pdfPath, format: 'A4', printBackground: true })
    // Lines wrap anywhere in Chinese text, so compare without whitespace.
    const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')
    expect(text).toContain('（2024）闽0626刑初88号')
    expect(text).toContain('技术调查官指派通知书')
    // A criminal case: the parties' right as the Criminal Procedure Law gives it, and no invented 3-day window.
    expect(text).toContain('有权申请其回避（《中华人民共和国刑事诉讼法》第二十九条、第三十二条）')
    expect(text).not.toContain('自收到本通知书之日起三日内')
    expect(text).toContain('（院印）')
    for (const name of names) expect(text).toContain(name)
    expect(text).toContain(drawId)
    execFileSync('pdftoppm', ['-png', '-r', '80', pdfPath, join(screenshotDir, 'assignment-notice')])
    await page.close()
  })

  it('shows the demo case with its site, linked case and designated investigators; a judge cannot assign', async () => {
    const page = await openAs('wang.judge')
    await page.getByRole('link', { name: '（2020）闽0626刑初123号' }).click()
    await page.getByRole('cell', { name: '黎某作坊旁池塘' }).waitFor()
    await page.getByText('24.11860°N, 117.61120°E ±4.5 m').waitFor()
    await page.getByRole('link', { name: /（2020）闽0626民初456号/ }).waitFor()
    await page.getByRole('cell', { name: /林永华/ }).waitFor()
    await page.getByRole('cell', { name: /陈静怡/ }).waitFor()
    expect(await page.getByTestId('open-draw').isDisabled()).toBe(true)
    await screenshot(page, 'cases-demo-judge')
    await page.close()
  })
})
