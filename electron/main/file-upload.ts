import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { Core } from '../core/core'
import type { Session } from '../core/call'
import { uploadAttachment } from '../core/attachments/attachment-upload'
import { z } from 'zod'
import { fileUploadChannel } from '../shared/file-upload'
import { isTrustedSender, untrustedReply } from './ipc-sender'

const fileUploadRequest = z.object({
  path: z.string().min(1),
  mediaType: z.string().max(200),
  originalName: z.string().max(255)
})

/**
 * Attachments in the app: the renderer names a file the user picked, and the
 * main process streams it into the content-addressed store and records it,
 * exactly as the preview's upload endpoint does with an HTTP body.
 */
export function registerFileUpload(core: Core, appUrl: () => string, sessionOf: (contents: WebContents) => Session): void {
  ipcMain.handle(fileUploadChannel, async (event: IpcMainInvokeEvent, raw: unknown) => {
    if (!isTrustedSender(event, appUrl())) return untrustedReply
    const request = fileUploadRequest.safeParse(raw)
    if (!request.success) return { ok: false, error: { code: 'invalid_input', message: '上传请求无效' } }
    const info = await stat(request.data.path).catch(() => null)
    if (!info?.isFile()) return { ok: false, error: { code: 'invalid_input', message: '找不到该文件' } }
    return uploadAttachment(core, sessionOf(event.sender), createReadStream(request.data.path), {
      mediaType: request.data.mediaType,
      originalName: request.data.originalName,
      declaredBytes: info.size
    })
  })
}
