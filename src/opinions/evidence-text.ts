import type { TFunction } from 'i18next'
import type { OpinionSample } from '../../electron/shared/opinions'

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
      return `${r.parameterName} ${r.qualifier ?? ''}${r.value} ${r.unit}${marks.length > 0 ? `（${marks.join('，')}）` : ''}`
    })
    .join('；')
}

/** Whether any value of the samples carries a mark the print's note explains. */
export function hasMarkedValues(samples: readonly OpinionSample[]): boolean {
  return samples.some((s) => s.results.some((r) => r.source === 'field' || typeof r.exceededByHours === 'number'))
}

/** The GB 3838 class or GB 15618 category a sample's evaluation came to, or why it was not evaluated. */
export function sampleClassText(sample: OpinionSample, t: TFunction): string {
  const e = sample.evaluation
  if (e.standard === null) return `${t('opinions.evidence.notEvaluated')}（${e.reason}）`
  const verdict =
    e.standard === 'gb3838'
      ? e.class
        ? t('opinions.evidence.waterClass', { class: e.class })
        : t('opinions.evidence.notEvaluated')
      : e.overall
        ? t('opinions.evidence.soilCategory', { category: t(`sampling.evaluation.categories.${e.overall}`) })
        : t('opinions.evidence.notEvaluated')
  // An evaluation frozen before late analyses were listed has none to add.
  const late = e.pastHoldingTime ?? []
  return late.length === 0 ? verdict : `${verdict}（${t('opinions.evidence.reliesOnLate', { items: late.map((l) => l.nameZh).join('、') })}）`
}

/**
 * The items that decided the evaluation: the GB 3838 deciding items, or the
 * soil items above the GB 15618 screening value.
 */
export function decidingItemsText(sample: OpinionSample): string {
  const e = sample.evaluation
  const names =
    e.standard === 'gb3838'
      ? e.deciding.map((d) => d.nameZh)
      : e.standard === 'gb15618'
        ? e.items.filter((i) => i.category === 'above_screening' || i.category === 'above_intervention').map((i) => i.nameZh)
        : []
  return names.length > 0 ? names.join('、') : '—'
}
