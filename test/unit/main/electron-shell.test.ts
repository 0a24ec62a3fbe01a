import { beforeEach, describe, expect, it, vi } from 'vitest'

/** A stand-in for the `electron` module: Node tests never load the real one. */
const electron = vi.hoisted(() => {
  const appHandlers = new Map<string, (...args: unknown[]) => void>()
  const ipcHandlers = new Map<string, (...args: unknown[]) => unknown>()
  const session = {
    permissionRequest: undefined as undefined | ((...args: unknown[]) => void),
    permissionCheck: undefined as undefined | (() => boolean),
    devicePermission: undefined as undefined | (() => boolean)
  }
  const state = { singleInstanceLock: true, dialogAnswer: 1, opened: [] as string[], dialogs: [] as { detail: string }[], savePath: null as string | null }
  const schemes: unknown[] = []
  class BrowserWindow {
    static fromWebContents = () => null
    webContents: unknown
    constructor(readonly options: unknown) {
      this.webContents = { mainFrame: { parent: null, processId: 7, routingId: 1, url: '' } }
    }
  }
  return {
    appHandlers,
    ipcHandlers,
    session,
    state,
    schemes,
    module: {
      app: {
        on: (event: string, handler: (...args: unknown[]) => void) => appHandlers.set(event, handler),
        getLocale: () => 'zh-CN',
        requestSingleInstanceLock: () => state.singleInstanceLock
      },
      BrowserWindow,
      dialog: {
        showSaveDialog: async () => ({ canceled: state.savePath === null, filePath: state.savePath ?? undefined }),
        showMessageBox: async (options: { detail: string }) => {
          state.dialogs.push(options)
          return { response: state.dialogAnswer }
        }
      },
      shell: { openExternal: async (url: string) => void state.opened.push(url) },
      protocol: { registerSchemesAsPrivileged: (list: unknown[]) => schemes.push(...list) },
      ipcMain: { handle: (channel: string, handler: (...args: unknown[]) => unknown) => ipcHandlers.set(channel, handler) },
      session: {
        defaultSession: {
          setPermissionRequestHandler: (h: (...args: unknown[]) => void) => (session.permissionRequest = h),
          setPermissionCheckHandler: (h: () => boolean) => (session.permissionCheck = h),
          setDevicePermissionHandler: (h: () => boolean) => (session.devicePermission = h)
        }
      }
    }
  }
})
vi.mock('electron', () => electron.module)

import { guardWebContents, isAppUrl, isExternalUrl } from '../../../electron/main/window-security'
import { registerIpc } from '../../../electron/main/ipc'
import { registerFileUpload } from '../../../electron/main/file-upload'
import { appWindows } from '../../../electron/main/app-window'
import { claimSingleInstance } from '../../../electron/main/single-instance'
import { appEntryUrl, registerAppScheme } from '../../../electron/main/app-protocol'
import { fileUploadChannel, outboxSaveChannel } from '../../../electron/shared/file-upload'
import { openCore } from '../../../electron/core/core'
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { channels } from '../../../electron/shared/channels'
import { setupAdmin, testCore, testPassword, testPasswordCost } from '../support/test-core'

const appUrl = () => appEntryUrl

class FakeContents {
  handlers = new Map<string, (...args: unknown[]) => void>()
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined
  devToolsClosed = 0
  on(event: string, handler: (...args: unknown[]) => void) {
    this.handlers.set(event, handler)
    return this
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler
  }
  closeDevTools() {
    this.devToolsClosed++
  }
  fire(event: string, url?: string) {
    let prevented = false
    this.handlers.get(event)!({ url, preventDefault: () => (prevented = true) })
    return prevented
  }
}

/** A window the app opened itself, and an IPC event from one of its frames. */
function appWindow() {
  const window = appWindows('/app/out/preload/index.js', true)({ show: false }) as unknown as {
    webContents: { mainFrame: { parent: null; processId: number; routingId: number; url: string } }
  }
  const contents = window.webContents
  return {
    contents,
    fromMainFrame: (url = `${appEntryUrl}#/experts`) => ({ sender: contents, senderFrame: { ...contents.mainFrame, url } }),
    fromSubframe: () => ({ sender: contents, senderFrame: { parent: contents.mainFrame, processId: 7, routingId: 2, url: appEntryUrl } })
  }
}

/** Lets the dialog and openExternal promises of a guard settle. */
const settle = () => new Promise((resolve) => setImmediate(resolve))

describe('the Electron shell', () => {
  beforeEach(() => {
    electron.appHandlers.clear()
    electron.ipcHandlers.clear()
    electron.state.opened.length = 0
    electron.state.dialogs.length = 0
    electron.state.dialogAnswer = 1
  })

  it('serves the renderer from a privileged, standard and secure app:// scheme, not file://', () => {
    registerAppScheme()
    expect(electron.schemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }])
    expect(appEntryUrl).toBe('app://ecocase/index.html')
  })

  it('tells the app page (any hash route) from everything else', () => {
    expect(isAppUrl(`${appEntryUrl}#/experts`, appEntryUrl)).toBe(true)
    expect(isAppUrl('file:///opt/EcoCase/resources/app/out/renderer/index.html', appEntryUrl)).toBe(false)
    expect(isAppUrl('app://evil/index.html', appEntryUrl)).toBe(false)
    expect(isAppUrl('app://ecocase/other.html', appEntryUrl)).toBe(false)
    expect(isAppUrl('https://example.com/', appEntryUrl)).toBe(false)
    expect(isAppUrl('not a url', appEntryUrl)).toBe(false)
    expect(isExternalUrl('https://www.court.gov.cn/')).toBe(true)
    expect(isExternalUrl('file:///etc/passwd')).toBe(false)
    expect(isExternalUrl('javascript:alert(1)')).toBe(false)
  })

  it('blocks navigation away, new windows, webviews and every permission request', () => {
    guardWebContents(appUrl, true)
    const contents = new FakeContents()
    electron.appHandlers.get('web-contents-created')!({}, contents)
    expect(contents.fire('will-navigate', 'https://example.com/')).toBe(true)
    expect(contents.fire('will-navigate', `${appEntryUrl}#/cases`)).toBe(false)
    expect(contents.fire('will-frame-navigate', 'https://example.com/')).toBe(true)
    expect(contents.fire('will-redirect', 'https://example.com/')).toBe(true)
    expect(contents.fire('will-attach-webview')).toBe(true)
    expect(contents.windowOpenHandler!({ url: `${appEntryUrl}#/cases` })).toEqual({ action: 'deny' })
    const answers: boolean[] = []
    electron.session.permissionRequest!({}, 'geolocation', (allowed: boolean) => answers.push(allowed))
    expect(answers).toEqual([false])
    expect(electron.session.permissionCheck!()).toBe(false)
    expect(electron.session.devicePermission!()).toBe(false)
  })

  it('opens an external link in the system browser only after the user confirms it', async () => {
    guardWebContents(appUrl, true)
    const contents = new FakeContents()
    electron.appHandlers.get('web-contents-created')!({}, contents)

    electron.state.dialogAnswer = 1
    expect(contents.windowOpenHandler!({ url: 'https://www.court.gov.cn/' })).toEqual({ action: 'deny' })
    await settle()
    expect(electron.state.dialogs.map((d) => d.detail)).toEqual(['https://www.court.gov.cn/'])
    expect(electron.state.opened).toEqual([])

    electron.state.dialogAnswer = 0
    expect(contents.fire('will-navigate', 'https://www.court.gov.cn/')).toBe(true)
    await settle()
    expect(electron.state.opened).toEqual(['https://www.court.gov.cn/'])

    contents.windowOpenHandler!({ url: 'file:///etc/passwd' })
    await settle()
    expect(electron.state.dialogs).toHaveLength(2)
    expect(electron.state.opened).toEqual(['https://www.court.gov.cn/'])
  })

  it('keeps DevTools closed in a production build only', () => {
    for (const production of [true, false]) {
      electron.appHandlers.clear()
      guardWebContents(appUrl, production)
      const contents = new FakeContents()
      electron.appHandlers.get('web-contents-created')!({}, contents)
      if (production) {
        contents.handlers.get('devtools-opened')!()
        expect(contents.devToolsClosed).toBe(1)
      } else {
        expect(contents.handlers.has('devtools-opened')).toBe(false)
      }
      const window = appWindows('/p.js', production)({ show: false }) as unknown as { options: { webPreferences: unknown } }
      expect(window.options.webPreferences).toMatchObject({
        devTools: !production,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        webviewTag: false
      })
    }
  })

  it('takes the single-instance lock, and a second launch brings the first window to the front', () => {
    electron.state.singleInstanceLock = false
    expect(claimSingleInstance(() => null)).toBe(false)
    electron.state.singleInstanceLock = true
    const calls: string[] = []
    const window = {
      isMinimized: () => true,
      restore: () => calls.push('restore'),
      show: () => calls.push('show'),
      focus: () => calls.push('focus')
    }
    expect(claimSingleInstance(() => window as never)).toBe(true)
    electron.appHandlers.get('second-instance')!()
    expect(calls).toEqual(['restore', 'show', 'focus'])
  })

  it('handles exactly the contract channels and refuses a sender that is not the main frame of an app window on the app page', async () => {
    const core = await testCore()
    registerIpc(core, appUrl)
    expect([...electron.ipcHandlers.keys()].sort()).toEqual([...channels].sort())
    const window = appWindow()
    const list = electron.ipcHandlers.get('session.current')!
    expect(await list(window.fromMainFrame(), {})).toMatchObject({ ok: true })
    const forbidden = { ok: false, error: { code: 'forbidden' } }
    expect(await list(window.fromMainFrame('https://evil.example/'), {})).toMatchObject(forbidden)
    expect(await list(window.fromSubframe(), {})).toMatchObject(forbidden)
    expect(await list({ sender: window.contents, senderFrame: null }, {})).toMatchObject(forbidden)
    const stranger = { mainFrame: { parent: null, processId: 9, routingId: 1 } }
    expect(await list({ sender: stranger, senderFrame: { ...stranger.mainFrame, url: appEntryUrl } }, {})).toMatchObject(forbidden)
    await core.close()
  })

  it('keeps one session per window: each window signs in on its own', async () => {
    const core = await testCore()
    await setupAdmin(core)
    registerIpc(core, appUrl)
    const first = appWindow()
    const second = appWindow()
    expect(await electron.ipcHandlers.get('session.signIn')!(first.fromMainFrame(), { username: 'admin', password: testPassword })).toMatchObject({ ok: true })
    expect(await electron.ipcHandlers.get('session.current')!(first.fromMainFrame(), {})).toMatchObject({ ok: true, value: { user: { username: 'admin' } } })
    expect(await electron.ipcHandlers.get('session.current')!(second.fromMainFrame(), {})).toMatchObject({ ok: true, value: { user: null } })
    expect(await electron.ipcHandlers.get('users.list')!(second.fromMainFrame(), {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } })
    await core.close()
  })

  it('streams a picked file into the attachment store for a permitted user, and refuses the others', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ecocase-upload-'))
    const core = await openCore({ dataDir, passwordCost: testPasswordCost })
    const sessionOf = registerIpc(core, appUrl)
    registerFileUpload(core, appUrl, sessionOf)
    const photo = join(dataDir, '..', `pond-${Date.now()}.jpg`)
    writeFileSync(photo, 'not really a jpeg, but bytes all the same')
    const request = { path: photo, mediaType: 'image/jpeg', originalName: '池塘排污口.jpg' }
    const window = appWindow()
    const upload = electron.ipcHandlers.get(fileUploadChannel)!

    expect(await upload(window.fromMainFrame(), request)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } })
    await setupAdmin(core)
    await electron.ipcHandlers.get('session.signIn')!(window.fromMainFrame(), { username: 'admin', password: testPassword })
    const stored = await upload(window.fromMainFrame(), request)
    const sha256 = createHash('sha256').update('not really a jpeg, but bytes all the same').digest('hex')
    expect(stored).toMatchObject({ ok: true, value: { sha256, originalName: '池塘排污口.jpg', mediaType: 'image/jpeg' } })
    expect(await upload(window.fromMainFrame('https://evil.example/'), request)).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(await upload(window.fromSubframe(), request)).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(await upload(window.fromMainFrame(), { ...request, path: join(dataDir, 'missing.jpg') })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: '找不到该文件' }
    })
    await core.close()
  })

  it('streams a picked package into the exchange inbox under a name the app makes, and saves an outbox file by its name only', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ecocase-upload-'))
    const core = await openCore({ dataDir, passwordCost: testPasswordCost })
    const sessionOf = registerIpc(core, appUrl)
    registerFileUpload(core, appUrl, sessionOf)
    await setupAdmin(core)
    const window = appWindow()
    await electron.ipcHandlers.get('session.signIn')!(window.fromMainFrame(), { username: 'admin', password: testPassword })
    const picked = join(dataDir, '..', `package-${Date.now()}.ecocase`)
    writeFileSync(picked, 'package bytes')
    const upload = electron.ipcHandlers.get(fileUploadChannel)!
    const stored = (await upload(window.fromMainFrame(), { target: 'package', path: picked, mediaType: '', originalName: '../x.ecocase' })) as { ok: true; value: { inboxName: string } }
    expect(stored).toMatchObject({ ok: true, value: { inboxName: expect.stringMatching(/^[0-9a-f-]{36}\.ecocase$/), sizeBytes: 13 } })
    expect(readFileSync(join(dataDir, 'exchange', 'inbox', stored.value.inboxName), 'utf8')).toBe('package bytes')

    mkdirSync(join(dataDir, 'exchange', 'outbox'), { recursive: true })
    writeFileSync(join(dataDir, 'exchange', 'outbox', 'receipt-1.receipt.ecocase'), 'receipt bytes')
    const save = electron.ipcHandlers.get(outboxSaveChannel)!
    electron.state.savePath = join(dataDir, '..', `saved-${Date.now()}.ecocase`)
    expect(await save(window.fromMainFrame(), 'receipt-1.receipt.ecocase')).toMatchObject({ ok: true, value: { saved: true } })
    expect(readFileSync(electron.state.savePath, 'utf8')).toBe('receipt bytes')
    expect(await save(window.fromMainFrame(), '../ecocase.sqlite')).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(await save(window.fromMainFrame('https://evil.example/'), 'receipt-1.receipt.ecocase')).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    electron.state.savePath = null
    expect(await save(window.fromMainFrame(), 'receipt-1.receipt.ecocase')).toMatchObject({ ok: true, value: { saved: false } })
    await core.close()
  })
})
