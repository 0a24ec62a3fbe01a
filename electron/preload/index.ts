import { contextBridge, ipcRenderer } from 'electron'
import { buildBridge } from '../shared/bridge'
import type { EcoCaseApi } from '../shared/contract'

/** Exposes exactly the contract's channels as `window.ecocase`, nothing else. */
const api: EcoCaseApi = buildBridge((channel, input) => ipcRenderer.invoke(channel, input))
contextBridge.exposeInMainWorld('ecocase', api)
