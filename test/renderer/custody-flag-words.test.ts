import { afterEach, describe, expect, it } from 'vitest'
import i18n from '../../src/i18n'
import { custodyFlagText } from '../../src/sampling/custody-flag-words'

const late = { kind: 'analysed_before_receipt' as const, eventId: 'e1', facts: { parameterKey: 'cod', analysedAt: '2020-05-11T07:59:00.000Z', receivedBy: '漳州市环境监测站', receivedAt: '2020-05-11T08:00:00.000Z' } }

describe('custody flags worded by the renderer', () => {
  afterEach(async () => {
    await i18n.changeLanguage('zh-CN')
  })

  it('words the facts core sends in Chinese, the instants in the Shanghai wall clock and the parameter by its name', async () => {
    await i18n.changeLanguage('zh-CN')
    expect(custodyFlagText(late, i18n.t)).toBe('化学需氧量(COD) 的分析时间 2020-05-11 15:59 早于实验室“漳州市环境监测站”接收样品的时间 2020-05-11 16:00')
  })

  it('words the same facts in English, only the names people typed staying as typed', async () => {
    await i18n.changeLanguage('en')
    const text = custodyFlagText(late, i18n.t)
    expect(text).toBe('Chemical oxygen demand (COD) was analysed at 2020-05-11 15:59, before the laboratory “漳州市环境监测站” received the sample at 2020-05-11 16:00')
    expect(custodyFlagText({ kind: 'no_lab_receipt', eventId: '', facts: {} }, i18n.t)).not.toMatch(/\p{Script=Han}/u)
  })
})
