import { describe, it, expect } from 'vitest'
import {
  AGRICULTURAL_SOIL_ITEMS,
  PH_BANDS,
  compactAgriculturalSoil,
  evaluateAgriculturalSoil,
  phBand,
  soilLimitsFor,
  type LandUse,
  type SoilCategory
} from '../../../electron/core/standards/agricultural-soil'
import type { Measured } from '../../../electron/core/standards/measured'

// GB 15618-2018 typed in by hand, not read from the reference file the
// implementation uses. Values per pH band: ≤5.5, 5.5–6.5, 6.5–7.5, >7.5 (mg/kg).
const SCREENING: Record<string, Record<LandUse, number[]>> = {
  cd: { paddy: [0.3, 0.4, 0.6, 0.8], orchard: [0.3, 0.3, 0.3, 0.6], other: [0.3, 0.3, 0.3, 0.6] },
  hg: { paddy: [0.5, 0.5, 0.6, 1.0], orchard: [1.3, 1.8, 2.4, 3.4], other: [1.3, 1.8, 2.4, 3.4] },
  as: { paddy: [30, 30, 25, 20], orchard: [40, 40, 30, 25], other: [40, 40, 30, 25] },
  pb: { paddy: [80, 100, 140, 240], orchard: [70, 90, 120, 170], other: [70, 90, 120, 170] },
  cr: { paddy: [250, 250, 300, 350], orchard: [150, 150, 200, 250], other: [150, 150, 200, 250] },
  // Copper splits orchard from the rest: a paddy uses the "other" column.
  cu: { paddy: [50, 50, 100, 100], orchard: [150, 150, 200, 200], other: [50, 50, 100, 100] },
  ni: { paddy: [60, 70, 100, 190], orchard: [60, 70, 100, 190], other: [60, 70, 100, 190] },
  zn: { paddy: [200, 200, 250, 300], orchard: [200, 200, 250, 300], other: [200, 200, 250, 300] },
  hch_total: { paddy: [0.1, 0.1, 0.1, 0.1], orchard: [0.1, 0.1, 0.1, 0.1], other: [0.1, 0.1, 0.1, 0.1] },
  ddt_total: { paddy: [0.1, 0.1, 0.1, 0.1], orchard: [0.1, 0.1, 0.1, 0.1], other: [0.1, 0.1, 0.1, 0.1] },
  bap: { paddy: [0.55, 0.55, 0.55, 0.55], orchard: [0.55, 0.55, 0.55, 0.55], other: [0.55, 0.55, 0.55, 0.55] }
}
const INTERVENTION: Record<string, number[] | null> = {
  cd: [1.5, 2.0, 3.0, 4.0],
  hg: [2.0, 2.5, 4.0, 6.0],
  as: [200, 150, 120, 100],
  pb: [400, 500, 700, 1000],
  cr: [800, 850, 1000, 1300],
  cu: null,
  ni: null,
  zn: null,
  hch_total: null,
  ddt_total: null,
  bap: null
}
// One pH inside each band, and each band's upper edge.
const BAND_PH = [
  [5.0, 5.5],
  [6.0, 6.5],
  [7.0, 7.5],
  [8.2, 14]
]
const LAND_USES: LandUse[] = ['paddy', 'orchard', 'other']

const CELLS = Object.entries(SCREENING).flatMap(([key, byLandUse]) =>
  LAND_USES.flatMap((landUse) =>
    BAND_PH.map((phs, band) => ({
      key,
      landUse,
      phs,
      screening: byLandUse[landUse][band],
      intervention: INTERVENTION[key]?.[band] ?? null
    }))
  )
)

function categoryOf(key: string, value: Measured, ph: number, landUse: LandUse): SoilCategory | null | undefined {
  return evaluateAgriculturalSoil({ ph, landUse, values: { [key]: value } }).items[key]?.category
}

describe('GB 15618-2018 Tables 1–3: every cell', () => {
  it('knows the eleven items of Tables 1 and 2 in table order', () => {
    expect(AGRICULTURAL_SOIL_ITEMS.map((item) => `${item.key}:${item.table}`)).toEqual([
      'cd:1', 'hg:1', 'as:1', 'pb:1', 'cr:1', 'cu:1', 'ni:1', 'zn:1', 'hch_total:2', 'ddt_total:2', 'bap:2'
    ])
  })

  it.each(CELLS)('$key $landUse pH $phs.0/$phs.1: screening $screening, intervention $intervention', (cell) => {
    for (const ph of cell.phs) {
      expect(soilLimitsFor(cell.key, phBand(ph), cell.landUse)).toEqual({
        screening: cell.screening,
        intervention: cell.intervention
      })
      expect(categoryOf(cell.key, cell.screening, ph, cell.landUse)).toBe('below_screening')
      expect(categoryOf(cell.key, cell.screening * 1.001, ph, cell.landUse)).toBe('above_screening')
      if (cell.intervention === null) {
        expect(categoryOf(cell.key, cell.screening * 1000, ph, cell.landUse)).toBe('above_screening')
      } else {
        expect(categoryOf(cell.key, cell.intervention, ph, cell.landUse)).toBe('above_screening')
        expect(categoryOf(cell.key, cell.intervention * 1.001, ph, cell.landUse)).toBe('above_intervention')
      }
    }
  })

  it('reports the limits used with each item', () => {
    const evaluation = evaluateAgriculturalSoil({ ph: 8, landUse: 'paddy', values: { as: 21, zn: 120 } })
    expect(evaluation.items).toEqual({
      as: { category: 'above_screening', screening: 20, intervention: 100, value: 21, qualifier: null, detectionLimit: null },
      zn: { category: 'below_screening', screening: 300, intervention: null, value: 120, qualifier: null, detectionLimit: null }
    })
    expect(evaluation).toMatchObject({ overall: 'above_screening', phBand: 'pH>7.5', landUse: 'paddy' })
  })

  it('refuses a key that GB 15618 does not have', () => {
    expect(() => soilLimitsFor('cr6', 'pH<=5.5', 'other')).toThrow('GB 15618-2018 无此项目：cr6')
  })
})

describe('pH bands', () => {
  it.each([
    [0, 'pH<=5.5'],
    [5.5, 'pH<=5.5'],
    [5.50001, '5.5<pH<=6.5'],
    [6.5, '5.5<pH<=6.5'],
    [6.50001, '6.5<pH<=7.5'],
    [7.5, '6.5<pH<=7.5'],
    [7.50001, 'pH>7.5'],
    [14, 'pH>7.5']
  ])('pH %f is in band %s', (ph, band) => {
    expect(phBand(ph)).toBe(band)
  })

  it('lists the four bands in order', () => {
    expect(PH_BANDS).toEqual(['pH<=5.5', '5.5<pH<=6.5', '6.5<pH<=7.5', 'pH>7.5'])
  })

  it('changes the paddy Cd screening value exactly at 5.5, 6.5 and 7.5', () => {
    const screening = (ph: number) => soilLimitsFor('cd', phBand(ph), 'paddy').screening
    expect([5.5, 5.51, 6.5, 6.51, 7.5, 7.51].map(screening)).toEqual([0.3, 0.4, 0.4, 0.6, 0.6, 0.8])
  })

  it.each([-0.1, 14.1, Number.NaN])('refuses pH %f', (ph) => {
    expect(() => evaluateAgriculturalSoil({ ph, landUse: 'other', values: { cd: 0.1 } })).toThrow('pH 值无效')
  })
})

describe('land use', () => {
  it('Cd at pH 6.8: 0.35 is below screening for a paddy, above it for other land and orchards', () => {
    expect(categoryOf('cd', 0.35, 6.8, 'paddy')).toBe('below_screening')
    expect(categoryOf('cd', 0.35, 6.8, 'other')).toBe('above_screening')
    expect(categoryOf('cd', 0.35, 6.8, 'orchard')).toBe('above_screening')
  })

  it('Cu 120 at pH 6: above screening for a paddy, below it for an orchard', () => {
    expect(categoryOf('cu', 120, 6, 'paddy')).toBe('above_screening')
    expect(categoryOf('cu', 120, 6, 'orchard')).toBe('below_screening')
  })
})

describe('overall category', () => {
  it('prints the CLI example in compact form', () => {
    const evaluation = evaluateAgriculturalSoil({ ph: 6.8, landUse: 'other', values: { cd: 0.35 } })
    expect(JSON.stringify(compactAgriculturalSoil(evaluation))).toBe(
      '{"overall":"above_screening","items":{"cd":{"category":"above_screening","screening":0.3,"intervention":3}}}'
    )
  })

  it('is the worst item category', () => {
    const evaluation = evaluateAgriculturalSoil({
      ph: 7,
      landUse: 'other',
      values: { zn: 100, cd: 0.35, pb: 800 }
    })
    expect(evaluation.overall).toBe('above_intervention')
    expect(Object.keys(evaluation.items)).toEqual(['cd', 'pb', 'zn'])
    expect(evaluateAgriculturalSoil({ ph: 7, landUse: 'other', values: { zn: 100, ni: 99 } }).overall).toBe(
      'below_screening'
    )
  })

  it('an item with no intervention value never goes above intervention', () => {
    expect(categoryOf('cu', 100000, 5, 'other')).toBe('above_screening')
    expect(categoryOf('bap', 55, 5, 'other')).toBe('above_screening')
  })

  it('reports unknown keys and has no overall without a known item', () => {
    const evaluation = evaluateAgriculturalSoil({ ph: 6, landUse: 'paddy', values: { cr6: 1, tph: 300 } })
    expect(evaluation).toMatchObject({ overall: null, items: {}, unknown: ['cr6', 'tph'] })
    expect(compactAgriculturalSoil(evaluation)).toEqual({ overall: null, items: {}, unknown: ['cr6', 'tph'] })
  })
})

describe('below the detection limit', () => {
  const below = (detectionLimit: number): Measured => ({ value: detectionLimit, qualifier: '<', detectionLimit })

  it('is below screening when the detection limit is at or under the screening value', () => {
    expect(categoryOf('cd', below(0.1), 6.8, 'other')).toBe('below_screening')
    expect(categoryOf('cd', below(0.3), 6.8, 'other')).toBe('below_screening')
  })

  it('proves nothing when the detection limit is above the screening value, and is set aside', () => {
    const evaluation = evaluateAgriculturalSoil({ ph: 6.8, landUse: 'other', values: { cd: below(0.5), pb: 30 } })
    expect(evaluation.items.cd.category).toBeNull()
    expect(evaluation.indeterminate).toEqual(['cd'])
    expect(evaluation.overall).toBe('below_screening')
  })

  it('never reaches above_intervention, however high the bound', () => {
    expect(categoryOf('cd', below(50), 6.8, 'other')).toBeNull()
  })
})
