import { describe, it, expect } from 'vitest'
import { normaliseUnit } from '../../../electron/core/standards/units'

const plain = (value: number) => ({ value, detectionLimit: null })

describe('normaliseUnit: water concentrations to mg/L', () => {
  it.each([
    ['mg/L', 0.8, 0.8],
    ['mg/l', 0.8, 0.8],
    ['µg/L', 5, 0.005], // U+00B5 micro sign
    ['μg/L', 5, 0.005], // U+03BC Greek mu
    ['ug/L', 5, 0.005],
    ['µg/l', 50, 0.05],
    ['ng/L', 50, 0.00005],
    [' mg/L ', 2, 2]
  ])('%s', (unit, value, expected) => {
    expect(normaliseUnit(plain(value), unit, 'mg/L').value).toBe(expected)
  })

  it('converts the detection limit with the value', () => {
    expect(normaliseUnit({ value: 0.3, detectionLimit: 0.05 }, 'µg/L', 'mg/L')).toEqual({
      value: 0.0003,
      detectionLimit: 0.00005
    })
  })

  it('lands exactly on a limit, so a value at the limit still meets it', () => {
    // Multiplying by 0.001 would give 0.35000000000000003, just over an NH3-N-style limit.
    expect(normaliseUnit(plain(350), 'µg/L', 'mg/L').value).toBe(0.35)
    expect(normaliseUnit(plain(0.05), 'µg/L', 'mg/L').value).toBe(0.00005) // Hg class I
    expect(normaliseUnit(plain(1), 'µg/L', 'mg/L').value).toBe(0.001) // Cd class I
  })

  it('converts mg/L to µg/L when asked', () => {
    expect(normaliseUnit({ value: 0.005, detectionLimit: 0.0001 }, 'mg/L', 'µg/L')).toEqual({
      value: 5,
      detectionLimit: 0.1
    })
  })
})

describe('normaliseUnit: soil contents to mg/kg', () => {
  it.each([
    ['mg/kg', 0.35, 0.35],
    ['µg/kg', 350, 0.35],
    ['μg/kg', 350, 0.35],
    ['ug/kg', 120, 0.12],
    ['g/kg', 0.12, 120]
  ])('%s', (unit, value, expected) => {
    expect(normaliseUnit(plain(value), unit, 'mg/kg').value).toBe(expected)
  })
})

describe("normaliseUnit: a parameter's own unit passes through", () => {
  it.each([
    ['℃', '℃', 21.5],
    ['°C', '℃', 21.5],
    ['无量纲', '无量纲 (dimensionless)', 7.2],
    ['dimensionless', '无量纲 (dimensionless)', 7.2],
    ['个/L', '个/L', 24000],
    ['µS/cm', 'µS/cm', 812]
  ])('%s as %s', (unit, target, value) => {
    expect(normaliseUnit({ value, detectionLimit: 3 }, unit, target)).toEqual({ value, detectionLimit: 3 })
  })
})

describe('normaliseUnit: refuses what it cannot convert', () => {
  it('names an unknown unit in Chinese', () => {
    expect(() => normaliseUnit(plain(1), 'ppm', 'mg/L')).toThrow('不支持的单位：ppm')
    expect(() => normaliseUnit(plain(1), 'mg/L', 'furlongs')).toThrow('不支持的单位：furlongs')
  })

  it('refuses a unit of another dimension', () => {
    expect(() => normaliseUnit(plain(1), 'mg/kg', 'mg/L')).toThrow('单位不兼容：mg/kg 不能换算为 mg/L')
    expect(() => normaliseUnit(plain(1), 'µg/L', 'mg/kg')).toThrow('单位不兼容')
    expect(() => normaliseUnit(plain(7), '℃', '无量纲')).toThrow('单位不兼容')
  })

  it('throws an invalid_input AppError, so the reply carries a code', () => {
    try {
      normaliseUnit(plain(1), 'ppb', 'mg/L')
      expect.unreachable()
    } catch (error) {
      expect(error).toMatchObject({ code: 'invalid_input', message: '不支持的单位：ppb' })
    }
  })
})
