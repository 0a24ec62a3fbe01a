import { writeFileSync } from 'node:fs'
import { generateSchemaTypes, schemaTypesFile } from './schema-types'

/** `npm run db:types`: rewrites the kysely table types from the migrations. */
async function main(): Promise<void> {
  writeFileSync(schemaTypesFile, await generateSchemaTypes())
  console.log(`${schemaTypesFile} written`)
}

void main()
