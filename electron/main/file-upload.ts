import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron'
import { createReadStream } from 'node:fs'
import { copyFile, stat } from 'node:fs/promises'
import type { Core } from '../core/core'
import type { Session } from '../core/call'
import { uploaders } from '../core/uploaders'
import { outboxFile } from '../core/exchange/outbox-file'
import { z } from 'zod'
import { fileUploadChannel, outboxSaveChannel } from '../shared/file-upload'
import { isTrustedSender, untrustedReply } from './ipc-sender'

const fileUploadRequest = z.object({
  target: z.enum(['attachment', 'package']).default('attachment'),
  path: z.string().min(1),
  mediaType: z.string().max(200),
  originalName: z.string().max(255)
})

/**
 * Files in the app: the renderer names a file the user picked, and the main
 * process streams it to its target (the attachment store, or the exchange
 * inbox), exactly as the preview's upload endpoints do with an HTTP body;
 * and a file of the exchange outbox is saved where the user chooses, as the
 * preview serves it for download.
 */
export function registerFileUpload(core: Core, appUrl: () => string, sessionOf: (contents: WebContents) => Session): void {
  ipcMain.handle(fileUploadChannel, async (event: IpcMainInvokeEvent, raw: unknown) => {
    if (!isTrustedSender(event, appUrl())) return untrustedReply
    const request = fileUploadRequest.safeParse(raw)
    if (!request.success) return { ok: false, error: { code: 'invalid_input', message: '上传请求无效' } }
    const info = await stat(request.data.path).catch(() => null)
    if (!info?.isFile()) return { ok: false, error: { code: 'invalid_input', message: '找不到该文件' } }
    return uploaders[request.data.target](core, sessionOf(event.sender), createReadStream(request.data.path), {
      mediaType: request.data.mediaType,
      originalName: request.data.originalName,
      declaredBytes: info.size
    })
  })
  ipcMain.handle(outboxSaveChannel, async (event: IpcMainInvokeEvent, name: unknown) => {
    if (!isTrustedSender(event, appUrl())) return untrustedReply
    const found = await outboxFile(core, sessionOf(event.sender), typeof name === 'string' ? name : '')
    if (!found.ok) return found
    const owner = BrowserWindow.fromWebContents(event.sender)
    const options = { defaultPath: name as string, filters: [{ name: 'EcoCase', extensions: ['ecocase'] }] }
    const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options)
    if (choice.canceled || !choice.filePath) return { ok: true, value: { saved: false } }
    await copyFile(found.value.path, choice.filePath)
    return { ok: true, value: { saved: true } }
  })
}
