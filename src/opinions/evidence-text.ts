import type { TFunction } from 'i18next'
import type { OpinionSample } from '../../electron/shared/opinions'

/** A sample's standing results on one line: `氨氮(NH3-N) 2.6 mg/L；总磷(以P计) <0.01 mg/L`. */
export function sampleResultsText(sample: OpinionSample, t: TFunction): string {
  if (sample.results.length === 0) return t('opinions.evidence.noResults')
  return sample.results.map((r) => `${r.parameterName} ${r.qualifier ?? ''}${r.value} ${r.unit}`).join('；')
}

/** The GB 3838 class or GB 15618 category a sample's evaluation came to, or why it was not evaluated. */
export function sampleClassText(sample: OpinionSample, t: TFunction): string {
  const e = sample.evaluation
  if (e.standard === 'gb3838') return e.class ? t('opinions.evidence.waterClass', { class: e.class }) : t('opinions.evidence.notEvaluated')
  if (e.standard === 'gb15618') {
    return e.overall ? t('opinions.evidence.soilCategory', { category: t(`sampling.evaluation.categories.${e.overall}`) }) : t('opinions.evidence.notEvaluated')
  }
  return `${t('opinions.evidence.notEvaluated')}（${e.reason}）`
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
