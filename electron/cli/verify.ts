import type { Core } from '../core/core'
import { findFingerprint, verifyAuditChain } from '../core/audit/audit-chain'
import { integrityProblems } from '../core/db/sqlite'

/**
 * `verify`: the file's integrity, then the whole audit chain, then (when
 * asked) whether a printed fingerprint is in the chain. Exit 1 on any failure.
 */
export async function verifyDataFolder(core: Core, fingerprint: string | null): Promise<number> {
  const out = (line: string) => process.stdout.write(`${line}\n`)
  let failed = false

  const problems = integrityProblems(core.sqlite)
  if (problems.length > 0) {
    failed = true
    out(`数据库完整性检查失败：${problems.slice(0, 5).join('；')}`)
  } else {
    out('数据库完整性检查：通过')
  }

  const chain = await verifyAuditChain(core.db)
  if (chain.ok) {
    out(`审计链：通过（共 ${chain.events} 个事件，最新指纹 ${chain.latestHash}）`)
  } else {
    failed = true
    const bad = chain.firstBad!
    out(`审计链：第 ${bad.seq} 号事件被改动（${bad.reason}）：事件 ${bad.id}，通道 ${bad.channel}，时间 ${bad.at}`)
  }

  if (fingerprint) {
    const found = await findFingerprint(core.db, fingerprint)
    if (found) {
      out(`指纹 ${fingerprint} 在审计链中：第 ${found.seq} 号事件（${found.channel}，${found.at}）`)
    } else {
      failed = true
      out(`指纹 ${fingerprint} 不在审计链中`)
    }
  }
  return failed ? 1 : 0
}
