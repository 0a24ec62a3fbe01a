import { channels, type Channel } from './channels'
import type { EcoCaseApi } from './contract'

/**
 * Builds `window.ecocase` from the channel list over any transport, so the
 * Electron preload and the browser preview expose exactly the same object.
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
