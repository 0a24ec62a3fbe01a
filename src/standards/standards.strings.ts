import { parameterNames } from '../../electron/shared/parameter-names'

/**
 * Names of the standards' items, classes, grades and units, keyed by the
 * codes core sends (GB 3838-2002 Table 1 keys, GB 15618-2018 keys, field
 * measurements). The Chinese follows the standards' own wording.
 */
export const zhCN = {
  standards: {
    parameters: parameterNames.zh,
    /** GB 3838-2002 classes; 劣V is worse than class V. */
    waterClasses: { I: 'I', II: 'II', III: 'III', IV: 'IV', V: 'V', 劣V: '劣V' },
    /** The qualitative grades of 《地表水环境质量评价办法（试行）》 (2011). */
    grades: { excellent: '优', good: '良好', lightly_polluted: '轻度污染', moderately_polluted: '中度污染', heavily_polluted: '重度污染' },
    units: { 无量纲: '无量纲' },
    yuan: '{{amount}} 元'
  }
}

export const en: typeof zhCN = {
  standards: {
    parameters: parameterNames.en,
    waterClasses: { I: 'I', II: 'II', III: 'III', IV: 'IV', V: 'V', 劣V: 'worse than V' },
    grades: { excellent: 'excellent', good: 'good', lightly_polluted: 'lightly polluted', moderately_polluted: 'moderately polluted', heavily_polluted: 'heavily polluted' },
    units: { 无量纲: 'dimensionless' },
    yuan: 'CNY {{amount}}'
  }
}
