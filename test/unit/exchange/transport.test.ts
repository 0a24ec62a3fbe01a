import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { existsSync, readdirSync, readFileSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { uploadPackage } from '../../../electron/core/exchange/package-upload'
import { outboxFile } from '../../../electron/core/exchange/outbox-file'
import { inboxDir } from '../../../electron/core/exchange/import-package'
import { maxPackageBytes } from '../../../electron/shared/exchange'
import type { CallProgress } from '../../../electron/shared/progress'
import { dispatch } from '../../../electron/core/handler-table'
import { court, laptop, pair, workFolder, type Court, type Laptop } from './support'

/**
 * How package files reach the app and leave it: an upload lands in the inbox
 * under a name the app makes, the outbox hands out only its own files by
 * name, and an import's progress reaches the transport's callback.
 */
describe('package files in and out of the data folder', { timeout: 120_000 }, () => {
  let work: string
  let c: Court
  let a: Laptop

  beforeAll(async () => {
    work = workFolder()
    c = await court(join(work, 'court'))
    a = await laptop(join(work, 'a'), '林永华的笔记本')
    await pair(c.people.admin, a.admin)
  }, 60_000)
  afterAll(async () => {
    for (const core of [c?.core, a?.core]) await core?.close()
  })

  const meta = (declaredBytes: number) => ({ mediaType: 'application/octet-stream', originalName: '../../etc/passwd', declaredBytes })

  it('stores an upload in the inbox under a generated name, never the sender’s, and refuses the empty, the too large and the unpermitted', async () => {
    const stored = await uploadPackage(a.core, a.investigator.session, Readable.from([Buffer.from('package bytes')]), meta(13))
    expect(stored).toMatchObject({ ok: true, value: { inboxName: expect.stringMatching(/^[0-9a-f-]{36}\.ecocase$/), sizeBytes: 13 } })
    if (!stored.ok) return
    expect(readFileSync(join(inboxDir(a.core.dataDir), stored.value.inboxName), 'utf8')).toBe('package bytes')

    expect(await uploadPackage(a.core, a.investigator.session, Readable.from([]), meta(0))).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(await uploadPackage(a.core, a.investigator.session, Readable.from([]), meta(maxPackageBytes + 1))).toMatchObject({ ok: false, error: { code: 'too_large' } })
    const anonymous = { client: 'preview' as const, userId: null, role: null, lastActiveAt: 0, locked: false, mustChangePassword: false }
    expect(await uploadPackage(a.core, anonymous, Readable.from([Buffer.from('x')]), meta(1))).toMatchObject({ ok: false, error: { code: 'unauthenticated' } })
    expect(readdirSync(inboxDir(a.core.dataDir)).filter((n) => n.endsWith('.part'))).toEqual([])
  })

  it('hands out an outbox package by its name only: no traversal, no other name, no link', async () => {
    const to = (await a.admin.must('exchange.card', {})).installationId
    const sent = await c.people.clerk.must('exchange.export', { to, caseId: c.caseId, changes: false })
    const name = sent.file.split('/').pop()!
    expect(await outboxFile(c.core, c.people.clerk.session, name)).toMatchObject({ ok: true, value: { path: sent.file } })
    for (const bad of ['../ecocase.sqlite', '..%2Fecocase.sqlite', 'installation-key.pem', `${name}/`, '']) {
      expect(await outboxFile(c.core, c.people.clerk.session, bad)).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    }
    symlinkSync(join(c.core.dataDir, 'ecocase.sqlite'), join(c.core.dataDir, 'exchange', 'outbox', 'linked.ecocase'))
    expect(await outboxFile(c.core, c.people.clerk.session, 'linked.ecocase')).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(await outboxFile(c.core, c.people.clerk.session, 'missing.ecocase')).toMatchObject({ ok: false, error: { code: 'not_found' } })

    // Uploaded on the laptop, imported by its inbox name, with its progress told to the transport; the receipt waits in the outbox.
    const uploaded = await uploadPackage(a.core, a.investigator.session, Readable.from([readFileSync(sent.file)]), meta(0))
    if (!uploaded.ok) throw new Error(uploaded.error.message)
    const heard: CallProgress[] = []
    const reply = await dispatch(a.core, a.investigator.session, 'exchange.import', { inboxName: uploaded.value.inboxName }, { progress: (p) => heard.push(p) })
    if (!reply.ok) throw new Error(reply.error.message)
    expect(heard.at(-1)).toMatchObject({ phase: 'checked', done: sent.events, total: sent.events })
    const receipt = (reply.value as { receiptFile: string }).receiptFile.split('/').pop()!
    expect(await outboxFile(a.core, a.investigator.session, receipt)).toMatchObject({ ok: true })
    expect(existsSync(join(a.core.dataDir, 'exchange', 'outbox', receipt))).toBe(true)
    // The uploaded copy is gone once its events are in the database.
    expect(existsSync(join(inboxDir(a.core.dataDir), uploaded.value.inboxName))).toBe(false)
  })
})
