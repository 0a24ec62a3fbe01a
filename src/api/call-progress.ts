import type { Channel } from '../../electron/shared/channels'
import type { InputOf, ReplyOf } from '../../electron/shared/contract'
import type { Result } from '../../electron/shared/errors'
import type { CallProgress } from '../../electron/shared/progress'
import { ecocase } from './api'
import { wordedReply } from './error-words'

/**
 * Calls a channel and hears its progress while it runs (an import). One such
 * call at a time per channel: the screens that start one wait for it.
 */
export function callWithProgress<C extends Channel>(channel: C, input: InputOf<C>, onProgress: (progress: CallProgress) => void): Promise<Result<ReplyOf<C>>> {
  return ecocase().progress.call(channel, input, onProgress).then(wordedReply) as Promise<Result<ReplyOf<C>>>
}
