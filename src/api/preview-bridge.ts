import { buildBridge, type EcoCaseBridge } from '../../electron/shared/bridge'
import { outboxDownloadPath, uploadPaths } from '../../electron/shared/file-upload'
import type { CallProgress } from '../../electron/shared/progress'
import { AppError, type Result } from '../../electron/shared/errors'

/** Where this tab keeps the preview's launch token (an attachment's address carries it too, see files.ts). */
export const previewTokenKey = 'ecocase.previewToken'

/** The launch token: brought once by the url, then kept for this tab. */
function previewToken(): string {
  const url = new URL(window.location.href)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl) {
    sessionStorage.setItem(previewTokenKey, fromUrl)
    url.searchParams.delete('token')
    window.history.replaceState(null, '', url.toString())
  }
  return sessionStorage.getItem(previewTokenKey) ?? ''
}

/**
 * A call whose progress the preview streams as NDJSON lines before its reply
 * (electron/preview/preview-server.ts).
 */
async function callStreamingProgress(token: string, channel: string, input: unknown, onProgress: (progress: CallProgress) => void): Promise<Result<unknown>> {
  const response = await fetch(`/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-ecocase-token': token, 'x-ecocase-progress': 'lines' },
    body: JSON.stringify(input ?? {})
  })
  // Not signed in (or refused before the call): a plain JSON reply.
  if (!response.headers.get('content-type')?.startsWith('application/x-ndjson') || !response.body) return response.json()
  let reply: Result<unknown> | null = null
  let pending = ''
  const decoder = new TextDecoder()
  const read = (text: string) => {
    pending += text
    const lines = pending.split('\n')
    pending = lines.pop() ?? ''
    for (const line of lines.filter(Boolean)) {
      const message = JSON.parse(line) as { progress?: CallProgress; reply?: Result<unknown> }
      if (message.progress) onProgress(message.progress)
      if (message.reply) reply = message.reply
    }
  }
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) read(decoder.decode(chunk, { stream: true }))
  read(`${decoder.decode()}\n`)
  return reply ?? { ok: false, error: new AppError('internal', 'incomplete_reply').toJSON() }
}

/**
 * In the browser preview there is no preload: the same `window.ecocase` is
 * built over the preview's HTTP endpoints, carrying the launch token.
 */
export function previewBridge(): EcoCaseBridge {
  const token = previewToken()
  return {
    call: buildBridge(async (channel, input) => {
      const response = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-ecocase-token': token },
        body: JSON.stringify(input)
      })
      return response.json()
    }),
    print: {
      // The browser's own print dialog, from a window of the print route.
      toPdf: async ({ route }) => {
        const opened = window.open(`#${route}?autoprint=1`, '_blank')
        return opened ? { ok: true, path: null } : { ok: false, message: '' }
      }
    },
    files: {
      upload: async (file, target) => {
        const response = await fetch(uploadPaths[target], {
          method: 'POST',
          headers: { 'content-type': file.type || 'application/octet-stream', 'x-file-name': encodeURIComponent(file.name), 'x-ecocase-token': token },
          body: file
        })
        return response.json()
      },
      // Served as a download.
      saveOutboxFile: async (name) => {
        const link = document.createElement('a')
        link.href = `${outboxDownloadPath}${encodeURIComponent(name)}?token=${encodeURIComponent(token)}`
        link.download = name
        document.body.appendChild(link)
        link.click()
        link.remove()
        return { ok: true, value: { saved: true } }
      }
    },
    progress: { call: (channel, input, listener) => callStreamingProgress(token, channel, input, listener) }
  }
}
