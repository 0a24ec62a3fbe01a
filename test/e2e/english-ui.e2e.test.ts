import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import type { Page } from 'playwright-core'
import { screenshot, signInOn, demoPreview } from './support/preview'

/** Every text the demo's users typed (names, addresses, causes, notes), longest first: data, not UI. */
let typedTexts: string[]
let ids: { caseId: string; sampleId: string; orderId: string; opinionId: string }

/**
 * Reference tables keep a Chinese and an English name side by side; only the
 * English is UI in the English app, so their Chinese columns are not data.
 */
const chineseNameColumn = /(^|_)zh$|_zh_/

function demoTexts(file: string) {
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    const texts = new Set<string>()
    const tables = db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'audit%'").pluck().all() as string[]
    for (const table of tables) {
      const columns = (db.prepare(`select name from pragma_table_info(?)`).pluck().all(table) as string[]).filter((c) => !chineseNameColumn.test(c))
      for (const column of columns) {
        for (const value of db.prepare(`select distinct "${column}" from "${table}" where typeof("${column}") = 'text'`).pluck().all() as string[]) {
          texts.add(value)
          // JSON columns hold typed texts too (people present, parties).
          if (value.startsWith('[') || value.startsWith('{')) collectStrings(safeJson(value), texts)
        }
      }
    }
    const one = (sql: string) => db.prepare(sql).pluck().get() as string
    ids = {
      caseId: one("select id from court_case where case_number like '%刑初123号'"),
      // A sample with lab results, so its page shows its evaluation against GB 3838-2002.
      sampleId: one('select id from sample where id in (select sample_id from lab_result) order by code limit 1'),
      orderId: one('select id from restoration_order limit 1'),
      opinionId: one('select id from opinion limit 1')
    }
    return [...texts].filter((t) => /\p{Script=Han}/u.test(t)).sort((a, b) => b.length - a.length)
  } finally {
    db.close()
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

function collectStrings(value: unknown, into: Set<string>) {
  if (typeof value === 'string') into.add(value)
  else if (Array.isArray(value)) for (const v of value) collectStrings(v, into)
  else if (value && typeof value === 'object') for (const v of Object.values(value)) collectStrings(v, into)
}

const demo = demoPreview({
  prepare: (dir) => {
    typedTexts = demoTexts(join(dir, 'ecocase.sqlite'))
  }
})

/** A page of the app in English: the language is chosen before the app loads, as a returning user left it. */
async function openInEnglish(username: string): Promise<Page> {
  const context = await demo.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' })
  await context.addInitScript(() => localStorage.setItem('ecocase.language', 'en'))
  const page = await context.newPage()
  page.setDefaultTimeout(30_000)
  await page.goto(demo.preview.url)
  await signInOn(page, username)
  return page
}

/**
 * The Chinese left on the page once the data is taken out: each run of Han
 * characters with a little context, so a failure says where it is.
 */
async function chineseOutsideData(page: Page): Promise<string[]> {
  // innerText: what is rendered and visible (hidden popups and tabs left out).
  // The language switch names Chinese in Chinese (中文), as language menus do.
  let text = await page.locator('body').evaluate((body) => {
    const copy = body.cloneNode(true) as HTMLElement
    for (const exempt of copy.querySelectorAll('[data-testid="language"]')) exempt.remove()
    document.body.append(copy)
    const shown = copy.innerText
    copy.remove()
    return shown
  })
  for (const typed of typedTexts) text = text.split(typed).join(' ')
  // Chinese punctuation too (：，（）、), which an English sentence never holds.
  return [...text.matchAll(/.{0,12}[\p{Script=Han}\u3000-\u303f\uff01-\uff5e]+.{0,12}/gu)].map((m) => m[0].trim())
}

async function visit(page: Page, hash: string, ready: string) {
  await page.goto(`${demo.preview.origin}/#${hash}`)
  await page.getByTestId(ready).first().waitFor()
}

describe('the English UI of the demo', () => {
  it('shows no Chinese outside the data on the case page and its tabs', async () => {
    const page = await openInEnglish('wang.judge')
    await visit(page, `/cases/${ids.caseId}`, 'case-number')
    const found: string[] = []
    for (const tab of ['Investigators', 'Sites and samples', 'Technical opinions', 'Restoration orders']) {
      await page.getByRole('tab', { name: new RegExp(tab, 'i') }).click()
      await page.getByRole('tabpanel').filter({ visible: true }).first().waitFor()
      await screenshot(page, `english-case-${tab.split(' ')[0]!.toLowerCase()}`)
      found.push(...(await chineseOutsideData(page)))
    }
    expect(found).toEqual([])
  })

  it('shows no Chinese outside the data on the sample page with its evaluation', async () => {
    const page = await openInEnglish('lin.investigator')
    await visit(page, `/samples/${ids.sampleId}`, 'sample-code')
    await page.getByTestId('water-class').waitFor()
    await screenshot(page, 'english-sample')
    expect(await chineseOutsideData(page)).toEqual([])
  })

  it('shows no Chinese outside the data on the order page, its milestones and its criterion explained in English', async () => {
    const page = await openInEnglish('wang.judge')
    await visit(page, `/orders/${ids.orderId}`, 'milestones')
    // The sample-based milestone's row opens on the criterion's explanation, a sentence core gives as codes.
    await page.getByTestId('milestones').getByRole('button', { name: /expand row/i }).first().click()
    await page.getByTestId('evaluation').getByText(/^(Met|Not yet met) \(2 consecutive samplings with .* meeting GB 3838-2002 class IV \(lakes and reservoirs, ponds included\), each at least 30 days after the one before\)/).waitFor()
    await screenshot(page, 'english-order')
    expect(await chineseOutsideData(page)).toEqual([])
  })

  it('shows no Chinese outside the data on the opinion page, its estimate steps worded in English', async () => {
    const page = await openInEnglish('lin.investigator')
    await visit(page, `/opinions/${ids.opinionId}`, 'estimate-steps')
    await page.getByTestId('estimate-steps').getByText(/^Virtual treatment cost = Discharged quantity × Unit treatment cost = .* yuan$/).waitFor()
    await screenshot(page, 'english-opinion')
    expect(await chineseOutsideData(page)).toEqual([])
  })
})
