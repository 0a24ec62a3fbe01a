import { textSignatureValid } from './installation'
import type { ForensicDb } from './forensic-db'
import type { Findings } from './forensic-report'

const page = 500

/**
 * Events of other installations came in exchange packages, and each package's
 * manifest, signed by the installation that sent it, lists every event it
 * carried by chain, sequence and hash. So every such event kept here must be
 * listed by a package recorded as imported (whose signature still checks
 * against the partner's key), and every event a recorded package listed
 * must still be here with that hash: an event deleted, changed or slipped in
 * after the import is named. A held event (not applied to its row) must be
 * another installation's.
 */
export function checkImportedEvents(f: ForensicDb, findings: Findings): void {
  const chains = importedChains(f)
  if (chains.size === 0) return
  const listed = new Map<string, string>()
  const packages = f.sqlite
    .prepare("select id, source_installation_id, manifest_json, signature from exchange_package where direction = 'in' and kind != 'receipt'")
    .all() as { id: string; source_installation_id: string; manifest_json: string; signature: string }[]
  for (const p of packages) {
    const key = f.sqlite.prepare('select public_key from installation where id = ?').pluck().get(p.source_installation_id) as string | undefined
    if (!key || !textSignatureValid(key, p.manifest_json, p.signature)) {
      findings.add('exchange', 'exchange_manifest_forged', { package: p.id })
      continue
    }
    const manifest = JSON.parse(p.manifest_json) as { chains: { installationId: string }[]; events: [number, number, string][] }
    for (const [chain, seq, hash] of manifest.events) listed.set(`${manifest.chains[chain]!.installationId}/${seq}`, hash)
  }

  const foreign = f.sqlite.prepare('select seq, installation_id, chain_seq, hash, channel, at from audit_event where installation_id = ? and chain_seq > ? order by chain_seq limit ?')
  const seen = new Set<string>()
  for (const chain of chains) for (let after = 0; ; ) {
    const rows = foreign.all(chain, after, page) as { seq: number; installation_id: string; chain_seq: number; hash: string; channel: string; at: string }[]
    for (const row of rows) {
      const point = `${row.installation_id}/${row.chain_seq}`
      seen.add(point)
      const hash = listed.get(point)
      if (hash === undefined) findings.add('exchange', 'exchange_event_unlisted', { installation: row.installation_id, seq: row.chain_seq, channel: row.channel, at: row.at })
      else if (hash !== row.hash) findings.add('exchange', 'exchange_event_changed', { installation: row.installation_id, seq: row.chain_seq })
    }
    if (rows.length < page) break
    after = rows.at(-1)!.chain_seq
  }
  for (const point of listed.keys()) {
    if (!seen.has(point) && chains.has(point.split('/')[0]!)) findings.add('exchange', 'exchange_event_deleted', { installation: point.split('/')[0]!, seq: point.split('/')[1]! })
  }
  const heldLocal = f.sqlite
    .prepare('select count(*) from exchange_held_event h join audit_event e on e.id = h.event_id join installation i on i.id = e.installation_id where i.local = 1')
    .pluck()
    .get() as number
  if (heldLocal > 0) findings.add('exchange', 'exchange_local_held', { count: heldLocal })
}

/**
 * The installations whose events came here in packages: those the imported
 * packages' manifests name (other than this one). A chain of this folder's
 * own earlier identity (a key lost) is not among them: it is checked whole.
 */
export function importedChains(f: ForensicDb): Set<string> {
  const hasExchange = f.sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = 'exchange_package'").get()
  if (!f.hasInstallations || !hasExchange) return new Set()
  const local = f.sqlite.prepare('select id from installation where local = 1').pluck().get() as string | undefined
  const ids = new Set<string>()
  for (const json of f.sqlite.prepare("select manifest_json from exchange_package where direction = 'in' and kind != 'receipt'").pluck().all() as string[]) {
    try {
      for (const chain of (JSON.parse(json) as { chains: { installationId: string }[] }).chains) if (chain.installationId !== local) ids.add(chain.installationId)
    } catch {
      // An unreadable manifest is reported by the signature check.
    }
  }
  return ids
}
