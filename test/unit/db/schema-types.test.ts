import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkedWords, generateSchemaTypes, schemaTypesFile } from '../../schema/schema-types'

describe('kysely table types', () => {
  it('are the ones the migrations generate: a migration without `npm run db:types` fails here', async () => {
    const committed = readFileSync(schemaTypesFile, 'utf8')
    expect(committed, `${schemaTypesFile} is stale: run npm run db:types and commit it`).toBe(await generateSchemaTypes())
  })

  it('type a text column by the words its CHECK admits, and leave other checks to the column type', () => {
    const words = checkedWords(`CREATE TABLE "t" ("id" text primary key check (id = 'one'), "status" text not null check (status in ('open', 'it''s done')),
      "qualifier" text check (qualifier is null or qualifier = '<'), "fee" integer check (fee >= 0), "mixed" text check (mixed in ('a') or length(mixed) > 3)) strict`)
    expect(Object.fromEntries(words)).toEqual({ id: ['one'], status: ['open', "it's done"], qualifier: ['<'] })
  })
})
