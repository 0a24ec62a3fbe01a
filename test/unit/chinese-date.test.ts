import { describe, expect, it } from 'vitest'
import { chineseDocumentDate } from '../../electron/shared/chinese-date'
import { addDays, shanghaiDay } from '../../electron/shared/shanghai-time'

describe('dates on court documents', () => {
  it('writes the day as court documents do', () => {
    expect(chineseDocumentDate('2020-05-11')).toBe('二〇二〇年五月十一日')
    expect(chineseDocumentDate('2026-10-20')).toBe('二〇二六年十月二十日')
    expect(chineseDocumentDate('2019-12-31')).toBe('二〇一九年十二月三十一日')
  })

  it('takes the day in Beijing and counts notice periods across month ends', () => {
    expect(shanghaiDay('2026-02-28T16:30:00.000Z')).toBe('2026-03-01')
    expect(addDays('2026-02-27', 3)).toBe('2026-03-02')
  })
})
