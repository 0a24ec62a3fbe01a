import { spawn, type ChildProcess } from 'node:child_process'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'

/**
 * The browser preview in a child process and Debian's Chromium, as the e2e
 * tests and the Chromium bench (test/bench/chromium-bench.ts) both start
 * them; no test runner here, so a bench script can import it.
 */
const root = resolve(__dirname, '../..')
const tsx = join(root, 'node_modules/tsx/dist/cli.mjs')

/** The password of every demo account (README), and of the administrator of a `seed-scale` folder. */
export const demoPassword = 'ecocase-demo'

export interface Preview {
  url: string
  origin: string
  token: string
  stop: () => Promise<void>
}

/** Starts `npm run preview` on a free port over the data folder and waits for its one line. */
export async function startPreview(dataDir: string): Promise<Preview> {
  const child: ChildProcess = spawn(process.execPath, [tsx, join(root, 'electron/preview/index.ts'), '--port', '0', '--data', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const url = await new Promise<string>((resolveUrl, reject) => {
    let out = ''
    let err = ''
    const timer = setTimeout(() => reject(new Error(`preview did not start: ${out}${err}`)), 60_000)
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const match = /EcoCase preview: (\S+)/.exec(out)
      if (match) {
        clearTimeout(timer)
        resolveUrl(match[1]!)
      }
    })
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()))
    child.on('exit', (code) => reject(new Error(`preview exited ${code}: ${out}${err}`)))
  })
  const parsed = new URL(url)
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    stop: () =>
      new Promise((done) => {
        child.once('exit', () => done())
        child.kill('SIGTERM')
      })
  }
}

/** Debian's Chromium, headless, with nothing reaching for the network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic'
    ]
  })
}

/** Fills the sign-in screen and waits until the app's frame shows the user. */
export async function signInOn(page: Page, username: string, password = demoPassword) {
  await page.getByTestId('login-username').fill(username)
  await page.getByTestId('login-password').fill(password)
  await page.getByTestId('login-submit').click()
  // The username is set aside in the UI's language: （lin.investigator） in Chinese, (lin.investigator) in English.
  const shown = new RegExp(`[（(]${username.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[）)]`)
  await page.getByTestId('current-user').filter({ hasText: shown }).waitFor()
}

