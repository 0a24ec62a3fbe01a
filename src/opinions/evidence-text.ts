import type { TFunction } from 'i18next'
import type { OpinionSample, OpinionSampleResult } from '../../electron/shared/opinions'
import { parameterName, unitName, waterClassName } from '../standards/standard-names'

/** Hours as the opinion prints them: one decimal at most. */
const hoursText = (hours: number) => String(Math.round(hours * 10) / 10)

/**
 * A sample's values on one line, each marked when it is a field measurement
 * or was analysed past its holding time:
 * `化学需氧量(COD) 38 mg/L（超过保存时限 2 小时分析）；溶解氧 3.1 mg/L（现场测定）`.
 * A sample frozen before EcoCase kept the marks has none to show.
 */
export function sampleResultsText(sample: OpinionSample, t: TFunction): string {
  if (sample.results.length === 0) return t('opinions.evidence.noResults')
  return sample.results
    .map((r) => {
      const marks = [
        ...(r.source === 'field' ? [t('opinions.evidence.fieldMeasured')] : []),
        ...(typeof r.exceededByHours === 'number' ? [t('opinions.evidence.pastHoldingTime', { hours: hoursText(r.exceededByHours) })] : [])
      ]
      return `${resultName(r, t)} ${r.qualifier ?? ''}${r.value} ${unitName(r.unit, t)}${marks.length > 0 ? t('common.aside', { text: marks.join(t('common.listSeparator')) }) : ''}`
    })
    .join(t('common.itemSeparator'))
}

/** Whether any value of the samples carries a mark the print's note explains. */
export function hasMarkedValues(samples: readonly OpinionSample[]): boolean {
  return samples.some((s) => s.results.some((r) => r.source === 'field' || typeof r.exceededByHours === 'number'))
}

/** The GB 3838 class or GB 15618 category a sample's evaluation came to, or why it was not evaluated. */
export function sampleClassText(sample: OpinionSample, t: TFunction): string {
  const e = sample.evaluation
  if (e.standard === null) return `${t('opinions.evidence.notEvaluated')}${t('common.aside', { text: evaluationGap(e.reason, t) })}`
  const verdict =
    e.standard === 'gb3838'
      ? e.class
        ? t('opinions.evidence.waterClass', { class: waterClassName(e.class, t) })
        : t('opinions.evidence.notEvaluated')
      : e.overall
        ? t('opinions.evidence.soilCategory', { category: t(`sampling.evaluation.categories.${e.overall}`) })
        : t('opinions.evidence.notEvaluated')
  // An evaluation frozen before late analyses were listed has none to add.
  const late = e.pastHoldingTime ?? []
  return late.length === 0 ? verdict : `${verdict}${t('common.aside', { text: t('opinions.evidence.reliesOnLate', { items: late.map((l) => parameterName(l.key, t)).join(t('common.listSeparator')) }) })}`
}

/**
 * The items that decided the evaluation: the GB 3838 deciding items, or the
 * soil items above the GB 15618 screening value.
 */
export function decidingItemsText(sample: OpinionSample, t: TFunction): string {
  const e = sample.evaluation
  const names =
    e.standard === 'gb3838'
      ? e.deciding.map((d) => parameterName(d.key, t))
      : e.standard === 'gb15618'
        ? e.items.filter((i) => i.category === 'above_screening' || i.category === 'above_intervention').map((i) => parameterName(i.key, t))
        : []
  return names.length > 0 ? names.join(t('common.listSeparator')) : '—'
}

/** A result's parameter: named from its code, or the Chinese name a signature froze before codes. */
function resultName(r: OpinionSampleResult, t: TFunction): string {
  return r.parameterKey ? parameterName(r.parameterKey, t) : (r.parameterName ?? '')
}

/**
 * Why a sample was not evaluated. A sample frozen by a signature before core
 * sent codes carries the Chinese sentence itself, shown as it was signed.
 */
function evaluationGap(reason: string, t: TFunction): string {
  return t(`sampling.evaluation.gaps.${reason}` as 'sampling.evaluation.gaps.no_waterbody', { defaultValue: reason })
}
