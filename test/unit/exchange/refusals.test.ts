import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { copyFileSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { signingKeyOf } from '../../../electron/core/audit/installation'
import { openPackageFile, writePackageFile, type PackageManifest } from '../../../electron/core/exchange/package-file'
import { errorText } from '../../../electron/shared/errors'
import { court, fieldDay, laptop, pair, workFolder, type Court, type Laptop, linkToCaseExpert } from './support'

/**
 * Every refusal changes nothing: the laptop's return package is tampered
 * with in each way a package can be, and the court refuses each with a
 * message that names the cause, its data exactly as before.
 */
describe('an import refuses a bad package and changes nothing', { timeout: 120_000 }, () => {
  let work: string
  let c: Court
  let a: Laptop
  let stranger: Laptop
  let good: string
  const courtId = async () => (await c.people.admin.must('exchange.card', {})).installationId

  /** What the court holds: its chain length and its rows, which a refusal must leave alone. */
  const courtState = () => ({
    events: c.core.sqlite.prepare('select count(*) from audit_event').pluck().get(),
    samples: c.core.sqlite.prepare('select count(*) from sample').pluck().get(),
    packages: c.core.sqlite.prepare('select count(*) from exchange_package').pluck().get()
  })

  beforeAll(async () => {
    work = workFolder()
    c = await court(join(work, 'court'))
    a = await laptop(join(work, 'a'), '林永华')
    stranger = await laptop(join(work, 'stranger'), '陌生人')
    await pair(c.people.admin, a.admin)
    const toA = await c.people.clerk.must('exchange.export', { to: (await a.admin.must('exchange.card', {})).installationId, caseId: c.caseId, changes: false, file: join(work, 'case.ecocase') })
    await a.investigator.must('exchange.import', { file: toA.file })
    await linkToCaseExpert(a, c)
    await fieldDay(a.investigator, c.caseId, c.siteId, 'photo', 'A-0001')
    good = (await a.investigator.must('exchange.export', { to: await courtId(), changes: true, file: join(work, 'good.ecocase') })).file
  }, 60_000)

  afterAll(async () => {
    for (const side of [c, a, stranger]) await side?.core.close()
  })

  const variant = (name: string, change: (file: string) => void) => {
    const file = join(work, `${name}.ecocase`)
    copyFileSync(good, file)
    change(file)
    return file
  }

  const refused = async (file: string, cause: RegExp) => {
    const before = courtState()
    const reply = await c.people.clerk.call('exchange.import', { file })
    expect(reply.ok).toBe(false)
    if (!reply.ok) {
      expect(reply.error.message).toMatch(cause)
      // The same refusal in English is English: only the partners' names (people's data) may be Chinese.
      const names = c.core.sqlite.prepare('select name from partner').pluck().all() as string[]
      const english = names.reduce((text, name) => text.replaceAll(name, ''), errorText(reply.error, 'en'))
      expect(english).not.toMatch(/\p{Script=Han}|[：；（），]/u)
    }
    expect(courtState()).toEqual(before)
  }

  it('a flipped byte', async () => {
    const size = statSync(good).size
    for (const offset of [Math.floor(size / 3), Math.floor(size / 2), size - 200]) {
      await refused(
        variant(`flip-${offset}`, (file) => {
          const bytes = readFileSync(file)
          bytes[offset] = bytes[offset]! ^ 0xff
          writeFileSync(file, bytes)
        }),
        /损坏|改动|签名|不符|无法/
      )
    }
  })

  it('a truncated file', async () => {
    await refused(
      variant('truncated', (file) => truncateSync(file, Math.floor(statSync(file).size / 2))),
      /损坏|截断|无法打开/
    )
  })

  it('an altered event, a dropped event, a dropped attachment', async () => {
    const edit = (name: string, statement: string) =>
      variant(name, (file) => {
        const db = new BetterSqlite3(file)
        db.exec(statement)
        db.close()
      })
    await refused(edit('altered', "update event set after_json = replace(after_json, '38', '3.8') where entity_type = 'lab_result'"), /哈希不符|被改动/)
    await refused(edit('dropped', "delete from event where entity_type = 'custody_event'"), /清单不符|截断|增删/)
    await refused(edit('no-attachment', 'delete from attachment'), /缺少附件/)
  })

  it('a package from an unpaired installation, and one signed by another key', async () => {
    // The stranger registered the court, the court never registered the stranger.
    await stranger.admin.must('exchange.pair', { card: JSON.stringify(await c.people.admin.must('exchange.card', {})), expertId: null })
    await stranger.admin.must('exchange.export', { to: await courtId(), changes: true, file: join(work, 'stranger.ecocase') })
    await refused(join(work, 'stranger.ecocase'), /未配对/)

    // The laptop's package, re-signed with the stranger's key: the source claims to be the laptop.
    const opened = openPackageFile(good)
    const manifest = opened.manifest as PackageManifest
    const events = [...opened.events()]
    const blobs = new Map(manifest.attachments.map((x) => [x.sha256, opened.attachment(x.sha256)!]))
    opened.close()
    const strangerKey = signingKeyOf((await stranger.admin.must('exchange.card', {})).installationId)!
    writePackageFile(join(work, 'forged.ecocase'), { ...manifest, packageId: '01900000-0000-7000-8000-00000000f0f0' }, strangerKey, events, (sha) => blobs.get(sha)!)
    await refused(join(work, 'forged.ecocase'), /签名/)
  })

  it('a package of a newer schema, properly signed', async () => {
    const opened = openPackageFile(good)
    const manifest = opened.manifest as PackageManifest
    const events = [...opened.events()]
    const blobs = new Map(manifest.attachments.map((x) => [x.sha256, opened.attachment(x.sha256)!]))
    opened.close()
    const key = signingKeyOf((await a.admin.must('exchange.card', {})).installationId)!
    writePackageFile(join(work, 'newer.ecocase'), { ...manifest, packageId: '01900000-0000-7000-8000-00000000f0f1', schemaVersion: '9999-future' }, key, events, (sha) => blobs.get(sha)!)
    await refused(join(work, 'newer.ecocase'), /较新版本/)
  })

  it('the good package imports; replayed, it is refused', async () => {
    const report = await c.people.clerk.must('exchange.import', { file: good })
    expect(report.tables).toMatchObject({ sample: 1, lab_result: 1 })
    await refused(good, /已于此前导入/)
  })
})
