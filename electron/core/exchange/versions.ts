import { version } from '../../../package.json'
import { migrations } from '../db/migrations'

/** The EcoCase version that made a package, recorded in its manifest. */
export const appVersion: string = version

/** The schema a package's rows are shaped by: the name of the last migration. */
export function schemaVersion(): string {
  return Object.keys(migrations).sort().at(-1)!
}
