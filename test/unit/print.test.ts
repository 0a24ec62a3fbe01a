import { beforeEach, describe, expect, it, vi } from 'vitest'
import { isPrintRoute, safePdfName } from '../../electron/shared/print'

const electron = vi.hoisted(() => {
  const handlers = new Map<string, (...args: unknown[]) => unknown>()
  const windows: { loadURL: ReturnType<typeof vi.fn>; destroy: ReturnType<typeof vi.fn>; options: unknown }[] = []
  let ready = false
  class BrowserWindow {
    loadURL = vi.fn(async () => undefined)
    destroy = vi.fn()
    webContents = {
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

const appUrl = 'file:///app/out/renderer/index.html'
const route = '/print/assignment-notice/01900000-0000-7000-8000-000000000001'
const fromApp = { senderFrame: { url: `${appUrl}#/cases/x` }, sender: {} }

async function printer() {
  const { registerPrinting } = await import('../../electron/main/print')
  registerPrinting(() => appUrl, '/app/out/preload/index.js')
  return electron.handlers.get('print.toPdf')!
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
    expect(written.get('/home/clerk/通知书.pdf')!.toString()).toBe('%PDF {"pageSize":"A4","printBackground":true}')
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
    expect(await print({ senderFrame: { url: 'https://example.com/' }, sender: {} }, { route, fileName: 'x' })).toEqual({
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
    expect(await pending).toEqual({ ok: false, message: '打印失败：打印页面未能在 15 秒内载入' })
    expect(electron.windows[0]!.destroy).toHaveBeenCalled()
    vi.useRealTimers()
  })
})

describe('print requests', () => {
  it('accept only /print/<view>/<uuid> routes and safe file names', () => {
    expect(isPrintRoute(route)).toBe(true)
    expect(isPrintRoute('/print/assignment-notice/../../etc')).toBe(false)
    expect(isPrintRoute('https://example.com')).toBe(false)
    expect(safePdfName('技术调查官指派通知书-（2020）闽0626刑初123号')).toBe('技术调查官指派通知书-（2020）闽0626刑初123号.pdf')
    expect(safePdfName('../a/b:c.PDF')).toBe('.._a_b_c.PDF')
    expect(safePdfName('')).toBe('EcoCase.pdf')
  })
})
