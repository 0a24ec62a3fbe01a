import { afterAll, beforeAll, bench, describe } from 'vitest'
import type { Core } from '../../electron/core/core'
import { staff, testCore, type Actor } from '../unit/support/test-core'

/** The pool a large provincial court might keep, ten times over. */
const poolSize = 2000
let core: Core
let clerk: Actor
let waterId: string

beforeAll(async () => {
  core = await testCore()
  clerk = (await staff(core)).clerk
  const fields = await clerk.must('fields.list', {})
  waterId = fields.find((f) => f.code === 'water')!.id
  for (let i = 0; i < poolSize; i++) {
    const field = fields[i % fields.length]!
    await clerk.must('experts.create', {
      name: `专家${i.toString().padStart(4, '0')}`,
      organisation: `第${i % 97}研究院`,
      title: '高级工程师',
      fieldIds: [field.id],
      primaryFieldId: field.id,
      phone: '',
      email: '',
      termStart: '2025-01-01',
      termEnd: '2027-12-31',
      maxConcurrentCases: 3,
      affiliations: [],
      notes: ''
    })
  }
})
afterAll(() => core.close())

describe(`expert list over ${poolSize} experts`, () => {
  bench('first page, no filter', async () => {
    await clerk.must('experts.list', {})
  })
  bench('filter by field', async () => {
    await clerk.must('experts.list', { fieldId: waterId })
  })
  bench('search by organisation', async () => {
    await clerk.must('experts.list', { search: '第42研究院' })
  })
})
