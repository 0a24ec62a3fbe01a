import type { TFunction } from 'i18next'
import type { CustodySummary } from '../../electron/shared/sampling'
import { formatShanghai } from '../../electron/shared/shanghai-time'
import { parameterName } from '../standards/standard-names'

type CustodyFlag = CustodySummary['flags'][number]

/** The facts of a flag that are instants (ISO UTC from core), shown in the Asia/Shanghai wall clock. */
const instantFacts = new Set(['at', 'sampledAt', 'laterAt', 'analysedAt', 'receivedAt'])

/** A chain-of-custody flag in the UI's language: core sends its kind and facts, never a sentence. */
export function custodyFlagText(flag: CustodyFlag, t: TFunction): string {
  const words: Record<string, string> = {}
  for (const [name, value] of Object.entries(flag.facts)) words[name] = instantFacts.has(name) ? formatShanghai(value) : value
  if (flag.facts.parameterKey !== undefined) words.parameter = parameterName(flag.facts.parameterKey, t)
  return t(`sampling.custody.flags.${flag.kind}`, { ...words, interpolation: { escapeValue: false } })
}
