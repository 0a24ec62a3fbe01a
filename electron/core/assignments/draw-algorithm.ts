import { createHash } from 'node:crypto'

/**
 * The documented, replayable draw. Each eligible expert gets the key
 * SHA-256(`<seed>:<expertId>`) in lowercase hex; experts are ordered by that
 * key (a balanced draw orders first by the number of open cases, fewest
 * first, then by the key) and the first `count` are drawn. Anyone with the
 * stored eligible list, seed and options can recompute it, e.g. with
 * `sha256sum` and `sort`. Never change what a version computes: add a new
 * version instead, and keep the old one for replaying old draws.
 */
export const drawAlgorithmVersion = 'sha256-rank/1'

export interface DrawCandidate {
  expertId: string
  activeCases: number
}

export interface DrawOptions {
  seed: string
  count: number
  balanced: boolean
  algorithmVersion: string
}

/** The key an expert is ranked by in a draw with this seed. */
export function drawKey(seed: string, expertId: string): string {
  return createHash('sha256').update(`${seed}:${expertId}`, 'utf8').digest('hex')
}

/** The drawn experts' ids, in draw order. */
export function drawExperts(eligible: readonly DrawCandidate[], options: DrawOptions): string[] {
  if (options.algorithmVersion !== drawAlgorithmVersion) {
    throw new Error(`unknown draw algorithm version ${options.algorithmVersion}`)
  }
  return eligible
    .map((c) => ({ ...c, key: drawKey(options.seed, c.expertId) }))
    .sort((a, b) => {
      if (options.balanced && a.activeCases !== b.activeCases) return a.activeCases - b.activeCases
      return a.key < b.key ? -1 : a.key > b.key ? 1 : 0
    })
    .slice(0, options.count)
    .map((c) => c.expertId)
}
