import { surfaceWaterItems } from '../standards/surface-water'
import { AGRICULTURAL_SOIL_ITEMS } from '../standards/agricultural-soil'

/** A parameter a lab or a field meter reports, with the units results are stored in. */
export interface Parameter {
  key: string
  nameZh: string
  /**
   * Canonical units: one per kind of matrix the parameter is measured in,
   * e.g. Cd in mg/L (water, GB 3838) and mg/kg (soil, GB 15618).
   */
  units: string[]
}

/** Field measurements GB 3838 has no row for, in the units field meters show. */
const FIELD_ONLY: Parameter[] = [
  { key: 'conductivity', nameZh: '电导率', units: ['µS/cm'] },
  { key: 'turbidity', nameZh: '浊度', units: ['NTU'] },
  { key: 'transparency', nameZh: '透明度', units: ['cm'] }
]

// GB 3838's reference spells the pH unit for people; results store the bare unit.
const storedUnit = (unit: string) => (unit.startsWith('无量纲') ? '无量纲' : unit)

function catalogue(): Map<string, Parameter> {
  const byKey = new Map<string, Parameter>()
  const add = (key: string, nameZh: string, unit: string) => {
    const known = byKey.get(key)
    if (!known) byKey.set(key, { key, nameZh, units: [unit] })
    else if (!known.units.includes(unit)) known.units.push(unit)
  }
  for (const item of surfaceWaterItems('lake')) add(item.key, item.nameZh, storedUnit(item.unit))
  for (const item of AGRICULTURAL_SOIL_ITEMS) add(item.key, item.nameZh, 'mg/kg')
  add('ph', 'pH值', '无量纲')
  for (const p of FIELD_ONLY) add(p.key, p.nameZh, p.units[0]!)
  return byKey
}

const PARAMETERS = catalogue()

/**
 * The parameter with this key: a GB 3838-2002 Table 1 key, a GB 15618-2018
 * key, or a field measurement (`conductivity`, `turbidity`, `transparency`).
 */
export function findParameter(key: string): Parameter | undefined {
  return PARAMETERS.get(key)
}

/** Every parameter, for the result entry form's list. */
export function listParameters(): Parameter[] {
  return [...PARAMETERS.values()]
}
