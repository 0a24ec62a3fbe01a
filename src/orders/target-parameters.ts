import gb3838 from '../../resources/reference/gb3838_2002.json'
import type { TFunction } from 'i18next'
import { parameterName } from '../standards/standard-names'

// Items a target can name: those with a numeric class limit. TN is a lake
// item only; water temperature (a narrative rule) never has a class.
const classed = gb3838.items.filter((item) => item.limits !== null && item.key !== 'water_temperature')

/** The GB 3838-2002 items a water-quality target may name on this waterbody, as Select options. */
export function targetParameterOptions(waterbody: 'river' | 'lake' | undefined, t: TFunction) {
  return classed.filter((item) => waterbody === 'lake' || item.key !== 'tn').map((item) => ({ value: item.key, label: parameterName(item.key, t) }))
}

