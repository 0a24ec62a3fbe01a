import { z } from 'zod'
import { AppError } from '../shared/errors'
import { compactSurfaceWater, evaluateSurfaceWater, surfaceWaterItems } from '../core/standards/surface-water'
import { compactAgriculturalSoil, evaluateAgriculturalSoil } from '../core/standards/agricultural-soil'
import { normaliseUnit } from '../core/standards/units'
import type { MeasuredResult } from '../core/standards/measured'
import { errorText } from '../shared/errors'
import { cliLanguage } from './cli-language'
import { cliWords } from './cli-words'

/** The options `evaluate` reads; everything else on the command line is refused by the caller. */
export interface EvaluateOptions {
  standard?: string
  waterbody?: string
  ph?: string
  'land-use'?: string
  values?: string
}

/** A refusal of the command line itself: printed in the CLI's language, exit code 2. */
export class UsageError extends Error {}

const measured = z.union([
  z.number(),
  z
    .object({
      value: z.number(),
      qualifier: z.enum(['<']).nullable().optional(),
      detectionLimit: z.number().positive().nullable().optional(),
      unit: z.string().optional()
    })
    .strict()
])
const valuesSchema = z.record(z.string(), measured)

/**
 * `evaluate`: single-factor evaluation of one sample's values against GB 3838-2002
 * (`--standard gb3838 --waterbody river|lake`) or GB 15618-2018
 * (`--standard gb15618 --ph 6.8 --land-use paddy|orchard|other`), printed as
 * one line of compact JSON. Needs no data folder.
 *
 * @throws UsageError for missing or malformed options and values the standard cannot take.
 */
export function evaluateCommand(options: EvaluateOptions): string {
  const w = cliWords()
  const values = readValues(options.values)
  try {
    switch (options.standard) {
      case 'gb3838': {
        const waterbody = options.waterbody
        if (waterbody !== 'river' && waterbody !== 'lake') {
          throw new UsageError(w.waterbody)
        }
        const unitOf = (key: string) => surfaceWaterItems(waterbody).find((item) => item.key === key)?.unit
        return JSON.stringify(compactSurfaceWater(evaluateSurfaceWater({ waterbody, values: inUnits(values, unitOf) })))
      }
      case 'gb15618': {
        const landUse = options['land-use']
        if (landUse !== 'paddy' && landUse !== 'orchard' && landUse !== 'other') {
          throw new UsageError(w.landUse)
        }
        if (options.ph === undefined || !/^\d+(\.\d+)?$/.test(options.ph)) throw new UsageError(w.ph)
        const evaluation = evaluateAgriculturalSoil({ ph: Number(options.ph), landUse, values: inUnits(values, () => 'mg/kg') })
        return JSON.stringify(compactAgriculturalSoil(evaluation))
      }
      default:
        throw new UsageError(w.standard)
    }
  } catch (error) {
    if (error instanceof AppError) throw new UsageError(errorText(error, cliLanguage()))
    throw error
  }
}

type Values = z.infer<typeof valuesSchema>

function readValues(json: string | undefined): Values {
  const w = cliWords()
  if (json === undefined) throw new UsageError(w.valuesMissing)
  let raw: unknown
  try {
    raw = JSON.parse(json)
  } catch {
    throw new UsageError(w.valuesNotJson(json))
  }
  const parsed = valuesSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    const where = issue.path.length > 0 ? w.valueItem(String(issue.path[0])) : '--values'
    throw new UsageError(w.valuesShape(where))
  }
  return parsed.data
}

/** Converts values given with a unit into the standard's unit for the item. */
function inUnits(values: Values, unitOf: (key: string) => string | undefined): Record<string, MeasuredResult | number> {
  const converted: Record<string, MeasuredResult | number> = {}
  for (const [key, given] of Object.entries(values)) {
    if (typeof given === 'number') {
      converted[key] = given
      continue
    }
    const result = { value: given.value, qualifier: given.qualifier ?? null, detectionLimit: given.detectionLimit ?? null }
    const target = unitOf(key)
    converted[key] = given.unit === undefined || target === undefined ? result : { ...result, ...normaliseUnit(result, given.unit, target) }
  }
  return converted
}
