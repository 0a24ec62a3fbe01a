import type { Channel } from '../../electron/shared/channels'
import type { InputOf, ReplyOf } from '../../electron/shared/contract'
import type { Result } from '../../electron/shared/errors'
import type { CallProgress, ProgressApi } from '../../electron/shared/progress'
import { api } from './api'
import i18n from '../i18n'

declare global {
  interface Window {
    ecocaseProgress?: ProgressApi
  }
}

const tokenKey = 'ecocase.previewToken'

/**
 * Calls a channel and hears its progress while it runs (an import): in
 * Electron the main process sends it to this window; the preview streams it
 * as NDJSON lines before the reply. One such call at a time per channel: the
 * screens that start one wait for it.
 */
export async function callWithProgress<C extends Channel>(channel: C, input: InputOf<C>, onProgress: (progress: CallProgress) => void): Promise<Result<ReplyOf<C>>> {
  const [domain, verb] = channel.split('.') as [string, string]
  const invoke = (api as unknown as Record<string, Record<string, (input: unknown) => Promise<Result<ReplyOf<C>>>>>)[domain]![verb]!
  if (window.ecocaseProgress) {
    const stop = window.ecocaseProgress.listen(channel, onProgress)
    try {
      return await invoke(input)
    } finally {
      stop()
    }
  }
  const response = await fetch(`/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-ecocase-token': sessionStorage.getItem(tokenKey) ?? '', 'x-ecocase-progress': 'lines' },
    body: JSON.stringify(input)
  })
  // Not signed in (or refused before the call): a plain JSON reply.
  if (!response.headers.get('content-type')?.startsWith('application/x-ndjson') || !response.body) return response.json()
  let reply: Result<ReplyOf<C>> | null = null
  let pending = ''
  const decoder = new TextDecoder()
  const read = (text: string) => {
    pending += text
    const lines = pending.split('\n')
    pending = lines.pop() ?? ''
    for (const line of lines.filter(Boolean)) {
      const message = JSON.parse(line) as { progress?: CallProgress; reply?: Result<ReplyOf<C>> }
      if (message.progress) onProgress(message.progress)
      if (message.reply) reply = message.reply
    }
  }
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) read(decoder.decode(chunk, { stream: true }))
  read(`${decoder.decode()}\n`)
  return reply ?? { ok: false, error: { code: 'internal', message: i18n.t('exchange.incompleteReply') } }
}
