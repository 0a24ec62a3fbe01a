import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import type { Site } from '../../electron/shared/sites'
import { choose, cli, compiledCli, demoPassword, freshDataDir, launchChromium, openAppAs, screenshot, startPreview, type Preview } from './support/preview'

/**
 * Two data folders, a court (the demo) and an investigator's laptop set up
 * through the first-run screen, paired through the CLI; the case goes out
 * through the case page and in through the laptop's 数据交换 screen with its
 * progress bar; a site edited on both sides comes back as a conflict that the
 * clerk resolves field by field.
 */
/** Where the cards and packages are carried between the two folders (the USB drive). */
let carried: string
let courtDir: string
let laptopDir: string
let court: Preview
let laptop: Preview
let browser: Browser

beforeAll(async () => {
  courtDir = freshDataDir()
  laptopDir = freshDataDir()
  carried = freshDataDir()
  cli(courtDir, 'demo')
  ;[court, laptop] = await Promise.all([startPreview(courtDir), startPreview(laptopDir)])
  browser = await launchChromium()
}, 120_000)
afterAll(async () => {
  await browser?.close()
  await Promise.all([court?.stop(), laptop?.stop()])
})

function call<T>(dir: string, username: string, channel: string, input: unknown): T {
  const reply = JSON.parse(cli(dir, 'call', channel, JSON.stringify(input), '--as', username)) as { value: T }
  return reply.value
}

/** Each side's card (named first), registered on the other side by its administrator. */
function pairFolders(): { courtId: string; laptopId: string } {
  const courtCard = cli(courtDir, 'pair', '--show', '--name', '漳滨县法院环资庭').trim()
  const laptopCard = cli(laptopDir, 'pair', '--show', '--name', '林永华的笔记本').trim()
  writeFileSync(join(carried, 'court-card.json'), courtCard)
  writeFileSync(join(carried, 'laptop-card.json'), laptopCard)
  cli(courtDir, 'pair', '--add', join(carried, 'laptop-card.json'), '--as', 'admin')
  cli(laptopDir, 'pair', '--add', join(carried, 'court-card.json'), '--as', 'admin')
  return { courtId: JSON.parse(courtCard).installationId, laptopId: JSON.parse(laptopCard).installationId }
}

/** Picks a package file on the 数据交换 screen and waits for what came in. */
async function importThroughUi(page: Page, file: string) {
  await page.goto(`${new URL(page.url()).origin}/#/exchange`)
  await page.getByTestId('import-card').locator('input[type=file]').setInputFiles(file)
  await page.getByTestId('import-summary').waitFor()
}

function siteInput(site: Site, changes: Partial<Site>) {
  const s = { ...site, ...changes }
  return { name: s.name, address: s.address, latitude: s.latitude, longitude: s.longitude, accuracyM: s.accuracyM, waterbody: s.waterbody, notes: s.notes }
}

describe('exchange between a court and a laptop in the browser preview', { timeout: 240_000 }, () => {
  it('pairs, sends the case to the laptop, imports it with its progress, and resolves a conflict over a site', async () => {
    // The laptop's first run: its administrator is named on the first-run screen.
    const first = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' }).then((c) => c.newPage())
    first.setDefaultTimeout(30_000)
    await first.goto(laptop.url)
    await first.getByTestId('setup-displayName').fill('笔记本管理员')
    await first.getByTestId('setup-password').fill(demoPassword)
    await first.getByTestId('setup-passwordAgain').fill(demoPassword)
    await first.getByTestId('setup-submit').click()
    await first.getByTestId('current-user').filter({ hasText: '（admin）' }).waitFor()

    const { courtId } = pairFolders()
    await first.goto(`${laptop.origin}/#/exchange`)
    await first.getByTestId('partners').getByText('漳滨县法院环资庭').waitFor()
    await first.getByTestId('installation-qr').waitFor()
    await expect.poll(() => first.getByTestId('installation-fingerprint').textContent()).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/)
    await screenshot(first, 'exchange-laptop-card')

    // The same card pasted again: the core's refusal shows on the card field.
    await first.getByTestId('pair-partner').click()
    await first.locator('#pair-card').fill(cli(courtDir, 'pair', '--show').trim())
    await first.getByTestId('pair-fingerprint').waitFor()
    await first.getByTestId('pair-dialog').getByRole('button', { name: '保存' }).click()
    await first.getByTestId('pair-dialog').getByText('已配对').waitFor()
    await first.getByTestId('pair-dialog').getByRole('button', { name: '取消' }).click()

    // The clerk sends the pond case from its case page.
    const cases = call<{ items: { id: string; caseNumber: string }[] }>(courtDir, 'chen.clerk', 'cases.list', {}).items
    const pond = cases.find((c) => call<Site[]>(courtDir, 'chen.clerk', 'sites.list', { caseId: c.id }).some((s) => s.caseId === c.id))!
    const clerk = await openAppAs(browser, court, 'chen.clerk')
    await clerk.goto(`${court.origin}/#/cases/${pond.id}`)
    await clerk.getByTestId('export-case').click()
    await choose(clerk, clerk.getByTestId('export-to'), '林永华的笔记本')
    await clerk.getByTestId('export-run').click()
    await clerk.getByTestId('export-done').waitFor()
    const [download] = await Promise.all([clerk.waitForEvent('download'), clerk.getByTestId('export-download').click()])
    const casePackage = join(carried, 'case.ecocase')
    await download.saveAs(casePackage)
    await clerk.getByTestId('export-dialog').getByRole('button', { name: /close|关闭/i }).click()
    await clerk.getByTestId('case-exchange').getByText('林永华的笔记本').waitFor()
    await screenshot(clerk, 'exchange-case-page')

    // The laptop imports it: the progress bar shows the events checked, then what came in.
    await importThroughUi(first, casePackage)
    await first.getByTestId('import-progress').getByRole('progressbar').waitFor()
    await expect.poll(() => first.getByTestId('import-progress-text').textContent()).toMatch(/已核验 (\d+)\/\1 个事件 · 导入完成/)
    await first.getByTestId('import-tables').getByText(/^案件 \d+$/).waitFor()
    await first.getByTestId('import-conflicts').getByText('没有冲突').waitFor()
    await first.getByTestId('download-receipt').waitFor()
    await screenshot(first, 'exchange-laptop-import')

    // The same site edited on both sides, then the laptop's changes go back.
    const [atCourt] = call<Site[]>(courtDir, 'chen.clerk', 'sites.list', { caseId: pond.id })
    const [atLaptop] = call<Site[]>(laptopDir, 'admin', 'sites.list', { caseId: pond.id })
    call(courtDir, 'chen.clerk', 'sites.update', { id: atCourt!.id, revision: atCourt!.revision, site: siteInput(atCourt!, { notes: '法院：池塘东侧有排污口' }) })
    call(laptopDir, 'admin', 'sites.update', { id: atLaptop!.id, revision: atLaptop!.revision, site: siteInput(atLaptop!, { notes: '现场：水面有油膜' }) })
    const changes = join(carried, 'changes.ecocase')
    cli(laptopDir, 'export-package', '--changes', '--to', courtId, '--out', changes, '--as', 'admin')

    await importThroughUi(clerk, changes)
    await clerk.getByTestId('import-conflicts').getByText('1 处冲突等待处理', { exact: false }).waitFor()
    await screenshot(clerk, 'exchange-court-import')
    await clerk.getByTestId('conflicts').getByTestId('open-conflict').click()
    const resolver = clerk.getByTestId('conflict-resolver')
    const notes = resolver.getByTestId('conflict-field-notes')
    await notes.getByText('法院：池塘东侧有排污口').waitFor()
    await notes.getByText('现场：水面有油膜').waitFor()
    // The dialog zooms in: the picture waits for its animation to end.
    await resolver.evaluate((el) => Promise.all((el.closest('[role=dialog]') ?? el).getAnimations({ subtree: true }).map((a) => a.finished)))
    await screenshot(clerk, 'exchange-resolver')
    await notes.getByRole('radio', { name: '现场：水面有油膜' }).check()
    await resolver.getByTestId('resolve-save').click()
    await clerk.getByText('冲突已处理').waitFor()
    await clerk.getByTestId('conflicts').getByText('没有待处理的冲突').waitFor()
    expect(call<Site[]>(courtDir, 'chen.clerk', 'sites.list', { caseId: pond.id })[0]!.notes).toBe('现场：水面有油膜')
    const verify = spawnSync(process.execPath, [compiledCli, 'verify', '--data', courtDir], { encoding: 'utf8' })
    expect(verify.stdout).toContain('结论：通过')
  })
})
