import { contextBridge, ipcRenderer, webUtils } from 'electron'
import { buildBridge } from '../shared/bridge'
import type { EcoCaseApi } from '../shared/contract'
import { printChannel, type PrintApi } from '../shared/print'
import { fileUploadChannel, type FileUploadApi, type FileUploadRequest } from '../shared/file-upload'

/**
 * Exposes exactly the contract's channels as `window.ecocase`, printing as
 * `window.ecocasePrint` and file upload as `window.ecocaseFiles`; nothing else.
 */
const api: EcoCaseApi = buildBridge((channel, input) => ipcRenderer.invoke(channel, input))
contextBridge.exposeInMainWorld('ecocase', api)
const print: PrintApi = { toPdf: (request) => ipcRenderer.invoke(printChannel, request) }
contextBridge.exposeInMainWorld('ecocasePrint', print)
const files: FileUploadApi = {
  upload: (file) => {
    const request: FileUploadRequest = { path: webUtils.getPathForFile(file), mediaType: file.type, originalName: file.name }
    return ipcRenderer.invoke(fileUploadChannel, request)
  }
}
contextBridge.exposeInMainWorld('ecocaseFiles', files)
