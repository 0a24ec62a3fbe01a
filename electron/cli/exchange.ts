import { readFileSync } from 'node:fs'
import type { Core } from '../core/core'
import { dispatch } from '../core/handler-table'
import { localCard, nameInstallation } from '../core/exchange/partners'
import type { ImportReport, PackageSummary, Partner } from '../shared/exchange'
import { partText } from '../shared/errors'
import { cliFailure, cliLanguage } from './cli-language'
import { cliSession } from './cli-session'
import { cliWords } from './cli-words'

type Output = { code: number; output: string }

/** `pair --show [--name NAME]`: this installation's card as one JSON line (naming the installation first when asked). */
export async function pairShowCommand(core: Core, name: string | undefined): Promise<Output> {
  if (name !== undefined) await nameInstallation(core.db, name)
  return { code: 0, output: `${JSON.stringify(await localCard(core.db))}\n` }
}

/** `pair --add CARD-FILE --as ADMIN [--expert EXPERT-ID]`: registers a partner from its card. */
export async function pairAddCommand(core: Core, cardFile: string, username: string | undefined, expertId: string | undefined): Promise<Output> {
  let card: string
  try {
    card = readFileSync(cardFile, 'utf8')
  } catch {
    return { code: 1, output: cliFailure(cliWords().cardUnreadable(cardFile)) }
  }
  const reply = await dispatch(core, await cliSession(core, username), 'exchange.pair', { card, expertId: expertId ?? null })
  if (!reply.ok) return { code: 1, output: cliFailure(reply.error) }
  const partner = reply.value as Partner
  return { code: 0, output: `${cliWords().paired(partner.name, partner.installationId, partner.fingerprint)}\n` }
}

/** `export-package --case NUMBER | --changes --to ID --out FILE --as USER`. */
export async function exportPackageCommand(
  core: Core,
  options: { case?: string; changes: boolean; to?: string; out?: string; as?: string }
): Promise<Output> {
  if (!options.to || !options.out || (options.case === undefined) === !options.changes) {
    return { code: 2, output: cliFailure(cliWords().exportPackageUsage) }
  }
  const reply = await dispatch(core, await cliSession(core, options.as), 'exchange.export', {
    to: options.to,
    ...(options.changes ? { changes: true } : { caseNumber: options.case }),
    file: options.out
  })
  if (!reply.ok) return { code: 1, output: cliFailure(reply.error) }
  const summary = reply.value as PackageSummary
  const w = cliWords()
  const what = summary.kind === 'case' ? w.packageOfCase(summary.caseNumber ?? '') : w.packageOfChanges
  return { code: 0, output: `${w.packageExported(what, summary.file, summary.events, summary.attachments, summary.packageId)}\n` }
}

/** `import-package FILE --as USER [--receipt-out FILE]`: exit 0 imported, 2 conflicts wait for a person, 1 refused with nothing changed. */
export async function importPackageCommand(core: Core, file: string | undefined, username: string | undefined, receiptFile: string | undefined): Promise<Output> {
  const w = cliWords()
  if (!file) return { code: 2, output: cliFailure(w.importPackageNeedsFile) }
  const reply = await dispatch(core, await cliSession(core, username), 'exchange.import', { file, ...(receiptFile ? { receiptFile } : {}) })
  if (!reply.ok) return { code: 1, output: cliFailure(reply.error) }
  const report = reply.value as ImportReport
  const lines =
    report.kind === 'receipt'
      ? [w.receiptImported(report.source.name)]
      : [
          w.packageImported(report.source.name, report.packageId, report.events, report.alreadyPresent, report.rowsChanged),
          ...Object.entries(report.tables).map(([table, n]) => w.tableCount(table, n)),
          report.conflicts > 0 ? w.conflicts(report.conflicts) : w.noConflicts,
          w.receipt(report.receiptFile ?? '')
        ]
  for (const warning of report.warnings) lines.push(w.note(partText(warning, cliLanguage())))
  return { code: report.conflicts > 0 ? 2 : 0, output: `${lines.join('\n')}\n` }
}
