/**
 * The court case number (案号) as the Supreme People's Court's rules on case
 * numbers write it: （收案年度）法院代字 + 类型代字 + 案件编号 + 号, e.g.
 * （2020）闽0626刑初123号. Parsed here so the form, the core and the print
 * views agree on one reading.
 */

export type CaseKind = 'criminal' | 'civil' | 'administrative' | 'enforcement' | 'other'
export type ImpliedStage = 'first_instance' | 'second_instance' | 'retrial' | 'enforcement' | null

export interface CaseNumber {
  /** The canonical text, with full-width brackets as courts print it. */
  text: string
  year: number
  /** 法院代字: a province abbreviation with 0, 2 or 4 digits (闽, 闽06, 闽0626), or 最高法. */
  courtCode: string
  /** 类型代字, e.g. 刑初, 民终, 执恢. */
  typeWord: string
  sequence: number
  kind: CaseKind
  impliedStage: ImpliedStage
}

export type CaseNumberReading = { ok: true; value: CaseNumber } | { ok: false; message: string }

/** Abbreviations of the provincial-level courts, plus 兵 (Xinjiang Production and Construction Corps) and 军 (military courts). */
const provinces = '京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵云藏陕甘青宁新兵军'

/** The case-type words in use for the trial and enforcement cases EcoCase handles. */
const typeWords: Record<string, ImpliedStage> = {
  刑初: 'first_instance', 刑终: 'second_instance', 刑再: 'retrial', 刑申: 'retrial', 刑抗: 'retrial', 刑监: 'retrial',
  刑核: null, 刑更: null, 刑医: null, 刑辖: null, 刑他: null,
  民初: 'first_instance', 民终: 'second_instance', 民再: 'retrial', 民申: 'retrial', 民抗: 'retrial', 民监: 'retrial',
  民特: null, 民催: null, 民辖: null, 民撤: null, 民他: null,
  行初: 'first_instance', 行终: 'second_instance', 行再: 'retrial', 行申: 'retrial', 行抗: 'retrial', 行监: 'retrial',
  行审: null, 行辖: null, 行他: null,
  执: 'enforcement', 执恢: 'enforcement', 执保: 'enforcement', 执异: 'enforcement', 执复: 'enforcement',
  执监: 'enforcement', 执协: 'enforcement', 执他: 'enforcement'
}

export const example = '（2020）闽0626刑初123号'
const shape = /^[(（](\d+)[)）](最高法|\p{Script=Han})(\d*)(\p{Script=Han}+?)(\d+)号$/u

function kindOf(typeWord: string): CaseKind {
  const first = typeWord[0]
  if (first === '刑') return 'criminal'
  if (first === '民') return 'civil'
  if (first === '行') return 'administrative'
  if (first === '执') return 'enforcement'
  return 'other'
}

/** Reads a case number, saying in Chinese what is wrong with a malformed one. */
export function parseCaseNumber(raw: string): CaseNumberReading {
  const input = raw.replace(/\s+/g, '')
  const fail = (message: string): CaseNumberReading => ({ ok: false, message })
  if (input === '') return fail('请填写案号')
  if (!/^[(（]/.test(input)) return fail(`案号须以括号中的收案年度开头，例如 ${example}`)
  if (!input.endsWith('号')) return fail(`案号须以“号”结尾，例如 ${example}`)
  const match = shape.exec(input)
  if (!match) return fail(`案号格式应为（年度）法院代字类型代字序号号，例如 ${example}`)
  const [, yearText, courtChar, courtDigits, typeWord, sequenceText] = match as unknown as [string, string, string, string, string, string]

  if (yearText.length !== 4) return fail('收案年度须为四位数字，例如（2020）')
  const year = Number(yearText)
  if (year < 1949 || year > 2099) return fail(`收案年度 ${yearText} 不在有效范围内`)
  if (courtChar !== '最高法' && !provinces.includes(courtChar)) return fail(`法院代字“${courtChar}”不是省级行政区简称`)
  if (courtChar === '最高法' && courtDigits !== '') return fail('最高人民法院的法院代字“最高法”后不带数字')
  if (![0, 2, 4].includes(courtDigits.length)) return fail(`法院代字“${courtChar}${courtDigits}”的数字部分须为 2 位（中级法院）或 4 位（基层法院）`)
  if (!(typeWord in typeWords)) return fail(`类型代字“${typeWord}”不是本系统支持的案件类型代字（如 刑初、民初、行初、民终、执）`)
  if (sequenceText.startsWith('0')) return fail('案件编号须为不以 0 开头的正整数')
  const sequence = Number(sequenceText)
  if (!Number.isSafeInteger(sequence)) return fail('案件编号过长')

  const courtCode = `${courtChar}${courtDigits}`
  return {
    ok: true,
    value: {
      text: `（${year}）${courtCode}${typeWord}${sequence}号`,
      year,
      courtCode,
      typeWord,
      sequence,
      kind: kindOf(typeWord),
      impliedStage: typeWords[typeWord] ?? null
    }
  }
}

/** The canonical text of a case number, or the trimmed input when it does not parse (for searching). */
export function canonicalCaseNumber(raw: string): string {
  const reading = parseCaseNumber(raw)
  return reading.ok ? reading.value.text : raw.trim().replace(/\(/g, '（').replace(/\)/g, '）')
}
