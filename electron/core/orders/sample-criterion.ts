import { daysBetween, shanghaiDay } from '../../shared/shanghai-time'
import { AppError, type ErrorPart } from '../../shared/errors'
import { parameterPart } from '../../shared/parameter-names'
import { sampleCriterion, type SampleCriterion } from '../../shared/orders'
import { parseOrRefuse } from '../parse-input'
import type { Measured } from '../standards/measured'
import { evaluateSurfaceWater, type SurfaceWaterItemResult } from '../standards/surface-water'
import { findSurfaceWaterItem } from '../standards/surface-water-limits'

/** One sampling at the criterion's site, with its lab results in the standard's units. */
export interface CriterionSampling {
  sampleId: string
  sampleCode: string
  /** ISO-8601 UTC. */
  sampledAt: string
  voided: boolean
  /** Keyed by GB 3838 item key (`cod`, `nh3_n`, `tp`). */
  results: Record<string, Measured>
}

export interface SamplingVerdict {
  sampleId: string
  sampleCode: string
  sampledAt: string
  /** The Asia/Shanghai calendar day of the sampling, which the days apart are counted on. */
  sampledOn: string
  /** Every named parameter proven to meet the target class. */
  meets: boolean
  /** Parameters proven to miss the target. */
  failingParameters: string[]
  /** Parameters not measured, or below a detection limit too high to tell. */
  notProven: string[]
}

export interface CriterionEvaluation {
  met: boolean
  /** The earliest run of samplings that meets the criterion; empty when not met. */
  satisfyingSamples: Pick<SamplingVerdict, 'sampleId' | 'sampleCode' | 'sampledOn'>[]
  /** Every sampling that was not voided, in time order. */
  perSample: SamplingVerdict[]
  /** Codes of voided samplings, left out. */
  voided: string[]
  /** Samplings after the satisfying run that do not meet the target, for the investigator to look at. */
  laterNonQualifying: string[]
  /** Why the criterion is or is not met, as reasons of the catalog with the samplings' facts. */
  explanation: ErrorPart
}

/**
 * Evaluates a sample-based acceptance criterion from the lab results of the
 * samplings at its site.
 *
 * A sampling qualifies when every named parameter is proven to meet the
 * target class of GB 3838-2002 (a missing result or a `<` result whose bound
 * is above the limit proves nothing). The criterion is met by `consecutive`
 * qualifying samplings, each at least `minDaysApart` calendar days (Asia/Shanghai,
 * counted between sampling days, so exactly 30 days counts) after the one
 * before, with no non-qualifying sampling between them. Qualifying samplings
 * taken sooner in between do not break the run: they only add evidence.
 * Voided samplings are left out.
 *
 * @throws AppError `invalid_input` when the criterion is malformed or names an
 *   item GB 3838-2002 gives no class limit for on that waterbody (TN on a
 *   river, water temperature, an unknown key).
 */
export function evaluateSampleCriterion(
  rawCriterion: SampleCriterion,
  samplings: readonly CriterionSampling[],
  countsFrom: string | null
): CriterionEvaluation {
  const criterion = parseOrRefuse(sampleCriterion, rawCriterion)
  refuseUnclassedParameters(criterion)
  // A milestone of an order proves what the restoration achieved: only water sampled from `countsFrom` on (the day
  // after issue, or the judge's later start: see `countsSamplesFrom`) can show it. An order not yet issued counts none.
  const counted = (s: CriterionSampling) => countsFrom !== null && shanghaiDay(s.sampledAt) >= countsFrom
  const live = samplings
    .filter((s) => !s.voided && counted(s))
    .toSorted((a, b) => Date.parse(a.sampledAt) - Date.parse(b.sampledAt) || a.sampleCode.localeCompare(b.sampleCode))
  const perSample = live.map((s) => verdictOf(criterion, s))
  const chain = earliestChain(criterion, perSample)
  const lastIndex = chain.length > 0 ? perSample.indexOf(chain[chain.length - 1]) : -1
  const laterNonQualifying = chain.length > 0 ? perSample.slice(lastIndex + 1).filter((v) => !v.meets) : []
  return {
    met: chain.length > 0,
    satisfyingSamples: chain.map((v) => ({ sampleId: v.sampleId, sampleCode: v.sampleCode, sampledOn: v.sampledOn })),
    perSample,
    voided: samplings.filter((s) => s.voided).map((s) => s.sampleCode),
    laterNonQualifying: laterNonQualifying.map((v) => v.sampleCode),
    explanation: explain(criterion, perSample, chain, laterNonQualifying, countsFrom)
  }
}

function refuseUnclassedParameters(criterion: SampleCriterion): void {
  const unclassed = criterion.parameters.filter((key) => !findSurfaceWaterItem(key, criterion.waterbody)?.limits)
  if (unclassed.length === 0) return
  const params = { waterbody: [{ reason: `waterbody_${criterion.waterbody}` as const }], parameters: parameterParts(unclassed) }
  throw new AppError('invalid_input', 'criterion_parameters_unclassed', params, { parameters: 'criterion_parameters_unclassed' })
}

function verdictOf(criterion: SampleCriterion, sampling: CriterionSampling): SamplingVerdict {
  const values: Record<string, Measured> = {}
  for (const key of criterion.parameters) {
    const measured = sampling.results[key]
    if (measured !== undefined) values[key] = measured
  }
  const evaluation = evaluateSurfaceWater({ waterbody: criterion.waterbody, values, targetClass: criterion.targetClass })
  // TN of a lake is a reference indicator: it has a class and a verdict, but sits apart from the items.
  const results: Record<string, SurfaceWaterItemResult | undefined> = { ...evaluation.items, ...evaluation.reference }
  const failingParameters = criterion.parameters.filter((key) => results[key]?.meetsTarget === false)
  const notProven = criterion.parameters.filter((key) => (results[key]?.meetsTarget ?? null) === null)
  return {
    sampleId: sampling.sampleId,
    sampleCode: sampling.sampleCode,
    sampledAt: sampling.sampledAt,
    sampledOn: shanghaiDay(sampling.sampledAt),
    meets: failingParameters.length === 0 && notProven.length === 0,
    failingParameters,
    notProven
  }
}

// Within each run of qualifying samplings, taking the earliest sampling that is
// far enough from the last one taken finds a chain whenever one exists, and the
// earliest one: the day the criterion was first met.
function earliestChain(criterion: SampleCriterion, verdicts: SamplingVerdict[]): SamplingVerdict[] {
  let chain: SamplingVerdict[] = []
  for (const verdict of verdicts) {
    if (!verdict.meets) {
      chain = []
      continue
    }
    const last = chain.at(-1)
    if (!last || daysBetween(last.sampledOn, verdict.sampledOn) >= criterion.minDaysApart) chain.push(verdict)
    if (chain.length === criterion.consecutive) return chain
  }
  return []
}

// The explanation is reasons of the catalog (electron/shared/criterion-reasons.ts) with the samplings' facts, so the
// order page words it in the UI's language and the print and the Word file in Chinese.
function explain(
  criterion: SampleCriterion,
  verdicts: SamplingVerdict[],
  chain: SamplingVerdict[],
  laterNonQualifying: SamplingVerdict[],
  countsFrom: string | null
): ErrorPart {
  const spacing: ErrorPart[] = criterion.consecutive > 1 ? [{ reason: 'criterion_spacing', params: { minDaysApart: criterion.minDaysApart } }] : []
  const ruleParams = {
    consecutive: criterion.consecutive,
    parameters: parameterParts(criterion.parameters),
    targetClass: criterion.targetClass,
    waterbody: [{ reason: `criterion_waterbody_${criterion.waterbody}` as const }],
    spacing
  }
  const rule: ErrorPart[] = [{ reason: 'criterion_rule', params: ruleParams }]
  if (chain.length > 0) {
    const gaps = chain.slice(1).map((v, i) => fact(daysBetween(chain[i].sampledOn, v.sampledOn)))
    const warning: ErrorPart[] =
      laterNonQualifying.length > 0 ? [{ reason: 'criterion_later_unmet', params: { samples: laterNonQualifying.map((v) => fact(v.sampleCode)) } }] : []
    const samples: ErrorPart[] = chain.map((v) => ({ reason: 'criterion_sample', params: { sampleCode: v.sampleCode, sampledOn: v.sampledOn } }))
    return { reason: 'criterion_met', params: { rule, samples, gaps: gaps.length > 0 ? [{ reason: 'criterion_gaps', params: { days: gaps } }] : [], warning } }
  }
  if (countsFrom === null) return { reason: 'criterion_not_issued', params: { rule } }
  if (verdicts.length === 0) return { reason: 'criterion_no_samplings', params: { rule, countsFrom } }
  return { reason: 'criterion_unmet', params: { rule, samples: verdicts.map(sampleFinding) } }
}

function sampleFinding(verdict: SamplingVerdict): ErrorPart {
  const sample = { sampleCode: verdict.sampleCode, sampledOn: verdict.sampledOn }
  const failing = parameterParts(verdict.failingParameters)
  const notProven = parameterParts(verdict.notProven)
  if (verdict.meets) return { reason: 'criterion_sample_meets', params: sample }
  if (notProven.length === 0) return { reason: 'criterion_sample_failing', params: { ...sample, failing } }
  if (failing.length === 0) return { reason: 'criterion_sample_unproven', params: { ...sample, notProven } }
  return { reason: 'criterion_sample_failing_unproven', params: { ...sample, failing, notProven } }
}

/** GB 3838 item keys as the catalog's parameter names; a key the catalog does not name stays its code. */
function parameterParts(keys: readonly string[]): ErrorPart[] {
  return keys.map((key) => {
    const named = parameterPart(key)
    return typeof named === 'string' ? fact(named) : named[0]
  })
}

/** A fact shown as it is in either language: a sample code, a number of days. */
function fact(text: string | number): ErrorPart {
  return { reason: 'criterion_fact', params: { text } }
}
