import { beforeEach, describe, expect, it, vi } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  documentPrintRoute,
  documentViews,
  isPrintRoute,
  labelPrintRoute,
  labelScopes,
  labelSizes,
  safePdfName
} from '../../electron/shared/print'

const electron = vi.hoisted(() => {
  const handlers = new Map<string, (...args: unknown[]) => unknown>()
  const windows: { loadURL: ReturnType<typeof vi.fn>; destroy: ReturnType<typeof vi.fn>; options: unknown }[] = []
  let ready = false
  class BrowserWindow {
    loadURL = vi.fn(async () => undefined)
    destroy = vi.fn()
    webContents = {
      mainFrame: { parent: null, processId: 3, routingId: 1 },
      executeJavaScript: vi.fn(async () => ready),
      printToPDF: vi.fn(async (options: unknown) => Buffer.from(`%PDF ${JSON.stringify(options)}`))
    }
    constructor(readonly options: unknown) {
      windows.push(this)
    }
    static fromWebContents = vi.fn(() => null)
  }
  return {
    handlers,
    windows,
    setReady: (value: boolean) => (ready = value),
    module: {
      BrowserWindow,
      ipcMain: { handle: (channel: string, handler: (...args: unknown[]) => unknown) => handlers.set(channel, handler) },
      dialog: { showSaveDialog: vi.fn() }
    }
  }
})
vi.mock('electron', () => electron.module)
const written = vi.hoisted(() => new Map<string, Buffer>())
vi.mock('node:fs/promises', () => ({ writeFile: vi.fn(async (path: string, data: Buffer) => void written.set(path, data)) }))

const appUrl = 'app://ecocase/index.html'
const id = '01900000-0000-7000-8000-000000000001'
const route = `/print/assignment-notice/${id}`
/** The app's main window, which asks for the print; print windows come after it in `electron.windows`. */
let fromApp: { sender: unknown; senderFrame: unknown }

async function printer() {
  const { registerPrinting } = await import('../../electron/main/print')
  const { appWindows } = await import('../../electron/main/app-window')
  const openWindow = appWindows('/app/out/preload/index.js', true)
  const main = openWindow({}) as unknown as { webContents: { mainFrame: object } }
  electron.windows.length = 0
  fromApp = { sender: main.webContents, senderFrame: { ...main.webContents.mainFrame, url: `${appUrl}#/cases/x` } }
  registerPrinting(() => appUrl, openWindow)
  return electron.handlers.get('print.toPdf')!
}

/** Every print route the renderer declares in its router, with each `:param` filled in. */
function routerPrintRoutes(): string[] {
  const app = readFileSync(join(__dirname, '../../src/App.tsx'), 'utf8')
  return [...app.matchAll(/path="(\/print\/[^"]+)"/g)].flatMap((m) => {
    const path = m[1]!.replace(/:(\w+)Id|:id/g, id)
    return path.includes(':size?') ? labelSizes.map((size) => path.replace('/:size?', size === 'a4' ? '' : `/${size}`)) : [path]
  })
}

beforeEach(() => {
  electron.windows.length = 0
  written.clear()
  electron.setReady(true)
  electron.module.dialog.showSaveDialog.mockReset()
})

describe('printing in the Electron app (against a mocked electron)', () => {
  it('prints the route in a hidden, sandboxed window to an A4 PDF and saves it where the user chose', async () => {
    electron.module.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/home/clerk/通知书.pdf' })
    const reply = await (await printer())(fromApp, { route, fileName: '技术调查官指派通知书' })
    expect(reply).toEqual({ ok: true, path: '/home/clerk/通知书.pdf' })
    const window = electron.windows[0]!
    expect(window.options).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false } })
    expect(window.loadURL).toHaveBeenCalledWith(`${appUrl}#${route}`)
    expect(written.get('/home/clerk/通知书.pdf')!.toString()).toBe('%PDF {"pageSize":"A4","preferCSSPageSize":true,"printBackground":true}')
    expect(electron.module.dialog.showSaveDialog.mock.calls[0]![0]).toMatchObject({ defaultPath: '技术调查官指派通知书.pdf' })
    expect(window.destroy).toHaveBeenCalled()
  })

  it('writes nothing when the user cancels the save dialog', async () => {
    electron.module.dialog.showSaveDialog.mockResolvedValue({ canceled: true })
    expect(await (await printer())(fromApp, { route, fileName: 'x' })).toEqual({ ok: true, path: null })
    expect(written.size).toBe(0)
  })

  it('refuses a route that is not a print view, or a caller that is not the app, without opening a window', async () => {
    const print = await printer()
    expect(await print(fromApp, { route: '/cases', fileName: 'x' })).toEqual({ ok: false, message: '不是可打印的页面' })
    expect(await print({ ...fromApp, senderFrame: { ...(fromApp.senderFrame as object), url: 'https://example.com/' } }, { route, fileName: 'x' })).toEqual({
      ok: false,
      message: '调用来源不受信任'
    })
    expect(electron.windows).toHaveLength(0)
  })

  it('gives up when the print view never says it is ready, and closes the window', async () => {
    vi.useFakeTimers()
    electron.setReady(false)
    const pending = (await printer())(fromApp, { route, fileName: 'x' }) as Promise<unknown>
    await vi.advanceTimersByTimeAsync(16_000)
    expect(await pending).toEqual({ ok: false, message: '打印页面未能在 15 秒内载入' })
    expect(electron.windows[0]!.destroy).toHaveBeenCalled()
    vi.useRealTimers()
  })
})

describe('print requests', () => {
  it('every print route of the router goes through the same check the app uses and prints', async () => {
    electron.module.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/home/clerk/x.pdf' })
    const routes = routerPrintRoutes()
    const built = [
      ...documentViews.map((view) => documentPrintRoute(view, id)),
      ...labelScopes.flatMap((scope) => labelSizes.map((size) => labelPrintRoute(scope, id, size)))
    ]
    expect(routes.sort()).toEqual(built.sort())
    expect(routes).toContain(`/print/labels/visit/${id}`)
    expect(routes).toContain(`/print/labels/sample/${id}/60x40`)
    const print = await printer()
    for (const r of routes) {
      electron.windows.length = 0
      expect(await print(fromApp, { route: r, fileName: 'x' }), r).toEqual({ ok: true, path: '/home/clerk/x.pdf' })
      expect(electron.windows[0]!.loadURL).toHaveBeenCalledWith(`${appUrl}#${r}`)
    }
  })

  it('accept only the print routes and safe file names', () => {
    expect(isPrintRoute(route)).toBe(true)
    expect(isPrintRoute('/print/assignment-notice/../../etc')).toBe(false)
    expect(isPrintRoute(`/print/labels/visit/${id}/100x100`)).toBe(false)
    expect(isPrintRoute(`/print/labels/visit/${id}/a4`)).toBe(false)
    expect(isPrintRoute(`/print/opinion/${id}/60x40`)).toBe(false)
    expect(isPrintRoute(`/print/unknown/${id}`)).toBe(false)
    expect(isPrintRoute(`/print/opinion/${id}?x=1`)).toBe(false)
    expect(isPrintRoute('https://example.com')).toBe(false)
    expect(safePdfName('技术调查官指派通知书-（2020）闽0626刑初123号')).toBe('技术调查官指派通知书-（2020）闽0626刑初123号.pdf')
    expect(safePdfName('../a/b:c.PDF')).toBe('.._a_b_c.PDF')
    expect(safePdfName('')).toBe('EcoCase.pdf')
  })
})
