import { buildBridge, type EcoCaseBridge } from '../../../electron/shared/bridge'

const unexpected = (what: string) => () => Promise.reject(new Error(`unexpected ${what}`))

/**
 * A `window.ecocase` for a renderer test: the channels answered by `invoke`
 * (as the preload's transport would), and whatever else the test gives.
 */
export function fakeBridge(invoke: (channel: string, input: unknown) => Promise<unknown>, rest: Partial<Omit<EcoCaseBridge, 'call'>> = {}): EcoCaseBridge {
  return {
    call: buildBridge(invoke),
    print: { toPdf: unexpected('print') },
    files: { upload: unexpected('upload'), saveOutboxFile: unexpected('save') },
    progress: { call: unexpected('progress call') },
    ...rest
  }
}
