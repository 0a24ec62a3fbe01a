import { AppError, type ErrorPart } from '../../shared/errors'
import { matrixCodes, type Matrix } from '../../shared/sampling'

/**
 * A parsed sample-code pattern: literal text and placeholders.
 * `{case}` the case short code, `{matrix}` the matrix code (SW, GW, WW, SO, SD, BI),
 * `{seq}` or `{seq:N}` the sequence within the case and matrix padded to N digits,
 * `{yyyy}` the sampling year in Asia/Shanghai.
 */
type Part =
  | { kind: 'text'; text: string }
  | { kind: 'case' }
  | { kind: 'matrix' }
  | { kind: 'yyyy' }
  | { kind: 'seq'; width: number }

export interface SampleCodeParts {
  caseCode: string
  matrix: Matrix
  seq: number
  /** ISO instant of sampling; needed only when the pattern has `{yyyy}`. */
  sampledAt?: string
}

const MAX_PATTERN_LENGTH = 60
const LITERAL = /^[A-Z0-9._-]+$/

/**
 * Parses a pattern, or lists everything wrong with it as reasons of the
 * catalog. The pattern must hold `{case}`, `{matrix}` and one `{seq}`: the
 * sequence runs per case and matrix, so without all three two samples could
 * get the same code.
 */
export function parseSampleCodePattern(pattern: string): { parts: Part[]; problems: ErrorPart[] } {
  const problems: ErrorPart[] = []
  const parts: Part[] = []
  if (pattern.length === 0) return { parts, problems: [{ reason: 'pattern_empty' }] }
  if (pattern.length > MAX_PATTERN_LENGTH) problems.push({ reason: 'pattern_too_long', params: { maximum: MAX_PATTERN_LENGTH } })
  for (const piece of pattern.split(/(\{[^{}]*\})/)) {
    if (piece === '') continue
    if (!/^\{[^{}]*\}$/.test(piece)) {
      if (piece.includes('{') || piece.includes('}')) problems.push({ reason: 'pattern_braces_unpaired' })
      else if (!LITERAL.test(piece)) problems.push({ reason: 'pattern_literal_invalid', params: { text: piece } })
      else parts.push({ kind: 'text', text: piece })
      continue
    }
    const placeholder = piece.slice(1, -1)
    const seq = /^seq(?::(\d+))?$/.exec(placeholder)
    if (placeholder === 'case' || placeholder === 'matrix' || placeholder === 'yyyy') parts.push({ kind: placeholder })
    else if (seq) {
      const width = seq[1] === undefined ? 1 : Number(seq[1])
      if (width < 1 || width > 6) problems.push({ reason: 'pattern_seq_width' })
      else parts.push({ kind: 'seq', width })
    } else problems.push({ reason: 'pattern_placeholder_unknown', params: { placeholder: piece } })
  }
  const count = (kind: Part['kind']) => parts.filter((p) => p.kind === kind).length
  if (count('case') === 0) problems.push({ reason: 'pattern_needs_case' })
  if (count('matrix') === 0) problems.push({ reason: 'pattern_needs_matrix' })
  if (count('seq') === 0) problems.push({ reason: 'pattern_needs_seq' })
  if (count('seq') > 1) problems.push({ reason: 'pattern_one_seq' })
  return { parts, problems: distinct(problems) }
}

/** Each problem once: a fault repeated in the pattern (two unpaired braces) is named once. */
function distinct(problems: ErrorPart[]): ErrorPart[] {
  return [...new Map(problems.map((p) => [JSON.stringify(p), p])).values()]
}

/**
 * The sample code for one sample, e.g. `formatSampleCode('{case}-{matrix}-{seq:3}',
 * { caseCode: '2020-0626-123', matrix: 'surface_water', seq: 7 })` is `2020-0626-123-SW-007`.
 * A sequence longer than its width is written in full rather than cut.
 *
 * @throws AppError `invalid_input` for a bad pattern, sequence, or a missing sampling time for `{yyyy}`.
 */
export function formatSampleCode(pattern: string, parts: SampleCodeParts): string {
  const parsed = parseSampleCodePattern(pattern)
  if (parsed.problems.length > 0) throw new AppError('invalid_input', 'sample_pattern_invalid', { problems: parsed.problems })
  if (!Number.isInteger(parts.seq) || parts.seq < 1) throw new AppError('invalid_input', 'sample_seq_invalid', { seq: parts.seq })
  return parsed.parts
    .map((part) => {
      switch (part.kind) {
        case 'text':
          return part.text
        case 'case':
          return parts.caseCode
        case 'matrix':
          return matrixCodes[parts.matrix]
        case 'seq':
          return String(parts.seq).padStart(part.width, '0')
        case 'yyyy':
          return shanghaiYear(parts.sampledAt)
      }
    })
    .join('')
}

function shanghaiYear(sampledAt: string | undefined): string {
  const ms = sampledAt === undefined ? NaN : Date.parse(sampledAt)
  if (Number.isNaN(ms)) throw new AppError('invalid_input', 'pattern_needs_sampled_at')
  // China has kept UTC+8 all year since 1991.
  return String(new Date(ms + 8 * 3_600_000).getUTCFullYear())
}

/**
 * The next free code for a new sample of `matrix` in a case: the sequence
 * after the highest one already used for that case and matrix, moved on past
 * any code already taken (a pattern changed mid-case can make a code collide).
 */
export function nextSampleCode(
  pattern: string,
  parts: Omit<SampleCodeParts, 'seq'> & { usedSeqs: readonly number[] },
  isTaken: (code: string) => boolean
): { code: string; seq: number } {
  let seq = Math.max(0, ...parts.usedSeqs) + 1
  let code = formatSampleCode(pattern, { ...parts, seq })
  while (isTaken(code)) {
    seq += 1
    code = formatSampleCode(pattern, { ...parts, seq })
  }
  return { code, seq }
}

/**
 * A suggested short code from a case number, which the user may edit:
 * `(2020)闽0626刑初123号` gives `2020-0626-123` (year, court code digits,
 * case number). Two cases of one court and year can share it (刑初123 and
 * 民初123), so the stored short code is unique and a clash is refused there.
 */
export function suggestCaseShortCode(caseNumber: string): string {
  const match = /[(（](\d{4})[)）]\D*(\d+)\D+?(\d+)号?\s*$/.exec(caseNumber.trim())
  if (match) return `${match[1]}-${match[2]}-${match[3]}`
  const digits = caseNumber.match(/\d+/g)
  return digits ? digits.join('-').slice(0, 20).replace(/-$/, '') : ''
}
