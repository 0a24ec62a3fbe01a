import { buildBridge, type EcoCaseBridge } from '../../electron/shared/bridge'
import type { EcoCaseApi } from '../../electron/shared/contract'
import type { AppErrorShape, Result } from '../../electron/shared/errors'
import { previewBridge } from './preview-bridge'
import { wordedReply } from './error-words'

declare global {
  interface Window {
    ecocase?: EcoCaseBridge
  }
}

/**
 * `window.ecocase`: the preload's in the Electron app; in the browser preview
 * (no preload) the same object built over HTTP and set there on first use.
 */
export function ecocase(): EcoCaseBridge {
  window.ecocase ??= previewBridge()
  return window.ecocase
}

type Calls = Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>>

/**
 * The contract's channels, one function each: `api.cases.get({ id })`. Core
 * replies with reasons; each error comes back worded in the UI's language.
 */
export const api: EcoCaseApi = buildBridge(async (channel, input) => {
  const [domain, verb] = channel.split('.') as [string, string]
  return wordedReply(await (ecocase().call as unknown as Calls)[domain]![verb]!(input))
})

/** A failed call, carrying the core's error for forms and messages. */
export class CallError extends Error {
  constructor(readonly error: AppErrorShape) {
    super(error.message)
  }
}

/** The reply's value, or a thrown `CallError`; for queries. */
export async function unwrap<T>(reply: Promise<Result<T>>): Promise<T> {
  const result = await reply
  if (!result.ok) throw new CallError(result.error)
  return result.value
}
