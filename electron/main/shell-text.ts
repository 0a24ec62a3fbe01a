import { app } from 'electron'

/**
 * The few words the main process shows itself (dialogs), Chinese first; the
 * renderer's words live in src/i18n. English only where the system speaks it.
 */
const zh = {
  openLinkTitle: '打开外部链接',
  openLinkMessage: '此链接将在系统浏览器中打开，离开 EcoCase。是否继续？',
  openLink: '打开',
  cancel: '取消',
  startFailed: 'EcoCase 无法启动',
  unsavedTitle: '有未保存的修改',
  unsavedMessage: '关闭窗口，未保存的修改将丢失。',
  unsavedLeave: '关闭',
  unsavedStay: '留下继续编辑'
}

const en: typeof zh = {
  openLinkTitle: 'Open external link',
  openLinkMessage: 'This link opens in your system browser, outside EcoCase. Continue?',
  openLink: 'Open',
  cancel: 'Cancel',
  startFailed: 'EcoCase cannot start',
  unsavedTitle: 'Unsaved changes',
  unsavedMessage: 'If you close the window, your unsaved changes are lost.',
  unsavedLeave: 'Close',
  unsavedStay: 'Stay and keep editing'
}

export function shellText(): typeof zh {
  return app.getLocale().toLowerCase().startsWith('en') ? en : zh
}
