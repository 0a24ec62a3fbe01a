import { describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { choose, cli, screenshot, screenshotDir, openAppAs, signWithPassword, demoPreview } from './support/preview'

const demo = demoPreview()

async function openPondCase(username: string): Promise<Page> {
  const page = await openAppAs(demo.browser, demo.preview, username)
  await page.getByTestId('nav-cases').click()
  await page.getByRole('link', { name: '（2020）闽0626刑初123号' }).click()
  await page.getByRole('tab', { name: '现场与样品' }).click()
  return page
}

const HEADER = '样品编号,检测项目,测定值,单位,检出限,分析方法,检测机构,报告编号,分析时间'

describe('the investigator’s field notebook in the browser preview', () => {
  it('logs a visit and two samples, records a handover, imports results all or nothing, evaluates, charts and prints', async () => {
    const page = await openPondCase('lin.investigator')

    await page.getByTestId('new-visit').click()
    const visitForm = page.getByRole('form', { name: '记录现场勘查' })
    await visitForm.getByLabel('勘查日期').fill('2021-01-25')
    await visitForm.getByLabel('在场人员（每行一人）').fill('林永华\n郑海波')
    await visitForm.getByLabel('天气').fill('晴，12 ℃')
    await visitForm.getByRole('button', { name: /保\s*存/ }).click()
    await page.getByRole('link', { name: '2021-01-25' }).waitFor()

    const codes: string[] = []
    for (const [time, seal] of [
      ['2021-01-25 10:00', 'ZB-0125-01'],
      ['2021-01-25 10:20', 'ZB-0125-02']
    ] as const) {
      await page.getByTestId('new-sample').click()
      const form = page.getByRole('form', { name: '登记样品' })
      await choose(page, form.getByLabel('现场勘查'), '2021-01-25')
      await form.getByLabel('采样时间').fill(time)
      await form.getByLabel('采样人', { exact: true }).fill('郑海波')
      await form.getByLabel('采样单位').fill('漳滨县环境监测站')
      await form.getByLabel('封条编号').fill(seal)
      await form.getByLabel('pH').fill('7.3')
      if (codes.length === 0) await screenshot(page, 'sampling-sample-form')
      await form.getByTestId('save-sample').click()
      const saved = page.getByText(/^已登记样品 (\S+)$/)
      await saved.waitFor()
      codes.push(/已登记样品 (\S+)/.exec((await saved.textContent())!)![1]!)
      await saved.waitFor({ state: 'detached' })
    }
    expect(codes).toEqual(['2020-0626-123-SW-006', '2020-0626-123-SW-007'])

    // One bad row (a unit that is no concentration): refused, nothing imported.
    const good = [
      `${codes[0]},cod,27,mg/L,4,HJ 828-2017,漳滨县环境监测站,ZBJC-2021-0125,2021-01-26 10:00`,
      `${codes[0]},nh3_n,1.3,mg/L,0.025,HJ 535-2009,漳滨县环境监测站,ZBJC-2021-0125,2021-01-26 10:00`,
      `${codes[0]},tp,0.09,mg/L,0.01,GB 11893-89,漳滨县环境监测站,ZBJC-2021-0125,2021-01-26 10:00`,
      `${codes[1]},cod,25,mg/L,4,HJ 828-2017,漳滨县环境监测站,ZBJC-2021-0125,2021-01-26 10:00`
    ]
    const upload = (rows: string[]) =>
      page.locator('input[type=file][accept^=".csv"]').setInputFiles({ name: 'ZBJC-2021-0125.csv', mimeType: 'text/csv', buffer: Buffer.from([HEADER, ...rows].join('\n')) })
    await upload([...good, `${codes[1]},nh3_n,1.2,mg/kg,0.025,HJ 535-2009,漳滨县环境监测站,ZBJC-2021-0125,2021-01-26 10:00`])
    const errors = page.getByTestId('import-errors')
    await errors.getByText('未导入任何结果：ZBJC-2021-0125.csv 有 1 处错误').waitFor()
    await errors.getByRole('cell', { name: /单位“mg\/kg”不适用于项目 nh3_n/ }).waitFor()
    await errors.getByRole('cell', { name: '6', exact: true }).waitFor()
    await screenshot(page, 'sampling-import-refused')
    const refusedDetail = JSON.parse(cli(demo.dataDir, 'call', 'samples.list', '{"search":"SW-006"}', '--as', 'admin'))
    const sampleId = refusedDetail.value.items[0].id as string
    expect(JSON.parse(cli(demo.dataDir, 'call', 'samples.get', JSON.stringify({ id: sampleId }), '--as', 'admin')).value.results).toEqual([])

    await upload(good)
    await page.getByText('已导入 4 条结果，跳过已登记的 0 条').waitFor()

    await page.getByRole('link', { name: codes[0] }).click()
    await page.getByTestId('sample-code').getByText(codes[0]!).waitFor()
    await expect.poll(() => page.getByTestId('water-class').textContent()).toBe('IV')
    await page.getByText('化学需氧量(COD)、氨氮(NH3-N)').first().waitFor()

    await page.getByTestId('add-custody').click()
    const custody = page.getByRole('form', { name: '登记移交' })
    await custody.getByLabel('接收人').fill('漳滨县环境监测站实验室')
    await choose(page, custody.getByLabel('接收方类型'), '实验室')
    await custody.getByLabel('移交时间').fill('2021-01-25 15:00')
    await custody.getByLabel('移交时间').press('Enter')
    await custody.getByRole('button', { name: /保\s*存/ }).click()
    await signWithPassword(page)
    await page.getByTestId('custody-holder').getByText(/漳滨县环境监测站实验室（在实验室/).waitFor()
    await page.getByText('保管链完整').waitFor()
    // The field pH counts in the evaluation for want of a lab pH, marked as such.
    await page.getByText('现场测定', { exact: true }).first().waitFor()

    // Handed over: a change to the sample needs a reason, which the history then shows.
    await page.getByTestId('edit-sample').click()
    const edit = page.getByRole('form', { name: '修改样品信息' })
    await edit.getByLabel('封条编号').fill('ZB-0125-01A')
    await edit.getByTestId('save-sample').click()
    await edit.getByText('请填写修改原因').waitFor()
    await edit.getByLabel('修改原因').fill('封条编号抄录有误，以封条照片为准')
    await screenshot(page, 'sampling-edit-reason')
    await edit.getByTestId('save-sample').click()
    await page.getByText(`已保存样品 ${codes[0]} 的修改`, { exact: true }).waitFor()
    await page.getByTestId('history-toggle').click()
    await page.getByTestId('history-card').getByText('原因：封条编号抄录有误，以封条照片为准').waitFor()

    const chart = page.getByTestId('result-chart')
    await chart.locator('svg').waitFor()
    await chart.getByText('IV 类限值 30').waitFor()
    await chart.getByText('27', { exact: true }).waitFor()
    await screenshot(page, 'sampling-sample-page')

    await page.getByRole('link', { name: '2021-01-25' }).click()
    await page.getByTestId('print-record').waitFor()
    const visitUrl = page.url()
    const visitId = /#\/visits\/([^/?]+)/.exec(visitUrl)![1]!
    await page.goto(`${demo.preview.url}#/print/collection-record/${visitId}`)
    await page.locator('html[data-print-ready="true"]').waitFor()
    const pdfPath = join(screenshotDir, 'collection-record.pdf')
    await page.pdf({ path: pdfPath, format: 'A4', printBackground: true })
    const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')
    expect(text).toContain('环境水样采集记录表')
    expect(text).toContain('（2020）闽0626刑初123号')
    for (const code of codes) expect(text).toContain(code)
    // The seal number wraps at its hyphen in its narrow cell, so the extracted text may interleave a neighbouring cell.
    expect(text).toMatch(/ZB-0125.{0,3}02/)
    expect(text).toContain('24.11860°N')
    expect(text).toContain('117.61120°E')
    execFileSync('pdftoppm', ['-png', '-r', '80', pdfPath, join(screenshotDir, 'collection-record')])

    await page.goto(`${demo.preview.url}#/print/labels/visit/${visitId}`)
    await page.locator('html[data-print-ready="true"]').waitFor()
    expect(await page.getByTestId('sample-label').count()).toBe(2)
    await screenshot(page, 'sampling-labels')
    await page.close()
  })

  it('lets a judge read the demo pond samples across cases but not record', async () => {
    const page = await openPondCase('wang.judge')
    expect(await page.getByTestId('new-sample').isDisabled()).toBe(true)
    await page.getByTestId('nav-sampling').click()
    await page.getByRole('heading', { name: '采样与检测' }).waitFor()
    await page.getByRole('link', { name: '2020-0626-123-SW-001' }).click()
    await expect.poll(() => page.getByTestId('water-class').textContent()).toBe('劣V')
    expect(await page.getByTestId('add-custody').isDisabled()).toBe(true)
    await screenshot(page, 'sampling-demo-judge')
    await page.close()
  })
})
