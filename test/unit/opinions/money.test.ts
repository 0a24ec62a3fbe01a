import { describe, it, expect } from 'vitest'
import { formatYuan, groupThousands } from '../../../electron/shared/money'
import { compareDecimals, formatDecimal, multiplyDecimals, parseDecimal, roundHalfUp } from '../../../electron/shared/decimal'

describe('formatYuan', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [99, '0.99'],
    [100, '1.00'],
    [123456, '1,234.56'],
    [4_400_000, '44,000.00'],
    [9_900_000, '99,000.00'],
    [144_167_760_000, '1,441,677,600.00'],
    [-5, '-0.05'],
    [-123456789, '-1,234,567.89']
  ])('%i fen prints as %s', (fen, printed) => {
    expect(formatYuan(fen)).toBe(printed)
  })

  it('refuses fractions of a fen: money is stored in whole fen', () => {
    expect(() => formatYuan(1.5)).toThrow('金额须为整数分')
    expect(() => formatYuan(Number.NaN)).toThrow(RangeError)
  })

  it('groups digits in threes from the right', () => {
    expect(groupThousands('1')).toBe('1')
    expect(groupThousands('123')).toBe('123')
    expect(groupThousands('1234')).toBe('1,234')
    expect(groupThousands('1234567')).toBe('1,234,567')
  })
})

describe('exact decimals', () => {
  it('multiplies without binary floating-point error', () => {
    // In floating point 1.005 × 100 is 100.49999999999999, so 1.005 元 would round to 1.00 元.
    expect(Math.round(1.005 * 100)).toBe(100)
    const product = multiplyDecimals(parseDecimal('1.005'), parseDecimal('1'))
    expect(formatDecimal(product)).toBe('1.005')
    expect(roundHalfUp(product, 2)).toBe(101n)
  })

  it('rounds half up at the requested scale and pads a shorter one', () => {
    expect(roundHalfUp(parseDecimal('74.9925'), 2)).toBe(7499n)
    expect(roundHalfUp(parseDecimal('0.125'), 2)).toBe(13n)
    expect(roundHalfUp(parseDecimal('0.124999'), 2)).toBe(12n)
    expect(roundHalfUp(parseDecimal('22'), 2)).toBe(2200n)
  })

  it('prints the exact value with at least the minimum decimals, never rounding', () => {
    expect(formatDecimal(parseDecimal('44000.000'), 2)).toBe('44,000.00')
    expect(formatDecimal(parseDecimal('16.665'), 2)).toBe('16.665')
    expect(formatDecimal(parseDecimal('2000'))).toBe('2,000')
    expect(formatDecimal(parseDecimal('0.05'))).toBe('0.05')
    expect(formatDecimal(parseDecimal('4.50'))).toBe('4.5')
  })

  it('compares across scales', () => {
    expect(compareDecimals(parseDecimal('4.50'), parseDecimal('4.5'))).toBe(0)
    expect(compareDecimals(parseDecimal('4.49'), parseDecimal('4.5'))).toBe(-1)
    expect(compareDecimals(parseDecimal('6.01'), parseDecimal('6'))).toBe(1)
  })

  it('refuses text that is not a plain decimal', () => {
    for (const text of ['', '-1', '1e3', '1.', '.5', '1,000']) expect(() => parseDecimal(text)).toThrow(RangeError)
  })
})
