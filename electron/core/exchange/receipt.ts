import type { KeyObject } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { AppError } from '../../shared/errors'
import { canonicalJson } from '../audit/canonical-json'
import { signText, signingKeyOf } from '../audit/installation'
import { outboxDir } from './export-package'
import { packageFormatVersion, type PackageManifest } from './package-file'
import { appVersion, schemaVersion } from './versions'

/** Where the receipt of an import goes: the outbox for a package the app took in, beside the package for one the CLI named. */
export function defaultReceiptFile(dataDir: string, packageFile: string, receiptId: string): string {
  const inApp = resolve(packageFile).startsWith(resolve(join(dataDir, 'exchange')))
  if (inApp) {
    mkdirSync(outboxDir(dataDir), { recursive: true })
    return join(outboxDir(dataDir), `${receiptId}.receipt.ecocase`)
  }
  return `${packageFile.replace(/\.ecocase$/, '')}.receipt.ecocase`
}

export interface SignedReceipt {
  manifest: PackageManifest
  key: KeyObject
  text: string
  signature: string
}

/** The receipt the source imports so that its next changes package holds only what is new. */
export function receiptFor(
  local: { installationId: string; name: string; publicKey: string },
  received: PackageManifest,
  receiptId: string,
  createdAt: string,
  importedAt: string,
  events: number,
  conflicts: number
): SignedReceipt {
  const key = signingKeyOf(local.installationId)
  if (!key) throw new AppError('read_only', 'receipt_key_missing')
  const manifest: PackageManifest = {
    format: 'ecocase.package',
    formatVersion: packageFormatVersion,
    packageId: receiptId,
    kind: 'receipt',
    source: local,
    destination: { installationId: received.source.installationId },
    createdAt,
    appVersion,
    schemaVersion: schemaVersion(),
    caseId: received.caseId,
    caseNumber: received.caseNumber,
    coverage: received.coverage,
    chains: [],
    events: [],
    attachments: [],
    people: [],
    receipt: { acknowledges: received.packageId, importedAt, events, conflicts }
  }
  const text = canonicalJson(manifest)
  return { manifest, key, text, signature: signText(key, text) }
}

