import { app, BrowserWindow, dialog, Menu } from 'electron'
import { join } from 'node:path'
import { openCore } from '../core/core'
import { startBackupSchedule } from '../core/backups/backup-schedule'
import { appName, resolveDataDir } from '../core/data-folder'
import { guardWebContents } from './window-security'
import { registerIpc } from './ipc'
import { registerPrinting } from './print'
import { registerFileUpload } from './file-upload'
import { appEntryUrl, registerAppScheme, serveRenderer } from './app-protocol'
import { attachmentProtocol } from './attachment-protocol'
import { appWindows } from './app-window'
import { askBeforeLosingChanges } from './unload-prompt'
import { claimSingleInstance } from './single-instance'
import { shellText } from './shell-text'

// electron-vite builds the app in production mode; only a development build keeps DevTools and the menu.
const production = import.meta.env.PROD
const appUrl = () => appEntryUrl
let mainWindow: BrowserWindow | null = null

app.setName(appName)
app.enableSandbox()
registerAppScheme()

async function start() {
  await app.whenReady()
  if (production) Menu.setApplicationMenu(null)
  guardWebContents(appUrl, production)
  const core = await openCore({ dataDir: resolveDataDir(process.argv, app.getPath('userData')) })
  const stopBackups = startBackupSchedule(core)
  const openWindow = appWindows(join(__dirname, '../preload/index.js'), production)
  const sessionOf = registerIpc(core, appUrl)
  serveRenderer(join(__dirname, '../renderer'), attachmentProtocol(core, () => BrowserWindow.getAllWindows().map((w) => sessionOf(w.webContents))))
  registerFileUpload(core, appUrl, sessionOf)
  registerPrinting(appUrl, openWindow)

  mainWindow = openWindow({ width: 1360, height: 860, title: 'EcoCase 生态环境技术调查' })
  mainWindow.on('closed', () => (mainWindow = null))
  askBeforeLosingChanges(mainWindow)
  await mainWindow.loadURL(appEntryUrl)
  app.on('window-all-closed', () => {
    void stopBackups()
      .then(() => core.close())
      .then(() => app.quit())
  })
}

if (claimSingleInstance(() => mainWindow)) {
  start().catch((error: unknown) => {
    dialog.showErrorBox(shellText().startFailed, error instanceof Error ? error.message : String(error))
    app.exit(1)
  })
} else {
  app.quit()
}
