import type { VerifyParams, VerifyPart, VerifyReason } from '../../shared/verify-reasons'

/** What a forensic check found wrong, as a code with its facts (worded by the CLI or the renderer), grouped by what it concerns. */
export interface Finding extends VerifyPart {
  kind: 'integrity' | 'chain' | 'signature' | 'identity' | 'row' | 'attachment' | 'document' | 'exchange'
}

/** A sink for findings that keeps the first ones of each kind and counts the rest, so a flood stays readable and memory bounded. */
export class Findings {
  readonly kept: Finding[] = []
  readonly notes: VerifyPart[] = []
  private readonly counts = new Map<Finding['kind'], number>()

  constructor(private readonly perKind = 200) {}

  add(kind: Finding['kind'], reason: VerifyReason, params?: VerifyParams): void {
    const n = (this.counts.get(kind) ?? 0) + 1
    this.counts.set(kind, n)
    if (n <= this.perKind) this.kept.push({ kind, reason, params })
  }

  /** Something the user should know that is not a failure. */
  note(reason: VerifyReason, params?: VerifyParams): void {
    this.notes.push({ reason, params })
  }

  count(kind?: Finding['kind']): number {
    if (kind) return this.counts.get(kind) ?? 0
    return [...this.counts.values()].reduce((a, b) => a + b, 0)
  }

  /** Kinds whose findings were more than were kept, with how many were left out. */
  overflow(): { kind: Finding['kind']; omitted: number }[] {
    return [...this.counts.entries()].filter(([, n]) => n > this.perKind).map(([kind, n]) => ({ kind, omitted: n - this.perKind }))
  }
}
