import { buildBridge } from '../../electron/shared/bridge'
import type { EcoCaseApi } from '../../electron/shared/contract'
import type { AppErrorShape, Result } from '../../electron/shared/errors'

declare global {
  interface Window {
    ecocase?: EcoCaseApi
  }
}

const tokenKey = 'ecocase.previewToken'

/**
 * In the browser preview there is no preload: the same bridge is built over
 * `POST /api/<channel>`, carrying the launch token the url brought.
 */
function previewBridge(): EcoCaseApi {
  const url = new URL(window.location.href)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl) {
    sessionStorage.setItem(tokenKey, fromUrl)
    url.searchParams.delete('token')
    window.history.replaceState(null, '', url.toString())
  }
  const token = sessionStorage.getItem(tokenKey) ?? ''
  return buildBridge(async (channel, input) => {
    const response = await fetch(`/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-ecocase-token': token },
      body: JSON.stringify(input)
    })
    return response.json()
  })
}

export const api: EcoCaseApi = window.ecocase ?? previewBridge()

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
