import { beforeEach, describe, expect, it, vi } from 'vitest'

/** A stand-in for the `electron` module: Node tests never load the real one. */
const electron = vi.hoisted(() => {
  const appHandlers = new Map<string, (...args: unknown[]) => void>()
  const ipcHandlers = new Map<string, (...args: unknown[]) => unknown>()
  const session = {
    permissionRequest: undefined as undefined | ((...args: unknown[]) => void),
    permissionCheck: undefined as undefined | (() => boolean)
  }
  return {
    appHandlers,
    ipcHandlers,
    session,
    module: {
      app: { on: (event: string, handler: (...args: unknown[]) => void) => appHandlers.set(event, handler) },
      ipcMain: { handle: (channel: string, handler: (...args: unknown[]) => unknown) => ipcHandlers.set(channel, handler) },
      session: {
        defaultSession: {
          setPermissionRequestHandler: (h: (...args: unknown[]) => void) => (session.permissionRequest = h),
          setPermissionCheckHandler: (h: () => boolean) => (session.permissionCheck = h)
        }
      }
    }
  }
})
vi.mock('electron', () => electron.module)

import { guardWebContents, isAppUrl } from '../../../electron/main/window-security'
import { registerIpc } from '../../../electron/main/ipc'
import { registerFileUpload } from '../../../electron/main/file-upload'
import { fileUploadChannel } from '../../../electron/shared/file-upload'
import { openCore } from '../../../electron/core/core'
import { createHash } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { channels } from '../../../electron/shared/channels'
import { testCore } from '../support/test-core'

const appUrl = () => 'file:///opt/EcoCase/resources/app/out/renderer/index.html'

class FakeContents {
  handlers = new Map<string, (...args: unknown[]) => void>()
  windowOpenHandler: (() => { action: string }) | undefined
  on(event: string, handler: (...args: unknown[]) => void) {
    this.handlers.set(event, handler)
    return this
  }
  setWindowOpenHandler(handler: () => { action: string }) {
    this.windowOpenHandler = handler
  }
  fire(event: string, url?: string) {
    let prevented = false
    this.handlers.get(event)!({ preventDefault: () => (prevented = true) }, url)
    return prevented
  }
}

describe('the Electron shell', () => {
  beforeEach(() => {
    electron.appHandlers.clear()
    electron.ipcHandlers.clear()
  })

  it('tells the app page (any hash route) from everything else', () => {
    expect(isAppUrl(`${appUrl()}#/experts`, appUrl())).toBe(true)
    expect(isAppUrl('file:///etc/passwd', appUrl())).toBe(false)
    expect(isAppUrl('https://example.com/', appUrl())).toBe(false)
    expect(isAppUrl('not a url', appUrl())).toBe(false)
  })

  it('blocks navigation away, new windows, webviews and every permission request', () => {
    guardWebContents(appUrl)
    const contents = new FakeContents()
    electron.appHandlers.get('web-contents-created')!({}, contents)
    expect(contents.fire('will-navigate', 'https://example.com/')).toBe(true)
    expect(contents.fire('will-navigate', `${appUrl()}#/cases`)).toBe(false)
    expect(contents.fire('will-redirect', 'https://example.com/')).toBe(true)
    expect(contents.fire('will-attach-webview')).toBe(true)
    expect(contents.windowOpenHandler!()).toEqual({ action: 'deny' })
    const answers: boolean[] = []
    electron.session.permissionRequest!({}, 'geolocation', (allowed: boolean) => answers.push(allowed))
    expect(answers).toEqual([false])
    expect(electron.session.permissionCheck!()).toBe(false)
  })

  it('handles exactly the contract channels and refuses a sender that is not the app page', async () => {
    const core = await testCore()
    registerIpc(core, appUrl)
    expect([...electron.ipcHandlers.keys()].sort()).toEqual([...channels].sort())
    const sender = {}
    const fromApp = await electron.ipcHandlers.get('users.list')!({ sender, senderFrame: { url: `${appUrl()}#/experts` } }, {})
    expect(fromApp).toMatchObject({ ok: true })
    const fromElsewhere = await electron.ipcHandlers.get('users.list')!({ sender, senderFrame: { url: 'https://evil.example/' } }, {})
    expect(fromElsewhere).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    await core.close()
  })

  it('keeps one current user per window', async () => {
    const core = await testCore()
    registerIpc(core, appUrl)
    const admin = await core.db.selectFrom('appUser').select('id').executeTakeFirstOrThrow()
    const frame = { url: appUrl() }
    const first = {}
    const second = {}
    await electron.ipcHandlers.get('session.signIn')!({ sender: first, senderFrame: frame }, { userId: admin.id })
    expect(await electron.ipcHandlers.get('session.current')!({ sender: first, senderFrame: frame }, {})).toMatchObject({ ok: true, value: { username: 'admin' } })
    expect(await electron.ipcHandlers.get('session.current')!({ sender: second, senderFrame: frame }, {})).toEqual({ ok: true, value: null })
    await core.close()
  })

  it('streams a picked file into the attachment store for a permitted user, and refuses the others', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ecocase-upload-'))
    const core = await openCore({ dataDir })
    const sessionOf = registerIpc(core, appUrl)
    registerFileUpload(core, appUrl, sessionOf)
    const photo = join(dataDir, '..', `pond-${Date.now()}.jpg`)
    writeFileSync(photo, 'not really a jpeg, but bytes all the same')
    const request = { path: photo, mediaType: 'image/jpeg', originalName: '池塘排污口.jpg' }
    const frame = { url: appUrl() }
    const sender = {}
    const upload = electron.ipcHandlers.get(fileUploadChannel)!

    expect(await upload({ sender, senderFrame: frame }, request)).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    const admin = await core.db.selectFrom('appUser').select('id').executeTakeFirstOrThrow()
    await electron.ipcHandlers.get('session.signIn')!({ sender, senderFrame: frame }, { userId: admin.id })
    const stored = await upload({ sender, senderFrame: frame }, request)
    const sha256 = createHash('sha256').update('not really a jpeg, but bytes all the same').digest('hex')
    expect(stored).toMatchObject({ ok: true, value: { sha256, originalName: '池塘排污口.jpg', mediaType: 'image/jpeg' } })
    expect(await upload({ sender, senderFrame: { url: 'https://evil.example/' } }, request)).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(await upload({ sender, senderFrame: frame }, { ...request, path: join(dataDir, 'missing.jpg') })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: '找不到该文件' }
    })
    await core.close()
  })
})
