import { insertRecord, type RecordWriter } from '../records/records'
import type { PackageManifest } from './package-file'

/**
 * Records a package made here (`out`) or imported here (`in`), receipts
 * included, with its signed manifest: the one record that says which
 * installation sent what and when, and that vouches, at `verify`, for the
 * other installations' events an import brought.
 */
export async function recordPackage(
  writer: RecordWriter,
  direction: 'out' | 'in',
  manifest: PackageManifest,
  signed: { manifestText: string; signature: string },
  conflicts = 0
): Promise<void> {
  await insertRecord(writer, 'exchangePackage', {
    id: manifest.packageId,
    direction,
    kind: manifest.kind,
    sourceInstallationId: manifest.source.installationId,
    destinationInstallationId: manifest.destination.installationId,
    caseId: manifest.caseId,
    sourceCreatedAt: manifest.createdAt,
    events: manifest.events.length,
    attachments: manifest.attachments.length,
    fromSeq: manifest.coverage.fromSeq,
    toSeq: manifest.coverage.toSeq,
    toHash: manifest.coverage.toHash,
    acknowledges: manifest.receipt?.acknowledges ?? null,
    conflicts: manifest.receipt?.conflicts ?? conflicts,
    manifestJson: signed.manifestText,
    signature: signed.signature
  })
}
