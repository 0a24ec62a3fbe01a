import { describe, it, expect } from 'vitest'
import {
  STANDARD_CLASSES,
  compactSurfaceWater,
  evaluateSurfaceWater,
  limitFor,
  surfaceWaterItems,
  type WaterClass,
  type Waterbody
} from '../../../electron/core/standards/surface-water'
import type { Measured } from '../../../electron/core/standards/measured'

// GB 3838-2002 Table 1, typed in by hand from the standard rather than read
// from the reference file the implementation uses. For each `<=` item:
// the limits of classes I–V, the class of a value exactly at each limit, and
// the class of a value just above each limit.
type Row = [limits: number[], atLimit: WaterClass[], justAbove: WaterClass[]]
const AT_MOST_ROWS: Record<string, Row> = {
  codmn: [[2, 4, 6, 10, 15], ['I', 'II', 'III', 'IV', 'V'], ['II', 'III', 'IV', 'V', '劣V']],
  cod: [[15, 15, 20, 30, 40], ['I', 'I', 'III', 'IV', 'V'], ['III', 'III', 'IV', 'V', '劣V']],
  bod5: [[3, 3, 4, 6, 10], ['I', 'I', 'III', 'IV', 'V'], ['III', 'III', 'IV', 'V', '劣V']],
  nh3_n: [[0.15, 0.5, 1.0, 1.5, 2.0], ['I', 'II', 'III', 'IV', 'V'], ['II', 'III', 'IV', 'V', '劣V']],
  cu: [[0.01, 1.0, 1.0, 1.0, 1.0], ['I', 'II', 'II', 'II', 'II'], ['II', '劣V', '劣V', '劣V', '劣V']],
  zn: [[0.05, 1.0, 1.0, 2.0, 2.0], ['I', 'II', 'II', 'IV', 'IV'], ['II', 'IV', 'IV', '劣V', '劣V']],
  fluoride: [[1.0, 1.0, 1.0, 1.5, 1.5], ['I', 'I', 'I', 'IV', 'IV'], ['IV', 'IV', 'IV', '劣V', '劣V']],
  se: [[0.01, 0.01, 0.01, 0.02, 0.02], ['I', 'I', 'I', 'IV', 'IV'], ['IV', 'IV', 'IV', '劣V', '劣V']],
  as: [[0.05, 0.05, 0.05, 0.1, 0.1], ['I', 'I', 'I', 'IV', 'IV'], ['IV', 'IV', 'IV', '劣V', '劣V']],
  hg: [[0.00005, 0.00005, 0.0001, 0.001, 0.001], ['I', 'I', 'III', 'IV', 'IV'], ['III', 'III', 'IV', '劣V', '劣V']],
  cd: [[0.001, 0.005, 0.005, 0.005, 0.01], ['I', 'II', 'II', 'II', 'V'], ['II', 'V', 'V', 'V', '劣V']],
  cr6: [[0.01, 0.05, 0.05, 0.05, 0.1], ['I', 'II', 'II', 'II', 'V'], ['II', 'V', 'V', 'V', '劣V']],
  pb: [[0.01, 0.01, 0.05, 0.05, 0.1], ['I', 'I', 'III', 'III', 'V'], ['III', 'III', 'V', 'V', '劣V']],
  cyanide: [[0.005, 0.05, 0.2, 0.2, 0.2], ['I', 'II', 'III', 'III', 'III'], ['II', 'III', '劣V', '劣V', '劣V']],
  volatile_phenol: [[0.002, 0.002, 0.005, 0.01, 0.1], ['I', 'I', 'III', 'IV', 'V'], ['III', 'III', 'IV', 'V', '劣V']],
  petroleum: [[0.05, 0.05, 0.05, 0.5, 1.0], ['I', 'I', 'I', 'IV', 'V'], ['IV', 'IV', 'IV', 'V', '劣V']],
  anionic_surfactant: [[0.2, 0.2, 0.2, 0.3, 0.3], ['I', 'I', 'I', 'IV', 'IV'], ['IV', 'IV', 'IV', '劣V', '劣V']],
  sulfide: [[0.05, 0.1, 0.2, 0.5, 1.0], ['I', 'II', 'III', 'IV', 'V'], ['II', 'III', 'IV', 'V', '劣V']]
}
const TP_RIVER: Row = [[0.02, 0.1, 0.2, 0.3, 0.4], ['I', 'II', 'III', 'IV', 'V'], ['II', 'III', 'IV', 'V', '劣V']]
const TP_LAKE: Row = [[0.01, 0.025, 0.05, 0.1, 0.2], ['I', 'II', 'III', 'IV', 'V'], ['II', 'III', 'IV', 'V', '劣V']]
const TN_LAKE: Row = [[0.2, 0.5, 1.0, 1.5, 2.0], ['I', 'II', 'III', 'IV', 'V'], ['II', 'III', 'IV', 'V', '劣V']]
const COLIFORM: Row = [[200, 2000, 10000, 20000, 40000], ['I', 'II', 'III', 'IV', 'V'], ['II', 'III', 'IV', 'V', '劣V']]
const DO_LIMITS = [7.5, 6, 5, 3, 2]

// Far enough above a limit to be past it, well short of the next distinct limit.
const justAbove = (limit: number) => limit * 1.001
const justBelow = (limit: number) => limit * 0.999

function classOf(key: string, value: Measured, waterbody: Waterbody = 'river'): WaterClass | null | undefined {
  const evaluation = evaluateSurfaceWater({ waterbody, values: { [key]: value } })
  return (evaluation.items[key] ?? evaluation.reference[key as 'tn' | 'fecal_coliform'])?.class
}

function cellsOf([limits, atLimit, above]: Row) {
  return STANDARD_CLASSES.map((cls, i) => ({ cls, limit: limits[i], atLimit: atLimit[i], above: above[i] }))
}

describe('GB 3838-2002 Table 1: the reference matches the standard', () => {
  it('has the 24 items in table order', () => {
    expect(surfaceWaterItems('river').map((item) => item.key)).toEqual([
      'water_temperature', 'ph', 'do', 'codmn', 'cod', 'bod5', 'nh3_n', 'tp', 'tn', 'cu', 'zn', 'fluoride',
      'se', 'as', 'hg', 'cd', 'cr6', 'pb', 'cyanide', 'volatile_phenol', 'petroleum', 'anionic_surfactant',
      'sulfide', 'fecal_coliform'
    ])
  })

  it.each(Object.entries({ ...AT_MOST_ROWS, fecal_coliform: COLIFORM }))('limitFor %s, every class, both waterbodies', (key, [limits]) => {
    for (const waterbody of ['river', 'lake'] as const) {
      expect(STANDARD_CLASSES.map((cls) => limitFor(key, cls, waterbody))).toEqual(limits)
    }
  })

  it('limitFor TP uses the 湖、库 column for lakes', () => {
    expect(STANDARD_CLASSES.map((cls) => limitFor('tp', cls, 'river'))).toEqual(TP_RIVER[0])
    expect(STANDARD_CLASSES.map((cls) => limitFor('tp', cls, 'lake'))).toEqual(TP_LAKE[0])
  })

  it('limitFor TN exists for lakes only', () => {
    expect(STANDARD_CLASSES.map((cls) => limitFor('tn', cls, 'lake'))).toEqual(TN_LAKE[0])
    expect(limitFor('tn', 'III', 'river')).toBeNull()
  })

  it('limitFor DO, pH and water temperature', () => {
    expect(STANDARD_CLASSES.map((cls) => limitFor('do', cls, 'river'))).toEqual(DO_LIMITS)
    expect(limitFor('ph', 'IV', 'lake')).toEqual([6, 9])
    expect(limitFor('water_temperature', 'I', 'river')).toBeNull()
  })

  it('limitFor refuses a key that is not in Table 1', () => {
    expect(() => limitFor('chlorophyll_a', 'III', 'lake')).toThrow('GB 3838-2002 表1 无此项目：chlorophyll_a')
  })

  it('exposes item metadata for charts', () => {
    const dissolvedOxygen = surfaceWaterItems('lake').find((item) => item.key === 'do')
    expect(dissolvedOxygen).toEqual({
      no: 3,
      key: 'do',
      nameZh: '溶解氧',
      unit: 'mg/L',
      comparator: '>=',
      limits: { I: 7.5, II: 6, III: 5, IV: 3, V: 2 }
    })
    expect(surfaceWaterItems('lake').find((item) => item.key === 'tp')?.limits).toEqual({
      I: 0.01,
      II: 0.025,
      III: 0.05,
      IV: 0.1,
      V: 0.2
    })
  })
})

describe('single-factor class of each `<=` item at and just above every limit', () => {
  for (const [key, row] of Object.entries(AT_MOST_ROWS)) {
    it.each(cellsOf(row))(`${key} class $cls: at $limit → $atLimit, just above → $above`, ({ limit, atLimit, above }) => {
      expect(classOf(key, limit, 'river')).toBe(atLimit)
      expect(classOf(key, justAbove(limit), 'river')).toBe(above)
      expect(classOf(key, limit, 'lake')).toBe(atLimit)
    })
  }

  it.each(cellsOf(TP_RIVER))('TP river class $cls: at $limit → $atLimit, just above → $above', ({ limit, atLimit, above }) => {
    expect(classOf('tp', limit, 'river')).toBe(atLimit)
    expect(classOf('tp', justAbove(limit), 'river')).toBe(above)
  })

  it.each(cellsOf(TP_LAKE))('TP lake class $cls: at $limit → $atLimit, just above → $above', ({ limit, atLimit, above }) => {
    expect(classOf('tp', limit, 'lake')).toBe(atLimit)
    expect(classOf('tp', justAbove(limit), 'lake')).toBe(above)
  })

  it.each(cellsOf(TN_LAKE))('TN lake class $cls: at $limit → $atLimit, just above → $above', ({ limit, atLimit, above }) => {
    expect(classOf('tn', limit, 'lake')).toBe(atLimit)
    expect(classOf('tn', justAbove(limit), 'lake')).toBe(above)
  })

  it.each(cellsOf(COLIFORM))('fecal coliform class $cls: at $limit → $atLimit, just above → $above', ({ limit, atLimit, above }) => {
    expect(classOf('fecal_coliform', limit)).toBe(atLimit)
    expect(classOf('fecal_coliform', justAbove(limit))).toBe(above)
  })

  it('the same TP is class III in a river and 劣V in a lake', () => {
    expect(classOf('tp', 0.2, 'river')).toBe('III')
    expect(classOf('tp', 0.2, 'lake')).toBe('V')
    expect(classOf('tp', 0.25, 'lake')).toBe('劣V')
  })

  it('a hair above a limit already exceeds it', () => {
    expect(classOf('cod', 20.01)).toBe('IV')
    expect(classOf('nh3_n', 1.0001)).toBe('IV')
    expect(classOf('cod', 40.000001)).toBe('劣V')
    expect(classOf('cod', 0)).toBe('I')
  })
})

describe('dissolved oxygen must be at least the limit', () => {
  it.each([
    [7.5, 'I'],
    [7.49, 'II'],
    [6, 'II'],
    [5.99, 'III'],
    [5, 'III'],
    [4.99, 'IV'],
    [3, 'IV'],
    [2.99, 'V'],
    [2, 'V'],
    [1.99, '劣V'],
    [12, 'I'],
    [0, '劣V']
  ])('DO %f → %s', (value, expected) => {
    expect(classOf('do', value)).toBe(expected)
  })

  it.each(DO_LIMITS.map((limit, i) => [limit, STANDARD_CLASSES[i], i + 1 < 5 ? STANDARD_CLASSES[i + 1] : '劣V']))(
    'DO at %f → %s, just below → %s',
    (limit, atLimit, below) => {
      expect(classOf('do', limit)).toBe(atLimit)
      expect(classOf('do', justBelow(limit))).toBe(below)
    }
  )
})

describe('pH meets every class inside 6–9', () => {
  it.each([
    [6, 'I'],
    [9, 'I'],
    [7.2, 'I'],
    [5.99, '劣V'],
    [9.01, '劣V'],
    [3, '劣V']
  ])('pH %f → %s', (value, expected) => {
    expect(classOf('ph', value)).toBe(expected)
  })

  it('a pH outside 6–9 makes the water 劣V', () => {
    const evaluation = evaluateSurfaceWater({ waterbody: 'river', values: { ph: 5.5, cod: 10 } })
    expect(evaluation.class).toBe('劣V')
    expect(evaluation.deciding).toEqual(['ph'])
  })
})

describe('overall class (2011 evaluation method)', () => {
  it('is the worst item class; the CLI example', () => {
    const evaluation = evaluateSurfaceWater({ waterbody: 'river', values: { cod: 25, nh3_n: 0.8 } })
    expect(JSON.stringify(compactSurfaceWater(evaluation))).toBe(
      '{"class":"IV","deciding":["cod"],"items":{"cod":"IV","nh3_n":"III"}}'
    )
    expect(evaluation.grade).toBe('lightly_polluted')
  })

  it('lists every deciding item in table order, whatever the input order', () => {
    const evaluation = evaluateSurfaceWater({
      waterbody: 'lake',
      values: { tp: 0.08, nh3_n: 1.2, do: 6.5, cod: 25 }
    })
    expect(evaluation.class).toBe('IV')
    expect(evaluation.deciding).toEqual(['cod', 'nh3_n', 'tp'])
    expect(Object.keys(evaluation.items)).toEqual(['do', 'cod', 'nh3_n', 'tp'])
  })

  it('keeps TN and fecal coliform out of the class, reporting them apart', () => {
    const evaluation = evaluateSurfaceWater({
      waterbody: 'lake',
      values: { cod: 10, tn: 5, fecal_coliform: 100000 }
    })
    expect(evaluation.class).toBe('I')
    expect(evaluation.deciding).toEqual(['cod'])
    expect(evaluation.grade).toBe('excellent')
    expect(evaluation.items).not.toHaveProperty('tn')
    expect(evaluation.items).not.toHaveProperty('fecal_coliform')
    expect(evaluation.reference.tn?.class).toBe('劣V')
    expect(evaluation.reference.fecal_coliform?.class).toBe('劣V')
  })

  it('does not evaluate TN for a river, and says so', () => {
    const evaluation = evaluateSurfaceWater({ waterbody: 'river', values: { tn: 5, cod: 18 }, targetClass: 'III' })
    expect(evaluation.class).toBe('III')
    expect(evaluation.reference.tn).toMatchObject({
      class: null,
      note: 'not_evaluated_for_river',
      value: 5,
      limit: null,
      meetsTarget: null,
      exceedance: null
    })
    expect(compactSurfaceWater(evaluation)).toEqual({ class: 'III', deciding: ['cod'], items: { cod: 'III' }, reference: { tn: null } })
  })

  it('reports water temperature under reference, as the 2011 method does, without a class, and never lets it decide', () => {
    const evaluation = evaluateSurfaceWater({ waterbody: 'river', values: { water_temperature: 31, bod5: 3.5 } })
    expect(evaluation.items.water_temperature).toBeUndefined()
    expect(evaluation.reference.water_temperature).toMatchObject({ class: null, note: 'narrative_rule', value: 31, exceedance: null })
    expect(evaluation.class).toBe('III')
    expect(evaluation.deciding).toEqual(['bod5'])
  })

  it('has no class when nothing is classifiable', () => {
    const evaluation = evaluateSurfaceWater({ waterbody: 'lake', values: { water_temperature: 20, tn: 0.4 } })
    expect(evaluation).toMatchObject({ class: null, deciding: [], grade: null })
    expect(evaluateSurfaceWater({ waterbody: 'river', values: {} })).toMatchObject({ class: null, items: {}, unknown: [] })
  })

  it.each([
    ['I', 'excellent', 1.5],
    ['II', 'excellent', 3.5],
    ['III', 'good', 5],
    ['IV', 'lightly_polluted', 8],
    ['V', 'moderately_polluted', 12],
    ['劣V', 'heavily_polluted', 16]
  ])('class %s is graded %s', (cls, grade, codmn) => {
    const evaluation = evaluateSurfaceWater({ waterbody: 'river', values: { codmn } })
    expect(evaluation.class).toBe(cls)
    expect(evaluation.grade).toBe(grade)
  })

  it('reports unknown keys instead of dropping them', () => {
    const evaluation = evaluateSurfaceWater({ waterbody: 'lake', values: { chlorophyll_a: 0.03, cod: 12, SS: 40 } })
    expect(evaluation.unknown).toEqual(['chlorophyll_a', 'SS'])
    expect(evaluation.class).toBe('I')
    expect(compactSurfaceWater(evaluation).unknown).toEqual(['chlorophyll_a', 'SS'])
  })

  it('refuses a value that is not a number', () => {
    expect(() => evaluateSurfaceWater({ waterbody: 'river', values: { cod: Number.NaN } })).toThrow('测定值无效：cod')
  })

  it('gives a JSON round trip without loss', () => {
    const evaluation = evaluateSurfaceWater({ waterbody: 'lake', values: { cod: 25, ph: 7, tn: 1.2 }, targetClass: 'III' })
    expect(JSON.parse(JSON.stringify(evaluation))).toEqual(evaluation)
  })
})

describe('below the detection limit', () => {
  const below = (detectionLimit: number): Measured => ({ value: detectionLimit, qualifier: '<', detectionLimit })

  it('meets every class whose limit is at or above the detection limit', () => {
    expect(classOf('nh3_n', below(0.025))).toBe('I')
    expect(classOf('nh3_n', below(0.15))).toBe('I')
    expect(classOf('nh3_n', below(0.2))).toBe('II')
    expect(classOf('hg', below(0.00004))).toBe('I')
    expect(classOf('hg', below(0.0001))).toBe('III')
    expect(classOf('tp', below(0.02), 'lake')).toBe('II')
    expect(classOf('tp', below(0.03), 'lake')).toBe('III')
    expect(classOf('tp', below(0.02), 'river')).toBe('I')
  })

  it('uses the larger of the reported value and the detection limit as the bound', () => {
    expect(classOf('nh3_n', { value: 0.2, qualifier: '<', detectionLimit: 0.025 })).toBe('II')
    expect(classOf('nh3_n', { value: 0.02, qualifier: '<', detectionLimit: 0.2 })).toBe('II')
    expect(classOf('nh3_n', { value: 0.2, qualifier: '<', detectionLimit: null })).toBe('II')
  })

  it('proves no class when the detection limit is above class V, and is set aside', () => {
    const evaluation = evaluateSurfaceWater({ waterbody: 'river', values: { hg: below(0.002), cod: 18 } })
    expect(evaluation.items.hg).toMatchObject({ class: null, note: 'indeterminate_below_detection' })
    expect(evaluation.class).toBe('III')
    expect(evaluation.indeterminate).toEqual(['hg'])
    expect(compactSurfaceWater(evaluation)).toMatchObject({ items: { hg: null, cod: 'III' }, indeterminate: ['hg'] })
  })

  it('DO below a detection limit at or under 2 mg/L is 劣V; above that it proves nothing', () => {
    expect(classOf('do', below(1))).toBe('劣V')
    expect(classOf('do', below(2))).toBe('劣V')
    expect(classOf('do', below(3))).toBeNull()
  })

  it('pH reported as below a bound is 劣V only when the bound is at or under 6', () => {
    expect(classOf('ph', below(5.8))).toBe('劣V')
    expect(classOf('ph', below(7))).toBeNull()
  })

  it('a plain value with a detection limit is a detected value', () => {
    expect(classOf('cod', { value: 25, qualifier: null, detectionLimit: 4 })).toBe('IV')
  })
})

describe('exceedance multiple (超标倍数) against a target class', () => {
  const evaluate = (values: Record<string, Measured>, waterbody: Waterbody = 'river') =>
    evaluateSurfaceWater({ waterbody, values, targetClass: 'III' }).items

  it('is (value − limit) / limit above the target limit', () => {
    const items = evaluate({ cod: 25, nh3_n: 3.1, codmn: 6 })
    expect(items.cod).toMatchObject({ limit: 20, meetsTarget: false, exceedance: 0.25 })
    expect(items.nh3_n.exceedance).toBeCloseTo(2.1, 12)
    expect(items.codmn).toMatchObject({ limit: 6, meetsTarget: true, exceedance: 0 })
  })

  it('uses the lake TP limit for a lake', () => {
    const evaluation = evaluateSurfaceWater({ waterbody: 'lake', values: { tp: 0.1 }, targetClass: 'III' })
    expect(evaluation.items.tp).toMatchObject({ limit: 0.05, meetsTarget: false, exceedance: 1 })
  })

  it('is not computed for DO, which the 2011 method excludes, though DO still meets or fails the target', () => {
    expect(evaluate({ do: 3.5 }).do).toMatchObject({ limit: 5, meetsTarget: false, exceedance: null, exceedanceClass: null })
    expect(evaluate({ do: 5 }).do).toMatchObject({ meetsTarget: true, exceedance: null })
  })

  it('names the class a multiple is computed against', () => {
    expect(evaluate({ cod: 25 }).cod).toMatchObject({ exceedance: 0.25, exceedanceClass: 'III' })
    expect(evaluateSurfaceWater({ waterbody: 'river', values: { cod: 25 }, targetClass: 'IV' }).items.cod).toMatchObject({ exceedance: 0, exceedanceClass: 'IV' })
  })

  it('is not computed for pH, which only meets or fails', () => {
    expect(evaluate({ ph: 9.5 }).ph).toEqual({
      class: '劣V',
      note: null,
      value: 9.5,
      qualifier: null,
      detectionLimit: null,
      limit: [6, 9],
      meetsTarget: false,
      exceedance: null,
      exceedanceClass: null
    })
    expect(evaluate({ ph: 7 }).ph).toMatchObject({ meetsTarget: true, exceedance: null })
  })

  it('never has a below-detection value exceed', () => {
    const below = { value: 0.5, qualifier: '<' as const, detectionLimit: 0.5 }
    expect(evaluate({ nh3_n: below }).nh3_n).toMatchObject({ meetsTarget: true, exceedance: 0 })
    // Bound 2.5 is above the target's 1.0: it may meet or fail; the multiple is unknown.
    expect(evaluate({ nh3_n: { ...below, value: 2.5, detectionLimit: 2.5 } }).nh3_n).toMatchObject({
      class: null,
      meetsTarget: null,
      exceedance: null
    })
  })

  it('has no target fields without a target class', () => {
    const items = evaluateSurfaceWater({ waterbody: 'river', values: { cod: 25 } }).items
    expect(items.cod).toMatchObject({ limit: null, meetsTarget: null, exceedance: null })
  })

  it('judges the reference indicators against the target too', () => {
    const evaluation = evaluateSurfaceWater({ waterbody: 'lake', values: { tn: 1.5, fecal_coliform: 5000 }, targetClass: 'III' })
    expect(evaluation.reference.tn).toMatchObject({ class: 'IV', limit: 1.0, meetsTarget: false })
    expect(evaluation.reference.tn?.exceedance).toBeCloseTo(0.5, 12)
    expect(evaluation.reference.fecal_coliform).toMatchObject({ class: 'III', limit: 10000, meetsTarget: true, exceedance: 0 })
  })
})
