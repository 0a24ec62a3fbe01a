import { dialog, type BrowserWindow } from 'electron'
import { shellText } from './shell-text'

/**
 * A page with unsaved changes refuses to unload (its `beforeunload`, see
 * src/forms/UnsavedChangesGuard.tsx). Chromium in a browser then asks the
 * user; Electron only cancels the close silently, so the window asks here
 * and closes when the user chooses to leave.
 */
export function askBeforeLosingChanges(window: BrowserWindow): void {
  window.webContents.on('will-prevent-unload', (event) => {
    const text = shellText()
    const choice = dialog.showMessageBoxSync(window, {
      type: 'warning',
      title: text.unsavedTitle,
      message: text.unsavedMessage,
      buttons: [text.unsavedLeave, text.unsavedStay],
      defaultId: 1,
      cancelId: 1
    })
    // preventDefault on this event lets the unload go ahead.
    if (choice === 0) event.preventDefault()
  })
}
