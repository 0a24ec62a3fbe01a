import JSZip from 'jszip'
import type { Core } from '../../../electron/core/core'
import { demoPassword, loadDemo } from '../../../electron/core/demo/load-demo'
import { signIn, testCore, type Actor } from '../support/test-core'

/** A test core with the demo data set (the pond case: assignments, an opinion, an order), and its judge and investigator signed in. */
export async function demoCore(): Promise<{ core: Core; judge: Actor; investigator: Actor; clerk: Actor; ids: { caseId: string; caseNumber: string; opinionId: string; orderId: string } }> {
  const core = await testCore()
  await loadDemo(core)
  const courtCase = await core.db.selectFrom('courtCase').select(['id', 'caseNumber']).orderBy('createdAt').executeTakeFirstOrThrow()
  const opinion = await core.db.selectFrom('opinion').select('id').where('caseId', '=', courtCase.id).executeTakeFirstOrThrow()
  const order = await core.db.selectFrom('restorationOrder').select('id').where('caseId', '=', courtCase.id).executeTakeFirstOrThrow()
  return {
    core,
    judge: await signIn(core, 'wang.judge', demoPassword),
    investigator: await signIn(core, 'lin.investigator', demoPassword),
    clerk: await signIn(core, 'chen.clerk', demoPassword),
    ids: { caseId: courtCase.id, caseNumber: courtCase.caseNumber, opinionId: opinion.id, orderId: order.id }
  }
}

/** The parts of a Word file a reader sees: the body's text, the footer's and header's XML, and the fonts its runs name. */
export async function readDocx(bytes: Buffer): Promise<{ text: string; xml: string; footers: string; headers: string }> {
  const zip = await JSZip.loadAsync(bytes)
  const xml = await zip.file('word/document.xml')!.async('string')
  const parts = async (prefix: string) =>
    (await Promise.all(Object.keys(zip.files).filter((n) => n.startsWith(`word/${prefix}`)).map((n) => zip.file(n)!.async('string')))).join('\n')
  const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')
  return { text, xml, footers: await parts('footer'), headers: await parts('header') }
}
