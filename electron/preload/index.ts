import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron'
import { buildBridge, type EcoCaseBridge } from '../shared/bridge'
import { printChannel } from '../shared/print'
import { fileUploadChannel, outboxSaveChannel, type FileUploadRequest } from '../shared/file-upload'
import { callProgressChannel, type ProgressMessage } from '../shared/progress'

/**
 * Exposes one object, `window.ecocase`: exactly the contract's channels
 * (`call`), printing, files (upload, saving an outbox file) and the progress
 * of long calls; nothing else.
 */
const bridge = {
  call: buildBridge((channel, input) => ipcRenderer.invoke(channel, input)),
  print: { toPdf: (request) => ipcRenderer.invoke(printChannel, request) },
  files: {
    upload: (file, target) => {
      const request: FileUploadRequest = { target, path: webUtils.getPathForFile(file), mediaType: file.type, originalName: file.name }
      return ipcRenderer.invoke(fileUploadChannel, request)
    },
    saveOutboxFile: (name) => ipcRenderer.invoke(outboxSaveChannel, name)
  },
  progress: {
    call: async (channel, input, listener) => {
      const heard = (_event: IpcRendererEvent, message: ProgressMessage) => {
        if (message.channel === channel) listener(message.progress)
      }
      ipcRenderer.on(callProgressChannel, heard)
      try {
        return await ipcRenderer.invoke(channel, input ?? {})
      } finally {
        ipcRenderer.off(callProgressChannel, heard)
      }
    }
  }
} satisfies EcoCaseBridge
contextBridge.exposeInMainWorld('ecocase', bridge)
