import { afterEach, describe, it, expect, vi } from 'vitest'
import { addYears, daysBetween, formatShanghai, fromShanghaiInput, shanghaiDay, shanghaiToday, toShanghaiInput } from '../../electron/shared/shanghai-time'

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

describe('the app’s one clock for forms and displays', () => {
  afterEach(() => vi.useRealTimers())

  it('gives today in Asia/Shanghai whatever the machine’s zone: 16:30 UTC is already the next day', () => {
    vi.useFakeTimers({ now: new Date('2024-05-01T16:30:00Z') })
    expect(shanghaiToday()).toBe('2024-05-02')
    vi.setSystemTime(new Date('2024-05-01T15:59:59Z'))
    expect(shanghaiToday()).toBe('2024-05-01')
  })

  it('adds years by the calendar, a 29 February landing on 1 March', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-03-01')
    expect(addYears('2021-03-20', 3)).toBe('2024-03-20')
  })

  it('shows a time as 2021-03-20 09:30 and round-trips a datetime-local value through Asia/Shanghai', () => {
    expect(formatShanghai('2021-03-20T01:30:00.000Z')).toBe('2021-03-20 09:30')
    expect(toShanghaiInput('2021-03-19T16:30:00.000Z')).toBe('2021-03-20T00:30')
    expect(fromShanghaiInput('2021-03-20T00:30')).toBe('2021-03-20T00:30:00+08:00')
    expect(Date.parse(fromShanghaiInput(toShanghaiInput('2021-03-19T16:30:00.000Z')))).toBe(Date.parse('2021-03-19T16:30:00.000Z'))
    expect(fromShanghaiInput('')).toBe('')
  })
})
