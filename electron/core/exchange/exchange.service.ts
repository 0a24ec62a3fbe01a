import { AppError } from '../../shared/errors'
import { permissions } from '../../shared/permissions'
import type { CaseExchangeEntry } from '../../shared/exchange'
import type { Call } from '../call'
import type { Handlers } from '../handler-table'
import { addPartner, listPartners, localCard, parseCard } from './partners'
import { exportPackage } from './export-package'
import { importPackage } from './import-package'
import { listConflicts, resolveConflict } from './conflicts'
import { acrossCases, inputCase, noCase, readsCase, writesCase } from '../access/case-scope'
import { caseOf, caseOfPackage } from '../access/case-of'

/** A file path comes from the command line (or core itself), never from a window or a browser: they name no path on this machine. */
function refusePathFromApp(call: Call, ...paths: (string | undefined)[]) {
  const fromRenderer = call.session.client === 'window' || call.session.client === 'preview'
  if (fromRenderer && paths.some((p) => p !== undefined)) throw new AppError('forbidden', 'paths_cli_only')
}

export const exchangeHandlers: Handlers<
  'exchange.card' | 'exchange.partners' | 'exchange.pair' | 'exchange.export' | 'exchange.import' | 'exchange.conflicts' | 'exchange.resolve' | 'exchange.forCase'
> = {
  'exchange.card': { scope: noCase, access: 'signedIn', writes: false, run: (call) => localCard(call.db) },
  'exchange.partners': { scope: noCase, access: 'signedIn', writes: false, run: (call) => listPartners(call.db) },
  'exchange.pair': { scope: noCase, access: permissions.pairInstallations, writes: true, run: (call, input) => addPartner(call, parseCard(input.card), input.expertId) },
  // Reads one snapshot, writes the file, then records the package in a short transaction of its own.
  'exchange.export': { scope: readsCase(caseOfPackage),
    access: permissions.exchangePackages,
    writes: false,
    run: (call, input) => {
      refusePathFromApp(call, input.file)
      return exportPackage(call, input)
    }
  },
  // Checks the whole package outside any transaction, then merges it in one.
  'exchange.import': { scope: acrossCases(),
    access: permissions.exchangePackages,
    writes: false,
    run: (call, input) => {
      refusePathFromApp(call, input.file, input.receiptFile)
      return importPackage(call, input)
    }
  },
  'exchange.conflicts': { scope: acrossCases(({ caseId }) => caseId), access: 'signedIn', writes: false, run: (call, input) => listConflicts(call.db, input, call.visibleCases) },
  'exchange.resolve': { scope: writesCase((db, { conflictId }) => caseOf.exchangeConflict(db, conflictId)), access: permissions.resolveConflicts, writes: true, run: resolveConflict },
  'exchange.forCase': { scope: readsCase(inputCase),
    access: 'signedIn',
    writes: false,
    run: async (call, { caseId }): Promise<CaseExchangeEntry[]> => {
      const rows = await call.db.selectFrom('exchangePackage').selectAll().where('caseId', '=', caseId).orderBy('createdAt', 'desc').execute()
      const names = new Map((await call.db.selectFrom('installation').select(['id', 'name']).execute()).map((i) => [i.id, i.name]))
      return rows.map((r) => {
        const partner = r.direction === 'out' ? r.destinationInstallationId : r.sourceInstallationId
        return { packageId: r.id, direction: r.direction, kind: r.kind, partner, partnerName: names.get(partner) ?? partner, at: r.createdAt, events: r.events }
      })
    }
  }
}
