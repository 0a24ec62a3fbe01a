/** Groups a run of integer digits in threes, as Chinese financial documents print them: `1234567` → `1,234,567`. */
export function groupThousands(integerDigits: string): string {
  return integerDigits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/**
 * Money in fen printed as yuan with two decimals and thousands separators,
 * without the unit: `formatYuan(4400000)` → `44,000.00`, `formatYuan(-5)` → `-0.05`.
 *
 * @throws RangeError when `fen` is not a safe integer: money is stored in whole fen.
 */
export function formatYuan(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`金额须为整数分：${fen}`)
  const sign = fen < 0 ? '-' : ''
  const digits = String(Math.abs(fen)).padStart(3, '0')
  return `${sign}${groupThousands(digits.slice(0, -2))}.${digits.slice(-2)}`
}

/** How a yuan amount is typed: digits with thousands separators allowed, at most two decimals (fen). */
const YUAN_TEXT = /^\d{1,3}(,\d{3})*(\.\d{1,2})?$|^\d+(\.\d{1,2})?$/

/**
 * The one place a yuan amount typed in the UI becomes integer fen:
 * `parseYuan('44,000.5')` → 4400050. Exact, with no floating-point step.
 * Returns `null` when the text is not a non-negative amount with at most two
 * decimals, or is too large to hold in fen exactly.
 */
export function parseYuan(text: string): number | null {
  const trimmed = text.trim()
  if (!YUAN_TEXT.test(trimmed)) return null
  const [whole, fraction = ''] = trimmed.replace(/,/g, '').split('.')
  const fen = Number(BigInt(whole + fraction.padEnd(2, '0')))
  return Number.isSafeInteger(fen) ? fen : null
}
