import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import ExcelJS from 'exceljs'
import type { Download, Page } from 'playwright-core'
import { readDocx } from '../unit/documents/support'
import { jpegWithExif } from '../support/exif-jpeg'
import { expertImportTemplate } from '../../electron/shared/experts'
import { cli, openAppAs, screenshot, demoPreview } from './support/preview'

const demo = demoPreview()

/** A real JPEG the browser draws (a pond-green square with a darker band), then the EXIF block spliced in after its SOI. */
async function photoWithExif(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas')
    canvas.width = 320
    canvas.height = 240
    const g = canvas.getContext('2d')!
    g.fillStyle = '#6b8f4e'
    g.fillRect(0, 0, 320, 240)
    g.fillStyle = '#2f5d62'
    g.fillRect(0, 150, 320, 90)
    return canvas.toDataURL('image/jpeg', 0.8)
  })
  const image = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64')
  return jpegWithExif({ dateTimeOriginal: '2020:05:12 10:25:00', latitude: 24.1190, longitude: 117.6108 }, image)
}

async function saved(download: Promise<Download>): Promise<{ name: string; bytes: Buffer }> {
  const file = await download
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) }
}

describe('photos and Word/Excel files in the browser preview', () => {
  it('a photo with EXIF uploaded to a sample shows as a thumbnail, opens in the viewer with its capture time and GPS beside the site’s coordinates', async () => {
    const page = await openAppAs(demo.browser, demo.preview, 'lin.investigator')
    const photo = await photoWithExif(page)
    await page.getByTestId('nav-cases').click()
    await page.getByRole('link', { name: '（2020）闽0626刑初123号' }).click()
    await page.getByRole('tab', { name: '现场与样品' }).click()
    await page.getByRole('link', { name: '2020-0626-123-SW-001' }).click()
    await page.getByTestId('sample-code').getByText('2020-0626-123-SW-001').waitFor()

    await page.getByTestId('edit-sample').click()
    const edit = page.getByRole('form', { name: '修改样品信息' })
    await edit.locator('input[type=file][accept="image/*"]').setInputFiles({ name: '池塘东岸.jpg', mimeType: 'image/jpeg', buffer: photo })
    await edit.getByText(/SHA-256|池塘东岸/).first().waitFor()
    await edit.getByTestId('save-sample').click()
    // A sample already handed over asks for the reason of a change.
    const done = page.getByText('已保存样品 2020-0626-123-SW-001 的修改', { exact: true })
    await done.or(edit.getByText('请填写修改原因')).first().waitFor()
    if (!(await done.isVisible())) {
      await edit.getByLabel('修改原因').fill('补充采样现场照片')
      await edit.getByTestId('save-sample').click()
      await done.waitFor()
    }

    const gallery = page.getByTestId('sample-photos')
    await gallery.getByTestId('attachment-thumb').waitFor()
    expect(await gallery.getByTestId('attachment-thumb').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(320)
    await gallery.getByTestId('attachment-tile').click()
    const viewer = page.getByTestId('attachment-viewer')
    await viewer.getByTestId('viewer-image').waitFor()
    await viewer.getByTestId('viewer-taken-at').getByText('2020-05-12 10:25（照片未记时区，按北京时间）').waitFor()
    await viewer.getByTestId('viewer-gps').getByText('24.119000, 117.610800').waitFor()
    await viewer.getByTestId('viewer-site').getByText('24.118600, 117.611200').waitFor()
    await viewer.getByTestId('viewer-distance').getByText(/距采样点约 \d+ 米/).waitFor()
    await viewer.getByText('已核对：文件内容与哈希一致').waitFor()
    await screenshot(page, 'photo-viewer')
  })

  it('the order summary downloads as Word and the order list as Excel, each read back', async () => {
    const page = await openAppAs(demo.browser, demo.preview, 'wang.judge')
    await page.getByTestId('nav-orders').click()
    const orders = await saved(Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx-orders').click()]).then(([d]) => d))
    expect(orders.name).toBe('修复令.xlsx')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(orders.bytes as unknown as ExcelJS.Buffer)
    expect(book.worksheets[0]!.getCell('A2').value).toBe('（2020）闽0626执修1号')

    await page.getByRole('link', { name: '（2020）闽0626执修1号' }).click()
    const word = await saved(Promise.all([page.waitForEvent('download'), page.getByTestId('export-docx-order_summary').click()]).then(([d]) => d))
    expect(word.name).toBe('修复令执行情况摘要_（2020）闽0626执修1号.docx')
    const notice = page.getByText(/^已导出 Word 文件，文书核验码 (\S+)$/)
    await notice.waitFor()
    const code = /文书核验码 (\S+)/.exec((await notice.textContent())!)![1]!
    const docx = await readDocx(word.bytes)
    expect(docx.text).toContain('生态环境修复令执行情况摘要')
    expect(docx.text).toContain(`文书核验码：${code}`)
    expect(cli(demo.dataDir, 'verify', '--document', code)).toContain('文书内容：与数据库一致')

    // The demo inspection's site photo (a PNG with EXIF) shows on the order page too.
    const inspectionPhotos = page.getByTestId('inspection-photos')
    await inspectionPhotos.getByTestId('attachment-thumb').waitFor()
    await inspectionPhotos.getByTestId('attachment-tile').click()
    const viewer = page.getByTestId('attachment-viewer')
    await viewer.getByTestId('viewer-image').waitFor()
    await viewer.getByTestId('viewer-gps').getByText('24.118700, 117.611600').waitFor()
    await viewer.getByTestId('viewer-taken-at').getByText(/10:14（照片未记时区，按北京时间）/).waitFor()
    await screenshot(page, 'inspection-photo-viewer')
  })

  it('the clerk imports experts from Excel: one bad row refuses the file, fixed it imports', async () => {
    const page = await openAppAs(demo.browser, demo.preview, 'chen.clerk')
    await page.getByTestId('nav-experts').click()
    const sheet = async (primaryField: string) => {
      const book = new ExcelJS.Workbook()
      book.addWorksheet('专家库').addRows([
        expertImportTemplate[0]!,
        ['郑明', '福建师范大学地理科学学院', '副教授', '土壤环境', '', '', '', '2025-03-01', '2027-02-28', '在库', 2, ''],
        ['黄丽', '集美大学水产学院', '教授', primaryField, '', '', '', '2025-03-01', '2027-02-28', '在库', 3, '']
      ])
      return Buffer.from(await book.xlsx.writeBuffer())
    }
    const upload = async (buffer: Buffer) =>
      page.locator('input[type=file][accept=".csv,text/csv,.xlsx"]').setInputFiles({ name: '新增专家.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer })
    await upload(await sheet('天文学'))
    const errors = page.getByTestId('expert-import-errors')
    await errors.getByText('未导入任何专家：新增专家.xlsx 有 1 处错误').waitFor()
    await errors.getByRole('cell', { name: '主专业领域：未知的专业领域“天文学”' }).waitFor()
    await screenshot(page, 'experts-import-refused')
    await upload(await sheet('渔业资源'))
    await page.getByText('已导入 2 位专家，跳过已在库的 0 位').waitFor()
    await page.getByTestId('expert-search').locator('input').fill('黄丽')
    await page.getByTestId('expert-search').locator('input').press('Enter')
    await page.getByText('集美大学水产学院').waitFor()
    await screenshot(page, 'experts-imported')
  })
})
