import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron'
import { buildBridge } from '../shared/bridge'
import type { EcoCaseApi } from '../shared/contract'
import { printChannel, type PrintApi } from '../shared/print'
import { fileUploadChannel, outboxSaveChannel, type FileUploadApi, type FileUploadRequest } from '../shared/file-upload'
import { callProgressChannel, type ProgressApi, type ProgressMessage } from '../shared/progress'

/**
 * Exposes exactly the contract's channels as `window.ecocase`, printing as
 * `window.ecocasePrint`, files (upload, saving an outbox file) as
 * `window.ecocaseFiles` and the progress of long calls as
 * `window.ecocaseProgress`; nothing else.
 */
const api: EcoCaseApi = buildBridge((channel, input) => ipcRenderer.invoke(channel, input))
contextBridge.exposeInMainWorld('ecocase', api)
const print: PrintApi = { toPdf: (request) => ipcRenderer.invoke(printChannel, request) }
contextBridge.exposeInMainWorld('ecocasePrint', print)
const files: FileUploadApi = {
  upload: (file, target) => {
    const request: FileUploadRequest = { target, path: webUtils.getPathForFile(file), mediaType: file.type, originalName: file.name }
    return ipcRenderer.invoke(fileUploadChannel, request)
  },
  saveOutboxFile: (name) => ipcRenderer.invoke(outboxSaveChannel, name)
}
contextBridge.exposeInMainWorld('ecocaseFiles', files)
const progress: ProgressApi = {
  listen: (channel, listener) => {
    const heard = (_event: IpcRendererEvent, message: ProgressMessage) => {
      if (message.channel === channel) listener(message.progress)
    }
    ipcRenderer.on(callProgressChannel, heard)
    return () => void ipcRenderer.off(callProgressChannel, heard)
  }
}
contextBridge.exposeInMainWorld('ecocaseProgress', progress)
