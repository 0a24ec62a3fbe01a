const digits = '〇一二三四五六七八九'

function smallNumber(n: number): string {
  if (n < 10) return digits[n]!
  const tens = Math.floor(n / 10)
  return `${tens === 1 ? '' : digits[tens]}十${n % 10 === 0 ? '' : digits[n % 10]}`
}

/** A date as court documents write it: 2020-05-11 → 二〇二〇年五月十一日. */
export function chineseDocumentDate(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  const yearText = String(year)
    .split('')
    .map((d) => digits[Number(d)])
    .join('')
  return `${yearText}年${smallNumber(month)}月${smallNumber(date)}日`
}
