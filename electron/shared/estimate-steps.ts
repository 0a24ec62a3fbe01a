import type { Language } from './errors'

/** GB 3838-2002 functional classes of the receiving water. */
export const functionClasses = ['I', 'II', 'III', 'IV', 'V'] as const
export type FunctionClass = (typeof functionClasses)[number]

export const quantityUnits = ['t', 'm3'] as const
export type QuantityUnit = (typeof quantityUnits)[number]

/** Where a figure in a damage estimate comes from. */
export const sourceKinds = ['sample', 'lab_report', 'official_price', 'judgement', 'literature', 'standard'] as const
export type SourceKind = (typeof sourceKinds)[number]

/** The source of one figure, as `figureSource` (shared/opinions.ts) checks it. */
export interface StepSource {
  kind: SourceKind
  reference: string
  note: string
}

/** Which figure of a range a line works out; `point` when low and high agree. */
export type Bound = 'point' | 'low' | 'high'

/** The unit of a figure: none (a multiplier), yuan, a quantity, or yuan per quantity. */
export type StepUnit = 'none' | 'yuan' | QuantityUnit | `yuan_per_${QuantityUnit}`

/** A figure with its unit; the value is exact decimal text as printed, thousands grouped (`2,000`, `22.00`). */
export interface StepAmount {
  value: string
  unit: StepUnit
}

/**
 * What a step works out, or one term of its formula: a quantity of the
 * method (the 2014 method names them in words, GB/T 39793.2-2020 also by
 * letter), or a text the investigator typed (a coefficient, γ's stated
 * composition, a cost item's description or a coefficient's symbol).
 */
export type StepTerm =
  | { kind: 'discharge' | 'discharge_e' | 'unit_cost' | 'unit_cost_c' | 'virtual_cost' | 'damage' | 'damage_d' | 'actual_total' | 'multiplier_term' }
  | { kind: 'multiplier'; functionClass: FunctionClass }
  | { kind: 'gamma'; composition: string }
  | { kind: 'coefficient'; name: string; symbol: string }
  | { kind: 'typed'; text: string }

/** A computed step's rule: its terms multiplied or added, or (for many cost items) their sum named as such. */
export type StepFormula = { op: 'product' | 'sum'; terms: StepTerm[] } | { op: 'sum_of_items' }

/** One figure of a step: the amounts the formula works on (`null` for an entered figure) and the result. */
export interface StepFigure {
  bound: Bound
  expression: StepAmount[] | null
  result: StepAmount
}

/**
 * A step from before steps carried codes, kept as it was stored: its
 * Chinese words are what the investigator saw and signed (see
 * `electron/core/opinions/stored-steps.ts`).
 */
export interface RecordedStep {
  code: 'recorded'
  description: string
  formula: string | null
  figures: { bound: Bound; expression: string | null; result: string }[]
  source: StepSource | null
  lines: string[]
}

/**
 * One step of a calculation, as core works it out: facts and numbers, no
 * words. `entered` is a figure with its source, `computed` a formula worked
 * out, `rounded` the one rounding to whole fen (its expression is the exact
 * figure). The renderer, the print and the Word file word it with
 * {@link stepLines} and {@link stepCells}, in Chinese or English.
 */
export type CalculationStep =
  | { code: 'entered'; subject: StepTerm; figures: StepFigure[]; source: StepSource }
  | { code: 'computed'; subject: StepTerm; formula: StepFormula; figures: StepFigure[] }
  | { code: 'rounded'; subject: StepTerm; figures: StepFigure[] }
  | RecordedStep

/** The words of the steps in each language; the Chinese ones are those opinions have always printed. */
const words = {
  zh: {
    terms: {
      discharge: '排放量',
      discharge_e: '排放数量 E',
      unit_cost: '单位治理成本',
      unit_cost_c: '单位治理成本 C',
      virtual_cost: '虚拟治理成本',
      damage: '生态环境损害数额',
      damage_d: '生态环境损害数额 D',
      actual_total: '实际治理费用合计',
      multiplier_term: '倍数'
    },
    multiplier: '倍数（受纳水体 {{functionClass}} 类）',
    gamma: '调整系数 γ（{{composition}}）',
    sumOfItems: '各项费用之和',
    methodFormulas: { 'recommended-2014': '生态环境损害数额 = 排放量 × 单位治理成本 × 倍数', 'gbt-39793.2-2020': 'D = E × C × γ' },
    units: { none: '', yuan: '元', t: 't', m3: 'm³', yuan_per_t: '元/t', yuan_per_m3: '元/m³' },
    sourceKinds: { sample: '采样', lab_report: '检测报告', official_price: '官方价格', judgement: '调查官研判', literature: '文献', standard: '标准或规范' },
    lineBounds: { point: '', low: '（低值）', high: '（高值）' },
    enteredLine: '{{subject}} = {{value}}（{{source}}）',
    lineSource: '来源：{{kind}}，{{reference}}',
    lineNote: '；{{note}}',
    roundedLine: '{{subject}}{{bound}} = {{exact}}，四舍五入至分为 {{result}}',
    roundedFormula: '四舍五入至分',
    cellFormula: '{{subject}}（{{formula}}）',
    cellBounds: { point: '', low: '低值：', high: '高值：' },
    cellJoin: '；',
    cellSource: '{{kind}}：{{reference}}',
    cellNote: '（{{note}}）',
    computed: '计算所得'
  },
  en: {
    terms: {
      discharge: 'Discharged quantity',
      discharge_e: 'Discharged quantity E',
      unit_cost: 'Unit treatment cost',
      unit_cost_c: 'Unit treatment cost C',
      virtual_cost: 'Virtual treatment cost',
      damage: 'Ecological damage',
      damage_d: 'Ecological damage D',
      actual_total: 'Total actual treatment cost',
      multiplier_term: 'multiplier'
    },
    multiplier: 'Multiplier (receiving water class {{functionClass}})',
    gamma: 'Adjustment coefficient γ ({{composition}})',
    sumOfItems: 'the sum of the cost items',
    methodFormulas: { 'recommended-2014': 'Ecological damage = Discharged quantity × Unit treatment cost × multiplier', 'gbt-39793.2-2020': 'D = E × C × γ' },
    units: { none: '', yuan: 'yuan', t: 't', m3: 'm³', yuan_per_t: 'yuan/t', yuan_per_m3: 'yuan/m³' },
    sourceKinds: { sample: 'Sample', lab_report: 'Lab report', official_price: 'Official price', judgement: "Investigator's judgement", literature: 'Literature', standard: 'Standard' },
    lineBounds: { point: '', low: ' (low)', high: ' (high)' },
    enteredLine: '{{subject}} = {{value}} ({{source}})',
    lineSource: 'source: {{kind}}, {{reference}}',
    lineNote: '; {{note}}',
    roundedLine: '{{subject}}{{bound}} = {{exact}}, rounded half up to the fen: {{result}}',
    roundedFormula: 'rounded half up to the fen',
    cellFormula: '{{subject}} ({{formula}})',
    cellBounds: { point: '', low: 'Low: ', high: 'High: ' },
    cellJoin: '; ',
    cellSource: '{{kind}}: {{reference}}',
    cellNote: ' ({{note}})',
    computed: 'Computed'
  }
} satisfies Record<Language, unknown>

type Words = (typeof words)['zh']
// The English words must name every code the Chinese ones do.
words.en satisfies Words

/** The names of the source kinds in a language (the estimate forms offer them). */
export function sourceKindWords(language: Language): Record<SourceKind, string> {
  return words[language].sourceKinds
}

/** The rule a method version computes the damage by, as the opinion states it under its document. */
export function methodFormulaText(version: keyof Words['methodFormulas'], language: Language): string {
  return words[language].methodFormulas[version]
}

function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => params[name] ?? '')
}

/** A term's words: a method's quantity by name, or what the investigator typed. */
export function termText(term: StepTerm, language: Language): string {
  const w = words[language]
  if (term.kind === 'multiplier') return fill(w.multiplier, { functionClass: term.functionClass })
  if (term.kind === 'gamma') return fill(w.gamma, { composition: term.composition })
  if (term.kind === 'coefficient') return `${term.name} ${term.symbol}`
  if (term.kind === 'typed') return term.text
  return w.terms[term.kind]
}

/** `2,000 m³`, `22.00 元/m³` (`yuan/m³`), or a bare `4.5`. */
export function amountText(amount: StepAmount, language: Language): string {
  const unit = words[language].units[amount.unit]
  return unit === '' ? amount.value : `${amount.value} ${unit}`
}

const joiners = { product: ' × ', sum: ' + ', sum_of_items: ' + ' } as const

function formulaText(formula: StepFormula, language: Language): string {
  if (formula.op === 'sum_of_items') return words[language].sumOfItems
  return formula.terms.map((t) => termText(t, language)).join(joiners[formula.op])
}

function expressionText(step: CalculationStep, amounts: StepAmount[], language: Language): string {
  const joiner = step.code === 'computed' ? joiners[step.formula.op] : ' '
  return amounts.map((a) => amountText(a, language)).join(joiner)
}

/** An entered figure: `4,000 m³`, or the range `3,800 ~ 4,200 m³` with the unit once. */
function enteredValue(figures: StepFigure[], language: Language): string {
  const [first, last] = [figures[0]!.result, figures.at(-1)!.result]
  if (figures.length === 1) return amountText(first, language)
  return amountText({ value: `${first.value} ~ ${last.value}`, unit: first.unit }, language)
}

/**
 * The step as printable lines, one per figure (one for an entered figure),
 * e.g. `虚拟治理成本 = 排放量 × 单位治理成本 = 2,000 m³ × 22.00 元/m³ = 44,000.00 元`.
 */
export function stepLines(step: CalculationStep, language: Language): string[] {
  const w = words[language]
  if (step.code === 'recorded') return step.lines
  const subject = termText(step.subject, language)
  if (step.code === 'entered') {
    const note = step.source.note === '' ? '' : fill(w.lineNote, { note: step.source.note })
    const source = fill(w.lineSource, { kind: w.sourceKinds[step.source.kind], reference: step.source.reference }) + note
    return [fill(w.enteredLine, { subject, value: enteredValue(step.figures, language), source })]
  }
  return step.figures.map((f) => {
    const bound = w.lineBounds[f.bound]
    const result = amountText(f.result, language)
    const expression = expressionText(step, f.expression ?? [], language)
    if (step.code === 'rounded') return fill(w.roundedLine, { subject, bound, exact: expression, result })
    return `${subject}${bound} = ${formulaText(step.formula, language)} = ${expression} = ${result}`
  })
}

/** The step as a row of the opinion's table of steps: what it works out (with its rule), its figures, its source. */
export function stepCells(step: CalculationStep, language: Language): { step: string; figure: string; source: string } {
  const w = words[language]
  const figures =
    step.code === 'recorded'
      ? step.figures
      : step.figures.map((f) => ({
          bound: f.bound,
          expression: f.expression === null ? null : expressionText(step, f.expression, language),
          result: amountText(f.result, language)
        }))
  const figure = figures.map((f) => `${w.cellBounds[f.bound]}${f.expression ? `${f.expression} = ` : ''}${f.result}`).join(w.cellJoin)
  const source = step.code === 'entered' || step.code === 'recorded' ? step.source : null
  const sourceText =
    source === null ? w.computed : fill(w.cellSource, { kind: w.sourceKinds[source.kind], reference: source.reference }) + (source.note ? fill(w.cellNote, { note: source.note }) : '')
  return { step: stepTitle(step, language), figure, source: sourceText }
}

function stepTitle(step: CalculationStep, language: Language): string {
  const w = words[language]
  if (step.code === 'recorded') return step.formula ? fill(w.cellFormula, { subject: step.description, formula: step.formula }) : step.description
  const subject = termText(step.subject, language)
  if (step.code === 'entered') return subject
  const formula = step.code === 'rounded' ? w.roundedFormula : formulaText(step.formula, language)
  return fill(w.cellFormula, { subject, formula })
}
