import codes from '../../resources/reference/case_number_codes.json'
import type { ErrorReason } from './errors'

/**
 * The court case number (案号) as 最高人民法院《关于人民法院案件案号的若干规定》
 * (法〔2015〕137号, amended by 法〔2018〕335号) writes it, art. 3:
 * “（”+收案年度+“）”+法院代字+专门审判代字+类型代字+案件编号+“号”, e.g.
 * （2020）闽0626刑初123号 or （2019）最高法知民终1号. Numbers given before the
 * rules took effect on 2016-01-01 have the older form （2014）苏环公民终字第00001号,
 * which judgments cited in restoration cases still carry: they are read too.
 * The code tables (court, specialised-trial and type codes) are reference data
 * in resources/reference/case_number_codes.json, with their sources.
 * Parsed here so the form, the core and the print views agree on one reading.
 */

export type CaseKind = 'criminal' | 'civil' | 'administrative' | 'enforcement' | 'other'
export type ImpliedStage = 'first_instance' | 'second_instance' | 'retrial' | 'enforcement' | null
export type CourtLevel = 'supreme' | 'high' | 'intermediate' | 'basic'

export interface CaseNumber {
  /** The canonical text, with full-width brackets as courts print it. */
  text: string
  /** `current`: the 2016 rules; `legacy`: the earlier “…字第…号” form. */
  form: 'current' | 'legacy'
  year: number
  /** 法院代字 (闽, 闽06, 闽0626, 最高法); for a legacy number its leading high-court character, or null. */
  courtCode: string | null
  courtLevel: CourtLevel | null
  /** The class of a special intermediate court by its code (art. 5(2)(3) as amended), e.g. 海事法院 for 72. */
  specialCourt: string | null
  /** 专门审判代字 (2018 amendment), e.g. 知; null when absent. */
  specialisedCode: string | null
  /** 类型代字, e.g. 刑初, 民终, 执恢, 司救民; for a legacy number the whole word before “字第”. */
  typeWord: string
  /** The type's names in the type standard; empty for a legacy number. */
  typeNames: readonly string[]
  sequence: number
  kind: CaseKind
  impliedStage: ImpliedStage
}

/** A malformed number's problem: a reason of the catalog with its parameters (the parts of the number it names). */
export interface CaseNumberProblem {
  reason: ErrorReason
  params: Record<string, string | number>
}

export type CaseNumberReading = { ok: true; value: CaseNumber } | ({ ok: false } & CaseNumberProblem)

const problem = (reason: ErrorReason, params: Record<string, string | number> = {}): CaseNumberProblem => ({ reason, params })

interface TypeRow {
  word: string
  names_zh: string[]
  kind: CaseKind
  stage: ImpliedStage
}

const typeRows = new Map<string, TypeRow>((codes.types as TypeRow[]).map((row) => [row.word, row]))
const provinces = codes.high_court_codes.provinces as Record<string, string>
const highCourtChars = new Set([...Object.keys(provinces), ...Object.keys(codes.high_court_codes.special)])
const mistakes = codes.high_court_codes.common_mistakes as Record<string, string>
const specialisedCodes = codes.specialised_trial_codes.codes as Record<string, string>
const SUPREME = codes.high_court_codes.supreme
/** The rules took effect on 2016-01-01; the “字第” form ends with them. */
const FIRST_YEAR_OF_RULES = 2016
/** Art. 10(2): criminal review (刑核) numbers are 8 digits, chosen at random. */
const REVIEW_WORD = '刑核'
const REVIEW_DIGITS = 8

export const example = '（2020）闽0626刑初123号'
const current = /^[(（](\d+)[)）](最高法|\p{Script=Han})(\d*)(\p{Script=Han}+?)(\d+)号$/u
const legacy = /^[(（](\d+)[)）]((?:\p{Script=Han}|\d|[(（]\p{Script=Han}+[)）])+?)字第(\d+)号$/u

/** The high-court code reading of a legacy word's first character (最高法 numbers of then carry none). */
function legacyCourt(word: string): string | null {
  const first = word[0] ?? ''
  return highCourtChars.has(first) ? first : null
}

function specialCourtOf(digits: string): string | null {
  if (digits.length !== 2) return null
  const code = Number(digits)
  return codes.special_intermediate_codes.ranges.find((r) => code >= r.from && code <= r.to)?.name_zh ?? null
}

function levelOf(courtChar: string, digits: string): CourtLevel {
  if (courtChar === SUPREME) return 'supreme'
  return digits.length === 0 ? 'high' : digits.length === 2 ? 'intermediate' : 'basic'
}

function readYear(yearText: string): number | CaseNumberProblem {
  if (yearText.length !== 4) return problem('case_year_digits')
  const year = Number(yearText)
  if (year < 1949 || year > 2099) return problem('case_year_out_of_range', { year: yearText })
  return year
}

function readLegacy(input: string, match: RegExpExecArray): CaseNumberReading {
  const [, yearText, word, sequenceText] = match as unknown as [string, string, string, string]
  const year = readYear(yearText)
  if (typeof year !== 'number') return { ok: false, ...year }
  if (year >= FIRST_YEAR_OF_RULES) return { ok: false, ...problem('case_number_legacy_form', { year, example }) }
  const sequence = Number(sequenceText)
  if (sequence === 0) return { ok: false, ...problem('case_sequence_positive') }
  const courtCode = legacyCourt(word)
  return {
    ok: true,
    value: {
      text: input.replace(/\(/g, '（').replace(/\)/g, '）'),
      form: 'legacy',
      year,
      courtCode,
      courtLevel: courtCode === null ? null : 'high',
      specialCourt: null,
      specialisedCode: null,
      typeWord: word.replace(/\(/g, '（').replace(/\)/g, '）'),
      typeNames: [],
      sequence,
      kind: 'other',
      impliedStage: null
    }
  }
}

function courtProblem(courtChar: string, courtDigits: string): CaseNumberProblem | null {
  if (courtChar === SUPREME) return courtDigits === '' ? null : problem('case_number_supreme_digits')
  if (!highCourtChars.has(courtChar)) {
    const meant = mistakes[courtChar]
    return meant ? problem('case_number_court_mistaken', { courtChar, meant }) : problem('case_number_court_unknown', { courtChar })
  }
  if (![0, 2, 4].includes(courtDigits.length)) return problem('case_number_court_digits', { court: `${courtChar}${courtDigits}` })
  return null
}

/** Splits the words between court code and number into 专门审判代字 + 类型代字. */
function readTypeWords(words: string): { specialisedCode: string | null; row: TypeRow } | CaseNumberProblem {
  const whole = typeRows.get(words)
  if (whole) return { specialisedCode: null, row: whole }
  const [first, rest] = [words.slice(0, 1), words.slice(1)]
  const afterCode = typeRows.get(rest)
  if (specialisedCodes[first] && afterCode) return { specialisedCode: first, row: afterCode }
  if (afterCode) return problem('case_number_special_unknown', { word: first })
  return problem('case_number_type_unknown', { word: words })
}

/** Reads a case number, saying by a reason of the catalog what is wrong with a malformed one. */
export function parseCaseNumber(raw: string): CaseNumberReading {
  const input = raw.replace(/\s+/g, '')
  const fail = (found: CaseNumberProblem): CaseNumberReading => ({ ok: false, ...found })
  if (input === '') return fail(problem('case_number_required'))
  if (!/^[(（]/.test(input)) return fail(problem('case_number_opening', { example }))
  if (!input.endsWith('号')) return fail(problem('case_number_ending', { example }))
  const old = legacy.exec(input)
  if (old) return readLegacy(input, old)
  const match = current.exec(input)
  if (!match) return fail(problem('case_number_malformed', { example }))
  const [, yearText, courtChar, courtDigits, words, sequenceText] = match as unknown as [string, string, string, string, string, string]

  const year = readYear(yearText)
  if (typeof year !== 'number') return fail(year)
  const courtMessage = courtProblem(courtChar, courtDigits)
  if (courtMessage) return fail(courtMessage)
  const types = readTypeWords(words)
  if ('reason' in types) return fail(types)
  const typeWord = types.row.word
  if (typeWord === REVIEW_WORD) {
    if (sequenceText.length !== REVIEW_DIGITS || sequenceText.startsWith('0')) return fail(problem('case_number_review_digits'))
  } else if (sequenceText.startsWith('0')) return fail(problem('case_sequence_leading_zero'))
  const sequence = Number(sequenceText)
  if (!Number.isSafeInteger(sequence)) return fail(problem('case_sequence_too_long'))

  const courtCode = `${courtChar}${courtDigits}`
  const specialisedCode = types.specialisedCode ?? ''
  return {
    ok: true,
    value: {
      text: `（${year}）${courtCode}${specialisedCode}${typeWord}${sequence}号`,
      form: 'current',
      year,
      courtCode,
      courtLevel: levelOf(courtChar, courtDigits),
      specialCourt: specialCourtOf(courtDigits),
      specialisedCode: types.specialisedCode,
      typeWord,
      typeNames: types.row.names_zh,
      sequence,
      kind: types.row.kind,
      impliedStage: types.row.stage
    }
  }
}
