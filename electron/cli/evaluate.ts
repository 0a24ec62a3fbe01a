import { z } from 'zod'
import { AppError } from '../shared/errors'
import { compactSurfaceWater, evaluateSurfaceWater, surfaceWaterItems } from '../core/standards/surface-water'
import { compactAgriculturalSoil, evaluateAgriculturalSoil } from '../core/standards/agricultural-soil'
import { normaliseUnit } from '../core/standards/units'
import type { MeasuredResult } from '../core/standards/measured'

/** The options `evaluate` reads; everything else on the command line is refused by the caller. */
export interface EvaluateOptions {
  standard?: string
  waterbody?: string
  ph?: string
  'land-use'?: string
  values?: string
}

/** A refusal of the command line itself: printed in Chinese, exit code 2. */
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
  const values = readValues(options.values)
  try {
    switch (options.standard) {
      case 'gb3838': {
        const waterbody = options.waterbody
        if (waterbody !== 'river' && waterbody !== 'lake') {
          throw new UsageError('GB 3838 评价须给出 --waterbody river（河流）或 lake（湖泊、水库、池塘）')
        }
        const unitOf = (key: string) => surfaceWaterItems(waterbody).find((item) => item.key === key)?.unit
        return JSON.stringify(compactSurfaceWater(evaluateSurfaceWater({ waterbody, values: inUnits(values, unitOf) })))
      }
      case 'gb15618': {
        const landUse = options['land-use']
        if (landUse !== 'paddy' && landUse !== 'orchard' && landUse !== 'other') {
          throw new UsageError('GB 15618 评价须给出 --land-use paddy（水田）、orchard（果园）或 other（其他）')
        }
        if (options.ph === undefined || !/^\d+(\.\d+)?$/.test(options.ph)) throw new UsageError('GB 15618 评价须给出土壤 --ph，如 --ph 6.8')
        const evaluation = evaluateAgriculturalSoil({ ph: Number(options.ph), landUse, values: inUnits(values, () => 'mg/kg') })
        return JSON.stringify(compactAgriculturalSoil(evaluation))
      }
      default:
        throw new UsageError('须给出 --standard gb3838（地表水）或 gb15618（农用地土壤）')
    }
  } catch (error) {
    if (error instanceof AppError) throw new UsageError(error.message)
    throw error
  }
}

type Values = z.infer<typeof valuesSchema>

function readValues(json: string | undefined): Values {
  if (json === undefined) throw new UsageError('须给出 --values，如 --values \'{"cod":25,"nh3_n":0.8}\'')
  let raw: unknown
  try {
    raw = JSON.parse(json)
  } catch {
    throw new UsageError(`--values 不是有效的 JSON：${json}`)
  }
  const parsed = valuesSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    const where = issue.path.length > 0 ? `项目 ${String(issue.path[0])}` : '--values'
    throw new UsageError(
      `${where} 格式不正确：每个项目须为数字，或 {"value":数字,"qualifier":"<","detectionLimit":数字,"unit":"µg/L"}`
    )
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
