import { describe, expect, it } from 'vitest'
import { deriveCustody, type CustodyEvent } from '../../../electron/core/sampling/custody'

const collection = { sampler: '王采样', sampledAt: '2020-05-11T01:00:00.000Z' }
let n = 0
function handover(from: string, to: string, at: string, more: Partial<CustodyEvent> = {}): CustodyEvent {
  n += 1
  return {
    id: `e${n}`,
    relinquishedBy: from,
    receivedBy: to,
    receiverKind: 'person',
    at,
    place: '',
    condition: '完好',
    temperatureC: 4,
    sealIntact: true,
    voided: false,
    recordedAt: `2020-05-20T00:00:${String(n).padStart(2, '0')}.000Z`,
    ...more
  }
}

describe('chain of custody', () => {
  it('a freshly taken sample is with its sampler, status collected, chain whole', () => {
    expect(deriveCustody(collection, [])).toMatchObject({ holder: '王采样', status: 'collected', since: collection.sampledAt, flags: [], broken: false, sealBroken: false })
  })

  it('follows the handovers to the lab', () => {
    const chain = deriveCustody(collection, [
      handover('王采样', '林调查官', '2020-05-11T02:00:00.000Z'),
      handover('林调查官', '顺达快递', '2020-05-11T03:00:00.000Z', { receiverKind: 'courier' }),
      handover('顺达快递', '漳州市环境监测站', '2020-05-11T08:00:00.000Z', { receiverKind: 'lab' })
    ])
    expect(chain).toMatchObject({ holder: '漳州市环境监测站', holderKind: 'lab', status: 'at_lab', since: '2020-05-11T08:00:00.000Z', flags: [], broken: false })
  })

  it('derives status from the kind of receiver', () => {
    const at = (kind: CustodyEvent['receiverKind']) =>
      deriveCustody(collection, [handover('王采样', 'X', '2020-05-11T02:00:00.000Z', { receiverKind: kind })]).status
    expect([at('person'), at('courier'), at('lab'), at('storage')]).toEqual(['held', 'in_transit', 'at_lab', 'in_storage'])
  })

  it('flags a gap when the relinquisher is not the previous holder, but not for spacing or case', () => {
    const chain = deriveCustody(collection, [
      handover('王 采样', 'ABC Lab', '2020-05-11T02:00:00.000Z', { receiverKind: 'lab' }),
      handover('abc lab', '李明', '2020-05-12T02:00:00.000Z'),
      handover('张三', '漳州市环境监测站', '2020-05-13T02:00:00.000Z', { receiverKind: 'lab' })
    ])
    expect(chain.flags).toEqual([
      { kind: 'gap', eventId: expect.any(String), facts: { relinquishedBy: '张三', holder: '李明' } }
    ])
    expect(chain.broken).toBe(true)
    expect(chain.holder).toBe('漳州市环境监测站')
  })

  it('orders by handover time and flags a back-dated entry', () => {
    const late = handover('林调查官', '监测站', '2020-05-11T05:00:00.000Z', { receiverKind: 'lab' })
    const early = handover('王采样', '林调查官', '2020-05-11T02:00:00.000Z')
    const chain = deriveCustody(collection, [late, early])
    expect(chain.events.map((e) => e.id)).toEqual([early.id, late.id])
    expect(chain.status).toBe('at_lab')
    expect(chain.flags).toEqual([
      { kind: 'out_of_order', eventId: early.id, facts: { at: '2020-05-11T02:00:00.000Z', laterAt: '2020-05-11T05:00:00.000Z' } }
    ])
    expect(chain.broken).toBe(true)
  })

  it('flags a handover before the sample was taken', () => {
    const chain = deriveCustody(collection, [handover('王采样', '林调查官', '2020-05-10T02:00:00.000Z')])
    expect(chain.flags.map((f) => f.kind)).toEqual(['before_collection'])
    expect(chain.flags[0]!.facts).toEqual({ at: '2020-05-10T02:00:00.000Z', sampledAt: collection.sampledAt })
  })

  it('flags a broken seal without calling the chain broken', () => {
    const chain = deriveCustody(collection, [handover('王采样', '监测站', '2020-05-11T02:00:00.000Z', { sealIntact: false, receiverKind: 'lab' })])
    expect(chain.flags).toEqual([{ kind: 'broken_seal', eventId: expect.any(String), facts: { receivedBy: '监测站' } }])
    expect(chain).toMatchObject({ sealBroken: true, broken: false })
  })

  it('ignores voided events: a wrong entry voided and re-entered leaves a whole chain', () => {
    const wrong = handover('王采样', '错误的人', '2020-05-11T02:00:00.000Z', { voided: true, sealIntact: false })
    const right = handover('王采样', '林调查官', '2020-05-11T02:00:00.000Z')
    const chain = deriveCustody(collection, [wrong, right])
    expect(chain).toMatchObject({ holder: '林调查官', flags: [], broken: false, sealBroken: false })
    expect(chain.events.map((e) => e.id)).toEqual([right.id])
  })
})

describe('a complete chain of custody runs from the sampler to the receiving laboratory, before the analysis', () => {
  const toLab = [
    handover('王采样', '林调查官', '2020-05-11T02:00:00.000Z'),
    handover('林调查官', '漳州市环境监测站', '2020-05-11T08:00:00.000Z', { receiverKind: 'lab' })
  ]

  it('is complete with the lab handover before the analysis, and not complete without it', () => {
    expect(deriveCustody(collection, toLab, [{ parameterKey: 'COD', analysedAt: '2020-05-11T08:00:00.000Z' }])).toMatchObject({
      complete: true,
      labReceivedAt: '2020-05-11T08:00:00.000Z',
      flags: []
    })
    const noLab = deriveCustody(collection, toLab.slice(0, 1), [{ parameterKey: 'COD', analysedAt: '2020-05-12T01:00:00.000Z' }])
    expect(noLab).toMatchObject({ complete: false, broken: true, labReceivedAt: null })
    expect(noLab.flags.map((f) => [f.kind, f.facts])).toEqual([['no_lab_receipt', {}]])
  })

  it('is not complete before it reaches a lab, though nothing is wrong yet', () => {
    expect(deriveCustody(collection, toLab.slice(0, 1))).toMatchObject({ complete: false, broken: false, flags: [] })
  })

  it('flags an analysis one second before the lab received the sample', () => {
    const early = deriveCustody(collection, toLab, [{ parameterKey: 'COD', analysedAt: '2020-05-11T07:59:59.000Z' }])
    expect(early).toMatchObject({ complete: false, broken: true })
    expect(early.flags.map((f) => f.kind)).toEqual(['analysed_before_receipt'])
    // Facts, not a sentence: the renderer words them in its language (src/sampling/custody-flag-words.ts).
    expect(early.flags[0]!.facts).toEqual({ parameterKey: 'COD', analysedAt: '2020-05-11T07:59:59.000Z', receivedBy: '漳州市环境监测站', receivedAt: '2020-05-11T08:00:00.000Z' })
  })

  it('is not complete when the chain to the lab has a gap', () => {
    const gap = deriveCustody(collection, [handover('王采样', '林调查官', '2020-05-11T02:00:00.000Z'), handover('张某', '漳州市环境监测站', '2020-05-11T08:00:00.000Z', { receiverKind: 'lab' })])
    expect(gap).toMatchObject({ complete: false, broken: true })
  })
})
