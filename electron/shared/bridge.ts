import { channels, type Channel } from './channels'
import type { EcoCaseApi } from './contract'
import type { FileUploadApi } from './file-upload'
import type { PrintApi } from './print'
import type { ProgressApi } from './progress'

/**
 * `window.ecocase`, the renderer's one way out: the contract's channels
 * (`call.<domain>.<verb>`), printing, files and calls that report progress.
 * The Electron preload exposes it (checked with `satisfies`); the browser
 * preview builds the same shape over HTTP (src/api/preview-bridge.ts).
 */
export interface EcoCaseBridge {
  call: EcoCaseApi
  print: PrintApi
  files: FileUploadApi
  progress: ProgressApi
}

/**
 * Builds the `call` object from the channel list over any transport, so the
 * Electron preload and the browser preview expose exactly the same channels.
 */
export function buildBridge(invoke: (channel: Channel, input: unknown) => Promise<unknown>): EcoCaseApi {
  const api: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {}
  for (const channel of channels) {
    const [domain, verb] = channel.split('.') as [string, string]
    api[domain] ??= {}
    api[domain][verb] = (input: unknown) => invoke(channel, input ?? {})
  }
  return api as unknown as EcoCaseApi
}
