import { app, BrowserWindow, dialog } from 'electron'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { openCore } from '../core/core'
import { appName, resolveDataDir } from '../core/data-folder'
import { guardWebContents } from './window-security'
import { registerIpc } from './ipc'
import { registerPrinting } from './print'
import { registerFileUpload } from './file-upload'

app.setName(appName)
const rendererFile = join(__dirname, '../renderer/index.html')
const appUrl = () => pathToFileURL(rendererFile).href

async function start() {
  await app.whenReady()
  guardWebContents(appUrl)
  const core = await openCore({ dataDir: resolveDataDir(process.argv, app.getPath('userData')) })
  const preload = join(__dirname, '../preload/index.js')
  const sessionOf = registerIpc(core, appUrl)
  registerFileUpload(core, appUrl, sessionOf)
  registerPrinting(appUrl, preload)

  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    title: 'EcoCase 生态环境技术调查',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false
    }
  })
  await window.loadFile(rendererFile)
  app.on('window-all-closed', () => {
    void core.close().then(() => app.quit())
  })
}

start().catch((error: unknown) => {
  dialog.showErrorBox('EcoCase 无法启动', error instanceof Error ? error.message : String(error))
  app.exit(1)
})
