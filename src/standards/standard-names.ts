import type { TFunction } from 'i18next'

/**
 * Names for the codes core sends about standards, in the language of `t`. An
 * unknown key (a parameter added to the reference later) shows as itself.
 */
export function parameterName(key: string, t: TFunction): string {
  return t(`standards.parameters.${key}` as 'standards.parameters.cod', { defaultValue: key })
}

/** A GB 3838-2002 class (I–V, 劣V). */
export function waterClassName(waterClass: string, t: TFunction): string {
  return t(`standards.waterClasses.${waterClass}` as 'standards.waterClasses.I', { defaultValue: waterClass })
}

/** A stored unit: the standards' 无量纲 (pH) is named; mg/L and the like read the same in every language. */
export function unitName(unit: string, t: TFunction): string {
  return t(`standards.units.${unit}` as 'standards.units.无量纲', { defaultValue: unit })
}
