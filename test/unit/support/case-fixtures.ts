import type { CaseInput } from '../../../electron/shared/cases'

/** The demo's pond case as a registration form would send it. */
export function pondCase(overrides: Partial<CaseInput> = {}): CaseInput {
  return {
    caseNumber: '(2020)闽0626刑初123号',
    type: 'criminal',
    stage: 'first_instance',
    cause: '污染环境罪',
    court: '福建省漳浦县人民法院',
    judgeId: null,
    clerkId: null,
    filedOn: '2020-05-11',
    hearingOn: '',
    judgedOn: '',
    closedOn: '',
    sameMatterAs: null,
    parties: [
      { name: '黎某', role: 'defendant', organisation: '漳浦县某电镀作坊' },
      { name: '漳浦县人民检察院', role: 'procuratorate', organisation: '' }
    ],
    notes: '',
    ...overrides
  }
}
