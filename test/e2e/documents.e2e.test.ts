import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { openCore } from '../../electron/core/core'
import { loadDemo } from '../../electron/core/demo/load-demo'
import { dispatch } from '../../electron/core/handler-table'
import { openSession } from '../../electron/core/users/open-session'
import type { Channel } from '../../electron/shared/channels'
import { cli, demoPassword, freshDataDir, launchChromium, openAppAs, screenshot, screenshotDir, startPreview, type Preview } from './support/preview'

let dataDir: string
let preview: Preview
let browser: Browser
const ids: Record<string, string> = {}

beforeAll(async () => {
  dataDir = freshDataDir()
  // Set up in this process through the handler table (as the CLI's `call` does), which is much faster than a CLI run per call.
  const core = await openCore({ dataDir })
  await loadDemo(core)
  const call = async (username: string, channel: Channel, input: unknown) => {
    const reply = await dispatch(core, await openSession(core, 'cli', username, demoPassword), channel, input)
    if (!reply.ok) throw new Error(`${channel}: ${reply.error.message}`)
    return reply.value as any // eslint-disable-line @typescript-eslint/no-explicit-any
  }
  const pond = (await call('chen.clerk', 'cases.list', {})).items.find((c: { caseNumber: string }) => c.caseNumber.includes('刑初'))
  ids.case = pond.id
  const visit = (await call('lin.investigator', 'visits.list', { caseId: pond.id })).find((v: { visitDate: string }) => v.visitDate === '2020-05-12')
  ids.visit = visit.id
  const water = (await call('lin.investigator', 'visits.get', { id: visit.id })).samples[0]
  ids.sample = water.id
  // A mixed visit: a soil sample beside the water samples of 12 May.
  const soil = {
    caseId: pond.id,
    visitId: visit.id,
    siteId: water.siteId,
    matrix: 'soil',
    sampledAt: '2020-05-12T03:30:00.000Z',
    depthM: 0.2,
    sampler: '郑海波',
    samplerOrganisation: '漳滨县环境监测站',
    supervisingInvestigator: '林永华',
    container: '棕色玻璃瓶',
    volumeMl: 500,
    preservative: '4℃冷藏',
    qcType: 'normal',
    duplicateOfId: null,
    sealNumber: 'FT-2020-0512-09',
    landUse: 'paddy',
    fieldMeasurements: { waterTemperatureC: null, ph: 6.4, dissolvedOxygenMgL: null, conductivityUsCm: null, turbidityNtu: null, transparencyCm: null, appearance: '灰黑色壤土，湿，有异味' },
    photoSha256: []
  }
  const created = await call('lin.investigator', 'samples.create', soil)
  ids.soil = created.id
  // An edit the history tab then shows in words.
  await call('lin.investigator', 'samples.update', { id: created.id, revision: 0, sample: { ...soil, sealNumber: 'FT-2020-0512-10' } })
  ids.order = (await call('wang.judge', 'orders.list', {})).items[0].id
  ids.opinion = (await call('lin.investigator', 'opinions.forCase', { caseId: pond.id }))[0].id
  await core.close()
  preview = await startPreview(dataDir)
  browser = await launchChromium()
}, 300_000)
afterAll(async () => {
  await browser?.close()
  await preview?.stop()
})

/** Prints a route to PDF as the app does, renders every page to PNG, and returns the text without whitespace and the page count. */
async function printed(username: string, route: string, name: string) {
  const page = await openAppAs(browser, preview, username)
  await page.goto(`${preview.origin}/#${route}`)
  await page.locator('html[data-print-ready="true"]').waitFor()
  const pdfPath = join(screenshotDir, `${name}.pdf`)
  await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true })
  await page.close()
  execFileSync('pdftoppm', ['-png', '-r', '100', pdfPath, join(screenshotDir, name)])
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))![1])
  return { text: execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ''), pages }
}

describe('printed documents', () => {
  it('the administrator sets the court once; every print carries its letterhead and 第 X 页 共 Y 页 on each page', async () => {
    const admin = await openAppAs(browser, preview, 'admin')
    await admin.getByTestId('nav-settings').click()
    const card = admin.getByTestId('court-settings')
    // The form shows the stored particulars first; typing before they arrive would be overwritten by them.
    await admin.waitForFunction(() => document.querySelector<HTMLInputElement>('[data-testid="court-settings"] input')?.value === '福建省漳滨县人民法院')
    await card.getByLabel('法院全称').fill('福建省漳州市中级人民法院')
    await card.getByLabel('法院简称').fill('漳州中院')
    await card.getByLabel('电话').fill('0596-2961234')
    await card.getByTestId('court-save').click()
    await admin.getByText('已保存').first().waitFor()
    await screenshot(admin, 'documents-court-settings')
    await admin.close()

    const prints = [
      ['chen.clerk', `/print/assignment-notice/${ids.case}`, 'print-assignment-notice', '技术调查官指派通知书'],
      ['lin.investigator', `/print/opinion/${ids.opinion}`, 'print-opinion', '技术调查意见'],
      ['lin.investigator', `/print/collection-record/${ids.visit}`, 'print-collection-record', '环境水样采集记录表'],
      ['lin.investigator', `/print/custody/${ids.sample}`, 'print-custody', '样品流转'],
      ['wang.judge', `/print/restoration-order/${ids.order}`, 'print-order-summary', '生态环境修复令执行情况摘要'],
      ['lin.investigator', `/print/labels/visit/${ids.visit}`, 'print-labels', '样品标签']
    ] as const
    for (const [user, route, name, title] of prints) {
      const { text, pages } = await printed(user, route, name)
      expect(text, name).toContain('福建省漳州市中级人民法院')
      expect(text, name).toContain('电话：0596-2961234')
      expect(text, name).toContain(title)
      for (let n = 1; n <= pages; n++) expect(text, name).toContain(`第${n}页共${pages}页`)
      // The check instructions are plain words: no command line, no path of the source tree.
      expect(text, name).not.toMatch(/npm|--document|electron\/|resources\//)
      // Labels are stuck on bottles; every other document carries the code that binds it to the database.
      if (name !== 'print-labels') {
        const code = /文书核验码：(([0-9A-F]{4}-){7}[0-9A-F]{4})/.exec(text)?.[1]
        expect(code, name).toBeTruthy()
        expect(text, name).toContain('核验方法')
        expect(cli(dataDir, 'verify', '--document', code!)).toContain('文书内容：与数据库一致')
      }
      if (name === 'print-assignment-notice') expect(pages).toBe(1)
      if (name === 'print-collection-record') {
        // The mixed visit prints one record per matrix.
        expect(text).toContain('土壤样品采集记录表')
        // The seal number wraps at its hyphen in its narrow cell, so the extracted text may interleave a neighbouring cell.
        expect(text).toMatch(/FT-2020.{0,3}0512-10/)
        expect(pages).toBe(2)
      }
      if (name === 'print-custody') {
        // The handover place wraps inside its cell, which pdftotext interleaves with the next column.
        expect(text).toContain('测站样品室')
        // Its header wraps in the narrow column: 温度 / （℃）.
        expect(text).toMatch(/温度.{0,12}（℃）/)
      }
      if (name === 'print-order-summary') {
        expect(text).toContain('监督机关漳滨县生态环境局、漳滨县环境监测站')
        expect(text).toContain('监督技术调查官林永华、陈静怡')
      }
    }
  })

  it("a record's history says who changed what, field by field; the administrator's audit log finds it", async () => {
    const page = await openAppAs(browser, preview, 'lin.investigator')
    await page.goto(`${preview.origin}/#/samples/${ids.soil}`)
    await page.getByTestId('history-toggle').click()
    const change = page.getByTestId('history-change').filter({ hasText: '封条编号：FT-2020-0512-09 → FT-2020-0512-10' })
    await change.waitFor()
    await page.getByTestId('history-entry').filter({ hasText: '林永华' }).filter({ hasText: '修改' }).first().waitFor()
    await screenshot(page, 'documents-history')
    await page.close()

    const admin = await openAppAs(browser, preview, 'admin')
    await admin.getByTestId('nav-settings').click()
    const log = admin.getByTestId('audit-log')
    await log.getByTestId('audit-record').locator('input').fill(ids.soil!)
    await log.getByTestId('audit-record').locator('input').press('Enter')
    await log.getByText('封条编号：FT-2020-0512-09 → FT-2020-0512-10').waitFor()
    await screenshot(admin, 'documents-audit-log')
    await admin.close()
  })
})
