import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { canonicalJson } from '../../../electron/core/audit/canonical-json'
import { eventHash, eventHashOfTexts, eventHashWithAfterJson } from '../../../electron/core/audit/event-hash'

const event = {
  id: '01a2-event',
  installationId: '01a2-installation',
  chainSeq: 7,
  prevHash: 'ab'.repeat(32),
  actor: { id: 'u1', name: '林永华' },
  at: '2026-12-02T12:00:00.000Z',
  channel: 'labResults.import',
  entity: { type: 'lab_result#batch', id: 'w#1' }
}

describe('an event hash over stored canonical texts', () => {
  it('equals the hash of the values for the RFC 8785 texts of any JSON content', () => {
    const content = fc.oneof(fc.constant(null), fc.dictionary(fc.string(), fc.jsonValue()))
    fc.assert(
      fc.property(content, content, (before, after) => {
        const values = eventHash({ ...event, hashVersion: 2, before, after })
        expect(eventHashOfTexts(event, canonicalJson(before), canonicalJson(after))).toBe(values)
        expect(eventHashWithAfterJson({ ...event, before }, canonicalJson(after))).toBe(values)
      })
    )
  })

  it('differs for a text that says the same but is not canonical, so verify serialises that one again', () => {
    const after = { b: 1, a: '林' }
    const values = eventHash({ ...event, hashVersion: 2, before: null, after })
    expect(eventHashOfTexts(event, 'null', JSON.stringify(after))).not.toBe(values)
    expect(eventHashOfTexts(event, 'null', canonicalJson(after))).toBe(values)
  })

  it('refuses an event whose other fields hold a content marker', () => {
    expect(() => eventHashOfTexts({ ...event, channel: '\u0000canonical-after\u0000' }, 'null', 'null')).toThrow(/content marker/)
  })
})
