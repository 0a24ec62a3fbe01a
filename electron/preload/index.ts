import { contextBridge, ipcRenderer } from 'electron'
import { buildBridge } from '../shared/bridge'
import type { EcoCaseApi } from '../shared/contract'
import { printChannel, type PrintApi } from '../shared/print'

/** Exposes exactly the contract's channels as `window.ecocase`, and printing as `window.ecocasePrint`; nothing else. */
const api: EcoCaseApi = buildBridge((channel, input) => ipcRenderer.invoke(channel, input))
contextBridge.exposeInMainWorld('ecocase', api)
const print: PrintApi = { toPdf: (request) => ipcRenderer.invoke(printChannel, request) }
contextBridge.exposeInMainWorld('ecocasePrint', print)
