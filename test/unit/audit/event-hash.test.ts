import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { canonicalJson } from '../../../electron/core/audit/canonical-json'
import { eventHash, eventHashOfTexts, eventHashWithAfterJson, sha256 } from '../../../electron/core/audit/event-hash'

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

/** The rule-2 hash as its definition states it: SHA-256 of the RFC 8785 package's text of the whole event. */
function byDefinition(e: typeof event, before: unknown, after: unknown): string {
  return sha256(canonicalJson({ hashVersion: 2, id: e.id, installationId: e.installationId, chainSeq: e.chainSeq, prevHash: e.prevHash, actor: e.actor, at: e.at, channel: e.channel, entity: e.entity, before, after }))
}

describe('an event hash over stored canonical texts', () => {
  it('writes the event text byte for byte as the RFC 8785 package does, for any strings (lone surrogates, controls, CJK) and sequence', () => {
    const text = fc.string({ unit: 'binary' })
    const envelope = fc.record({
      id: text,
      installationId: text,
      chainSeq: fc.nat(),
      prevHash: text,
      actor: fc.record({ id: text, name: text }),
      at: text,
      channel: text,
      entity: fc.record({ type: text, id: text })
    })
    fc.assert(
      fc.property(envelope, fc.oneof(fc.constant(null), fc.dictionary(text, fc.jsonValue())), fc.jsonValue(), (e, before, after) => {
        expect(eventHashOfTexts(e, canonicalJson(before), canonicalJson(after))).toBe(byDefinition(e, before, after))
        expect(eventHash({ ...e, hashVersion: 2, before, after })).toBe(byDefinition(e, before, after))
      }),
      { numRuns: 500 }
    )
  })

  it('falls back to the package for a field that is not a string (a row altered outside the app)', () => {
    const altered = { ...event, channel: '"after":1,"before":0,', actor: { id: 42 as unknown as string, name: '林永华' } }
    expect(eventHashOfTexts(altered, '{"a":1}', 'null')).toBe(byDefinition(altered, { a: 1 }, null))
  })

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

  it('keeps a field that reads like a content key inside its string', () => {
    const tricky = { ...event, channel: '"after":1,"before":0,' }
    expect(eventHashOfTexts(tricky, 'null', '{"x":2}')).toBe(byDefinition(tricky, null, { x: 2 }))
  })
})
