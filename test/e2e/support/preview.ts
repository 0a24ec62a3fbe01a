import { afterAll, beforeAll, expect } from 'vitest'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Browser, Locator, Page } from 'playwright-core'
import { demoPassword, launchChromium, signInOn, startPreview, type Preview } from '../../support/preview-process'

export { demoPassword, launchChromium, signInOn, startPreview, type Preview }

const root = resolve(__dirname, '../../..')
/** The compiled admin CLI (`npm run build` makes it before the e2e tests run). */
export const compiledCli = join(root, 'out/cli/index.js')
export const screenshotDir = join(root, 'test-results')

/** A fresh data folder for one e2e test file. */
export function freshDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'ecocase-e2e-'))
}


/** Runs the admin CLI on a data folder (for setup such as `demo`); `--as USER` signs in with the demo password. */
export function cli(dataDir: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [compiledCli, ...args, '--data', dataDir], {
    encoding: 'utf8',
    env: { ...process.env, ECOCASE_PASSWORD: demoPassword }
  })
  if (run.status !== 0) throw new Error(`cli ${args.join(' ')} failed: ${run.stderr}${run.stdout}`)
  return run.stdout
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(screenshotDir, { recursive: true })
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true })
}

/**
 * A new page of the app in a browser context of its own (its own session
 * cookie), signed in as one user with the demo password. Actions wait up to
 * 30 s: the first load parses the whole bundle, which is slow on a busy 2-core CI machine.
 */
export async function openAppAs(browser: Browser, preview: Preview, username: string, password = demoPassword): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' })
  const page = await context.newPage()
  page.setDefaultTimeout(30_000)
  await page.goto(preview.url)
  await signInOn(page, username, password)
  return page
}

/**
 * Picks an option of a searchable antd Select the way a keyboard user does:
 * type its text and press Enter (clicking races the dropdown's animation).
 */
export async function choose(page: Page, select: Locator, option: string) {
  // antd's select is an ARIA combobox: typing filters its options, the option
  // Enter would pick is the input's aria-activedescendant, named by its label.
  // A click that lands while the page re-renders may not open it, so try again.
  const active = () =>
    select.evaluate((el) => {
      const id = (el.matches('input') ? el : el.querySelector('input'))?.getAttribute('aria-activedescendant')
      return (id && document.getElementById(id)?.getAttribute('aria-label')) || ''
    })
  for (let attempt = 0; ; attempt++) {
    if (attempt > 0) await page.keyboard.press('Escape')
    await select.click()
    await page.keyboard.type(option)
    const offered = await expect.poll(active, { timeout: 5000 }).toContain(option).then(
      () => true,
      () => false
    )
    if (offered) break
    if (attempt === 2) throw new Error(`the select never offered ${option}`)
  }
  await page.keyboard.press('Enter')
}

/** Answers the password prompt of a signing button (an opinion, a handover, an order issued or accepted, a draw) with the user's password. */
export async function signWithPassword(page: Page, password = demoPassword) {
  const prompt = page.getByRole('dialog').filter({ has: page.getByTestId('signing-password') })
  const field = page.getByTestId('signing-password')
  await field.fill(password)
  // Enter in the field signs, as the 签名 button does, and needs no pointer to land on a dialog still zooming in.
  await field.press('Enter')
  // The prompt closes once the signed write is stored; a refusal keeps it open, and the failure says what it shows.
  await prompt.waitFor({ state: 'hidden' }).catch(async (error: unknown) => {
    const shown = await prompt.innerText().catch(() => '')
    const typed = await field.inputValue().catch(() => '')
    throw new Error(`the signing prompt stayed open (its field holds ${typed.length} characters): ${shown}`, { cause: error })
  })
}

export interface DemoPreview {
  /** The test file's own data folder, holding the demo data set. */
  readonly dataDir: string
  readonly preview: Preview
  readonly browser: Browser
}

/**
 * The fixture of an e2e file over the demo: before its tests, a fresh data
 * folder with the demo data set (`prepare` may add to it before the preview
 * opens it), the browser preview over it and Chromium; after them, both
 * stopped. Read the fields inside tests and hooks, once they are set.
 */
export function demoPreview(options: { prepare?: (dataDir: string) => void | Promise<void> } = {}): DemoPreview {
  let started: { dataDir: string; preview: Preview; browser: Browser } | null = null
  let preview: Preview | undefined
  let browser: Browser | undefined
  beforeAll(async () => {
    const dataDir = freshDataDir()
    cli(dataDir, 'demo')
    await options.prepare?.(dataDir)
    preview = await startPreview(dataDir)
    browser = await launchChromium()
    started = { dataDir, preview, browser }
  })
  afterAll(async () => {
    await browser?.close()
    await preview?.stop()
  })
  const field = <K extends keyof DemoPreview>(name: K): DemoPreview[K] => {
    if (!started) throw new Error(`demoPreview().${name} read before the fixture started`)
    return started[name]
  }
  return {
    get dataDir() {
      return field('dataDir')
    },
    get preview() {
      return field('preview')
    },
    get browser() {
      return field('browser')
    }
  }
}
