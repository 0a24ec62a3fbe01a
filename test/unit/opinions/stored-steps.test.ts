import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { storedMethod, storedSteps, type StoredEstimate } from '../../../electron/core/opinions/stored-steps'
import { stepCells, stepLines } from '../../../electron/shared/estimate-steps'

/**
 * Estimates as EcoCase stored them before steps carried codes (written by
 * that version's estimate code): each step with its Chinese description,
 * formula, figures and lines.
 */
interface LegacyEstimate {
  kind: 'virtual_cost' | 'actual_cost'
  input: unknown
  result: { lowFen: number; highFen: number; steps: { lines: string[]; description: string }[]; method: unknown }
}
const legacy = JSON.parse(readFileSync(join(__dirname, 'fixtures/estimates-before-codes.json'), 'utf8')) as LegacyEstimate[]

function row(e: LegacyEstimate, steps = e.result.steps): StoredEstimate {
  return { kind: e.kind, inputJson: JSON.stringify(e.input), stepsJson: JSON.stringify(steps), lowFen: e.result.lowFen, highFen: e.result.highFen }
}

const han = /\p{Script=Han}/u

describe('stored estimate steps', () => {
  it('reads every estimate stored as Chinese lines as coded steps that word exactly as stored, and in English without Chinese', () => {
    expect(legacy.map((e) => e.kind)).toEqual(['virtual_cost', 'virtual_cost', 'virtual_cost', 'virtual_cost', 'actual_cost', 'actual_cost'])
    for (const e of legacy) {
      const steps = storedSteps(row(e))
      expect(steps.map((s) => s.code)).not.toContain('recorded')
      expect(steps.map((s) => stepLines(s, 'zh'))).toEqual(e.result.steps.map((s) => s.lines))
      // What the investigators typed (sources, descriptions, γ's composition) stays as typed; the rest is English.
      const typed = JSON.stringify(e.input)
      for (const line of steps.flatMap((s) => stepLines(s, 'en'))) {
        const untyped = [...line.matchAll(/\p{Script=Han}[^\s=;()×+,:]*/gu)].map((m) => m[0]).filter((run) => !typed.includes(run))
        expect(untyped, line).toEqual([])
      }
    }
  })

  it('keeps a stored step whose words the estimate code no longer gives as recorded, in its own words', () => {
    const e = legacy[0]!
    const altered = e.result.steps.map((s, i) => (i === 0 ? { ...s, lines: [s.lines[0]!.replace('3,800', '3,900')] } : s))
    const steps = storedSteps(row(e, altered))
    expect(steps.map((s) => s.code)).toEqual(altered.map(() => 'recorded'))
    expect(steps.flatMap((s) => stepLines(s, 'en'))).toEqual(altered.flatMap((s) => s.lines))
    expect(stepCells(steps[0]!, 'zh').step).toBe(altered[0]!.description)
  })

  it('keeps the stored steps as recorded when the input no longer works out to the stored damage', () => {
    const e = legacy[1]!
    const steps = storedSteps({ ...row(e), highFen: e.result.highFen + 1 })
    expect(steps.every((s) => s.code === 'recorded')).toBe(true)
    expect(steps.flatMap((s) => stepLines(s, 'zh'))).toEqual(e.result.steps.flatMap((s) => s.lines))
  })

  it('keeps the stored steps as recorded when the stored input is no longer accepted', () => {
    const e = legacy[4]!
    const steps = storedSteps({ ...row(e), inputJson: JSON.stringify({ items: [] }) })
    expect(steps.every((s) => s.code === 'recorded')).toBe(true)
  })

  it('reads coded steps as stored, and a stored method without its Chinese formula', () => {
    const coded = storedSteps(row(legacy[2]!))
    expect(storedSteps({ ...row(legacy[2]!), stepsJson: JSON.stringify(coded), inputJson: '{}' })).toEqual(coded)
    expect(storedMethod(JSON.stringify(legacy[0]!.result.method))).toEqual({ version: 'recommended-2014', document: expect.stringContaining('2014'), functionClass: 'III' })
    expect(storedMethod(null)).toBeNull()
    expect(han.test(JSON.stringify(coded.map((s) => ('subject' in s ? s.subject : null))).replace(/"(text|composition|name)":"[^"]*"/g, ''))).toBe(false)
  })
})
