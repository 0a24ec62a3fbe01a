import { execFileSync, spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { choose, cli, compiledCli, screenshot, screenshotDir, openAppAs, signInOn, signWithPassword, demoPassword, demoPreview } from './support/preview'

const demo = demoPreview()

async function openAs(username: string, route = ''): Promise<Page> {
  const page = await openAppAs(demo.browser, demo.preview, username)
  if (route) await page.goto(`${demo.preview.origin}/#${route}`)
  return page
}

/** Calls a channel through the admin CLI as `username`, as a second workstation would. */
function call(username: string, channel: string, input: unknown) {
  const reply = JSON.parse(cli(demo.dataDir, 'call', channel, JSON.stringify(input), '--as', username))
  return reply.value
}

/** A day `offset` days from today in Asia/Shanghai. */
function shanghaiDay(offset: number): string {
  return new Date(Date.now() + 8 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10)
}

/**
 * Signs out and in as another user on the same page, staying on the page:
 * two people working one after the other at one court workstation.
 */
async function switchUser(page: Page, username: string) {
  await page.getByTestId('sign-out').click()
  await signInOn(page, username)
}

/**
 * Confirms the dialog that holds `form` (its OK button), gives the password
 * when the save is a signature, and waits until the dialog is gone, as the
 * user sees a saved form close: a dialog still closing or another one open
 * never takes the click.
 */
async function confirmDialog(page: Page, form: string, save: 'saves' | 'signs' = 'saves') {
  const dialog = page.getByRole('dialog').filter({ has: page.getByTestId(form) })
  await dialog.getByRole('button', { name: /^确\s*定$/ }).click()
  if (save === 'signs') await signWithPassword(page)
  await page.getByTestId(form).waitFor({ state: 'detached' })
}

/** The file picker of the open dialog: antd's Upload keeps a hidden file input. */
async function upload(page: Page, dialog: string, name: string, text: string) {
  const file = join(screenshotDir, name)
  writeFileSync(file, text)
  await page.getByTestId(dialog).locator('input[type=file]').setInputFiles(file)
  await page.getByTestId(dialog).getByText(name).waitFor()
}

describe("the judge's view in the browser preview", () => {
  it('a judge lands on the dashboard: the demo order’s milestone due within the fortnight, orders by status and type, expert workload', async () => {
    const page = await openAs('wang.judge')
    await page.getByRole('heading', { name: '工作台' }).waitFor()
    await page.getByTestId('dashboard-due-soon').getByText('修复后首次采样检测').waitFor()
    await page.getByText('剩余 7 天').waitFor()
    await page.getByTestId('workload').getByText('林永华').waitFor()
    await screenshot(page, 'orders-dashboard')
    await page.close()
  })

  it('issues a 水质净化令 with three milestones, follows an inspection with a deviation and results meeting the target, accepts it and prints the summary', async () => {
    const judge = await openAs('wang.judge', '/orders')
    await judge.getByRole('heading', { name: '修复令' }).waitFor()
    await judge.getByTestId('add-order').click()
    const form = judge.getByRole('form', { name: '编辑修复令' })
    await form.getByRole('button', { name: '保存' }).click()
    await form.getByText('请填写修复义务人').waitFor()

    await form.getByLabel('修复令编号').fill('(2020)闽0626执修2号')
    await choose(judge, form.getByLabel('类型'), '水质净化令')
    await choose(judge, form.getByLabel('案件'), '刑初123号')
    await form.getByLabel('判决文书').fill('（2020）闽0626刑初123号刑事附带民事判决书')
    await form.getByLabel('修复义务人').fill('黎某')
    await form.getByLabel('第三方实施单位').fill('漳州绿源环保科技有限公司')
    await choose(judge, form.getByLabel('修复地点'), '黎某作坊旁池塘')
    await judge.keyboard.press('Escape')
    await form.getByLabel('修复方式').fill('种植苦草、黑藻、菖蒲，净化池塘水质。')
    await form.getByTestId('add-method-item').click()
    await form.getByLabel('物种或材料').fill('苦草')
    await form.getByLabel('数量', { exact: true }).fill('2000')
    await form.getByTestId('add-standard-target').click()
    await form.getByLabel('修复费用（元）', { exact: true }).fill('100,000')
    await form.getByLabel('履约保证金（元）').fill('20000.00')
    await form.getByLabel('判决确定的替代修复费用（元）').fill('120000')
    await form.getByRole('button', { name: '保存' }).click()
    await judge.getByText('已新建修复令 （2020）闽0626执修2号').waitFor()
    await judge.getByRole('heading', { name: '（2020）闽0626执修2号' }).waitFor()
    await judge.getByText('100,000.00').waitFor()
    const orderId = judge.url().split('/orders/')[1]!

    const milestones: [string, string, boolean][] = [
      ['完成水生植物种植', '品种和数量符合方案，附种植记录', false],
      ['修复后首次采样', '报送首次检测报告', false],
      ['连续两次采样达到 IV 类', 'COD、氨氮、总磷连续两次达到 IV 类，间隔不少于 30 天', true]
    ]
    for (const [title, criterion, sampleBased] of milestones) {
      await judge.getByTestId('add-milestone').click()
      const dialog = judge.getByTestId('milestone-form')
      await dialog.getByLabel('节点名称').fill(title)
      await dialog.getByLabel('验收标准').fill(criterion)
      if (sampleBased) await dialog.getByTestId('milestone-sample-based').click()
      await confirmDialog(judge, 'milestone-form')
      await judge.getByRole('cell', { name: title }).waitFor()
    }
    // Only samples taken after the issue day count for a sample-based
    // milestone, so this order is issued 45 days ago, before the two samples below.
    const draft = call('wang.judge', 'orders.get', { id: orderId })
    call('wang.judge', 'orders.issue', { id: orderId, revision: draft.revision, issuedOn: shanghaiDay(-45), password: demoPassword })
    await judge.reload()
    await judge.getByTestId('order-status').getByText('已签发').waitFor()
    await judge.getByTestId('start-order').click()
    await judge.getByTestId('order-status').getByText('执行中').waitFor()

    const investigator = judge
    await switchUser(investigator, 'lin.investigator')
    await investigator.getByTestId('add-inspection').click()
    await investigator.getByTestId('inspection-form').getByLabel('回访情况').fill('东侧浅水区苦草约三成死亡，其余长势良好。')
    await choose(investigator, investigator.getByTestId('inspection-form').getByLabel('节点'), '完成水生植物种植')
    await confirmDialog(investigator, 'inspection-form')
    await investigator.getByTestId('inspection').waitFor()
    await investigator.getByTestId('add-deviation').click()
    const deviation = investigator.getByTestId('deviation-form')
    await deviation.getByLabel('偏差情况').fill('东侧苦草约三成死亡')
    await choose(investigator, deviation.getByLabel('严重程度'), '较重')
    await deviation.getByLabel('整改要求').fill('补种苦草 600 株')
    await confirmDialog(investigator, 'deviation-form')
    await investigator.getByTestId('deviation').getByText('未关闭').waitFor()

    // Lab results meeting class IV, 31 days apart: two samples recorded and the lab's CSV imported.
    const caseId = call('wang.judge', 'orders.get', { id: orderId }).caseId
    const siteId = call('wang.judge', 'orders.get', { id: orderId }).siteIds[0]
    const codes = [-40, -9].map((offset) => {
      const sample = call('lin.investigator', 'samples.create', {
        caseId, visitId: null, siteId, matrix: 'surface_water', sampledAt: `${shanghaiDay(offset)}T02:00:00Z`, depthM: null,
        sampler: '漳滨县环境监测站', samplerOrganisation: '漳滨县环境监测站', supervisingInvestigator: '林永华', container: '', volumeMl: null,
        preservative: '', qcType: 'normal', duplicateOfId: null, sealNumber: '', landUse: null,
        fieldMeasurements: { waterTemperatureC: null, ph: null, dissolvedOxygenMgL: null, conductivityUsCm: null, turbidityNtu: null, transparencyCm: null, appearance: '' },
        photoSha256: []
      })
      return sample.code as string
    })
    const csv = join(screenshotDir, 'orders-results.csv')
    const rows = codes.flatMap((code, i) => [
      `${code},cod,${[24, 21][i]},,mg/L,4,HJ 828-2017,漳滨县环境监测站,ZB-R${i},${shanghaiDay([-39, -8][i]!)} 10:00`,
      `${code},nh3_n,${[1.1, 0.62][i]},,mg/L,0.025,HJ 535-2009,漳滨县环境监测站,ZB-R${i},${shanghaiDay([-39, -8][i]!)} 10:00`,
      `${code},tp,${[0.09, 0.07][i]},,mg/L,0.01,GB 11893-1989,漳滨县环境监测站,ZB-R${i},${shanghaiDay([-39, -8][i]!)} 10:00`
    ])
    writeFileSync(csv, ['样品编号(sample_code),检测项目(parameter),测定值(value),限定符(qualifier),单位(unit),检出限(detection_limit),分析方法(method),检测机构(lab),报告编号(report_number),分析时间(analysed_at)', ...rows].join('\n'))
    cli(demo.dataDir, 'import-results', csv, '--as', 'lin.investigator')

    await investigator.reload()
    await investigator.getByText('检测结果判定：已满足').waitFor()
    for (const [position, file] of [[1, '种植记录.txt'], [2, '首次检测报告.txt']] as const) {
      await investigator.getByTestId(`confirm-done-${position}`).click()
      await upload(investigator, 'done-form', file, `${file} 内容`)
      await confirmDialog(investigator, 'done-form')
      await investigator.getByTestId(`milestone-status-${position}`).getByText(position === 1 ? '存在偏差' : '已完成').waitFor()
    }
    await investigator.getByTestId('confirm-done-3').click()
    await confirmDialog(investigator, 'done-form')
    await investigator.getByTestId('milestone-status-3').getByText('已完成').waitFor()

    await switchUser(judge, 'wang.judge')
    await judge.getByTestId('acceptance-blockers').getByText('偏差未关闭：东侧苦草约三成死亡', { exact: false }).waitFor()
    await screenshot(judge, 'orders-blocked')

    await switchUser(investigator, 'lin.investigator')
    await investigator.getByTestId('close-deviation').click()
    await investigator.getByTestId('close-deviation-form').getByLabel('整改情况').fill('已补种苦草 650 株，复查成活良好')
    await confirmDialog(investigator, 'close-deviation-form')
    await investigator.getByTestId('deviation').getByText(/已关闭/).waitFor()

    await switchUser(judge, 'wang.judge')
    await judge.getByTestId('accept-order').click()
    const accept = judge.getByTestId('accept-form')
    await accept.getByLabel('验收单位').fill('漳滨县生态环境局')
    // The joint team: the court's member is the first row; the competent authority's is added.
    await accept.getByLabel('姓名').first().fill('王法官')
    await accept.getByLabel('所在单位').first().fill('漳滨县人民法院')
    await accept.getByTestId('add-member').click()
    await accept.getByLabel('姓名').nth(1).fill('张科长')
    await accept.getByLabel('所在单位').nth(1).fill('漳滨县生态环境局')
    await upload(judge, 'accept-form', '验收报告.txt', '验收报告：水质达到 IV 类')
    await confirmDialog(judge, 'accept-form', 'signs')
    await judge.getByTestId('order-status').getByText('已验收').waitFor()
    await judge.getByTestId('acceptance-members').getByText('行政主管部门 漳滨县生态环境局 张科长', { exact: false }).waitFor()
    await judge.getByTestId('hand-over').click()
    await judge.getByTestId('handover-form').getByLabel('接收单位').fill('漳滨县生态环境局')
    await confirmDialog(judge, 'handover-form')
    await judge.getByTestId('handover').getByText('移交漳滨县生态环境局', { exact: false }).waitFor()
    await screenshot(judge, 'orders-accepted')

    // The print view opens on its own, as the app's hidden print window and the preview's print tab do.
    const print = await openAs('wang.judge', `/print/restoration-order/${orderId}`)
    await print.locator('html[data-print-ready="true"]').waitFor()
    await print.getByTestId('trend-chart').first().locator('svg').waitFor()
    const pdfPath = join(screenshotDir, 'restoration-order-summary.pdf')
    await print.pdf({ path: pdfPath, format: 'A4', printBackground: true })
    const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' })
    const flat = text.replace(/\s+/g, '')
    for (const expected of [
      '生态环境修复令执行情况摘要',
      '（2020）闽0626执修2号',
      '水质净化令',
      '已验收',
      '100,000.00',
      '已满足（需连续2次采样',
      // The latest sampling, in the evaluation line; codes in narrow cells wrap at their hyphens.
      codes[1]!,
      '水质类别IV，达到目标IV类',
      '东侧苦草约三成',
      '已补种苦草650株',
      '化学需氧量(COD)',
      '定类项目',
      '人民法院漳滨县人民法院王法官',
      `${shanghaiDay(0)}移交漳滨县生态环境局`,
      '文书核验码'
    ]) {
      expect(flat).toContain(expected)
    }
    const fingerprint = /文书核验码：\s*(([0-9A-F]{4}-){7}[0-9A-F]{4})/.exec(flat)?.[1]
    expect(fingerprint).toMatch(/^([0-9A-F]{4}-){7}[0-9A-F]{4}$/)
    expect(cli(demo.dataDir, 'verify', '--document', fingerprint!)).toContain('文书内容：与数据库一致')
    const forged = spawnSync(process.execPath, [compiledCli, 'verify', '--fingerprint', 'e'.repeat(64), '--data', demo.dataDir], { encoding: 'utf8' })
    expect(forged.status).toBe(1)
    execFileSync('pdftoppm', ['-png', '-r', '80', pdfPath, join(screenshotDir, 'restoration-order-summary')])
    await print.close()
    await judge.close()
  })
})
