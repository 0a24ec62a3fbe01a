import type { ExpertInput } from '../../../electron/shared/experts'

/**
 * An expert of the pool in the given fields (the first is the primary), with
 * a term around the tests' clocks and no affiliations; a test overrides what
 * it is about.
 */
export function expertInput(fieldIds: string[], overrides: Partial<ExpertInput> = {}): ExpertInput {
  return {
    name: '张海生',
    organisation: '福建农林大学',
    title: '副教授',
    fieldIds,
    primaryFieldId: fieldIds[0]!,
    phone: '',
    email: '',
    termStart: '2025-01-01',
    termEnd: '2027-12-31',
    maxConcurrentCases: 3,
    affiliations: [],
    notes: '',
    ...overrides
  }
}
