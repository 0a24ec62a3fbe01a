import { z } from 'zod'
import { functionClasses, methodDocuments, type FigureSource, type FunctionClass } from '../../shared/opinions'
import reference from '../../../resources/reference/virtual_cost_multipliers.json'

/** A multiplier range of the 2014 recommended method that the reference file verifies, with its source. */
export interface VerifiedMultiplier {
  low: string
  high: string
  source: FigureSource
}

// A `null` range means the figure was not verified: it is never offered, and
// the investigator must enter it with a source of their own.
const multiplierEntry = z.object({ range: z.tuple([z.number().positive(), z.number().positive()]).nullable() })
const legacy = z.object({
  surface_water_multipliers: z.object({
    I: multiplierEntry,
    II: multiplierEntry,
    III: multiplierEntry,
    IV: multiplierEntry,
    V: multiplierEntry
  }),
  formula_evidence: z.string()
})
const parsed = legacy.parse(reference.legacy_method)
const evidenceUrl = /https?:\/\/\S+/.exec(parsed.formula_evidence)?.[0] ?? ''

const VERIFIED = new Map<FunctionClass, VerifiedMultiplier>()
for (const cls of functionClasses) {
  const range = parsed.surface_water_multipliers[cls].range
  if (range === null) continue
  VERIFIED.set(cls, {
    low: String(range[0]),
    high: String(range[1]),
    source: {
      kind: 'standard',
      reference: methodDocuments['recommended-2014'],
      note: `经一处来源核实：法院判决书援引该方法，${cls}类地表水取虚拟治理成本的 ${range[0]}–${range[1]} 倍（${evidenceUrl}）`
    }
  })
}

/**
 * The multiplier range the 2014 recommended method gives for a receiving water
 * of this GB 3838 class, when the reference file has verified it (today only
 * class III, 4.5–6), to prefill the form; `null` for the other classes, whose
 * multiplier the investigator enters with its source.
 */
export function verifiedMultiplier(functionClass: FunctionClass): VerifiedMultiplier | null {
  return VERIFIED.get(functionClass) ?? null
}
