import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { sql } from 'kysely'
import { dispatch } from '../../../electron/core/handler-table'
import { channels } from '../../../electron/shared/channels'
import { newSession, type Session } from '../../../electron/core/call'
import { accessFixture, identities } from '../support/access-fixture'

/** A fixed seed, so a failure found once is found again. */
const seed = 20_201_223
const runs = 3000

/** Payloads a broken or hostile client could send: wrong types, missing and extra fields, odd ids and huge values. */
const payload = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.dictionary(
    fc.constantFrom('id', 'caseId', 'sampleId', 'visitId', 'revision', 'reason', 'userId', 'name', 'value', 'code', '__proto__', 'constructor'),
    fc.oneof(
      fc.uuid(),
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.constantFrom(null, true, -1, 1e999, -0, '', ' ', '\u0000', 'x'.repeat(10_000), '2020-13-45', '../../etc/passwd'),
      fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 3 })
    )
  ),
  fc.constantFrom(undefined, null, 0, '', [], 'not json')
)

describe('every channel of the handler table under malformed payloads', () => {
  it('answers {ok:false} with a clear code or a legitimate success, never throws or fails internally, and changes the database only on success', async () => {
    // Anonymous, and the six identities of the access rule (the case's clerk and judge, the administrator, an assigned, an unassigned and an ended investigator).
    const { core, actors } = await accessFixture()
    const sessions: Session[] = [newSession('internal'), ...identities.map((identity) => actors[identity].session)]
    const tables = (await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(core.db)).rows.map((r) => r.name)
    const snapshot = async () => {
      const counts: number[] = []
      for (const table of tables) counts.push(Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(core.db)).rows[0]!.n))
      return counts.join(',')
    }
    let sent = 0
    let succeeded = 0
    const codes = new Map<string, number>()
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...channels), fc.constantFrom(...sessions), payload, async (channel, session, input) => {
        sent++
        const before = await snapshot()
        // A copy, so one payload's sign-out or lock does not carry over; active now, so the fake clock never idles it out.
        const reply = await dispatch(core, { ...session, lastActiveAt: session.userId ? core.now().getTime() : 0 }, channel, input)
        if (reply.ok) {
          succeeded++
          return
        }
        codes.set(reply.error.code, (codes.get(reply.error.code) ?? 0) + 1)
        expect(reply.error.code, `${channel} ${JSON.stringify(input)?.slice(0, 200)}: ${reply.error.message}`).not.toBe('internal')
        expect(reply.error.message.length).toBeGreaterThan(0)
        expect(await snapshot(), `${channel} changed the database and failed`).toBe(before)
      }),
      { seed, numRuns: runs }
    )
    process.stdout.write(`handler fuzzing: ${sent} malformed payloads over ${channels.length} channels × ${sessions.length} identities; ${succeeded} legitimate successes; refusals ${JSON.stringify(Object.fromEntries(codes))}\n`)
    expect(sent).toBeGreaterThanOrEqual(runs)
    await core.close()
  }, 120_000)
})
