import { describe, it, expect } from 'vitest'
import { daysBetween, shanghaiDay } from '../../electron/shared/shanghai-time'

describe('Asia/Shanghai calendar days', () => {
  it('turns a UTC instant into the court’s calendar day', () => {
    expect(shanghaiDay('2024-05-01T15:59:59Z')).toBe('2024-05-01')
    expect(shanghaiDay('2024-05-01T16:00:00Z')).toBe('2024-05-02')
    expect(shanghaiDay('2024-05-01T16:00:00.000+00:00')).toBe('2024-05-02')
    expect(shanghaiDay(new Date('2024-12-31T17:00:00Z'))).toBe('2025-01-01')
  })

  it('counts whole calendar days, across months and leap days', () => {
    expect(daysBetween('2024-05-01', '2024-05-31')).toBe(30)
    expect(daysBetween('2024-05-31', '2024-05-01')).toBe(-30)
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2)
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1)
    expect(daysBetween('2024-06-30', '2024-06-30')).toBe(0)
  })

  it('refuses what is not a real day or time', () => {
    expect(() => daysBetween('2024-02-30', '2024-03-01')).toThrow('日期格式不正确：2024-02-30')
    expect(() => daysBetween('2024-5-1', '2024-05-02')).toThrow('日期格式不正确')
    expect(() => shanghaiDay('yesterday')).toThrow('时间格式不正确')
  })
})
