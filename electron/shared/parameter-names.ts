/**
 * The names of the parameters a result or an evaluation names, keyed by the
 * codes core sends (GB 3838-2002 Table 1 keys, GB 15618-2018 keys, field
 * measurements), in the standards' own Chinese wording and in English. The
 * renderer's strings (src/standards/) and the catalog's `parameter_…`
 * reasons both name parameters from here.
 */
const zh = {
  water_temperature: '水温',
  ph: 'pH值',
  do: '溶解氧',
  codmn: '高锰酸盐指数',
  cod: '化学需氧量(COD)',
  bod5: '五日生化需氧量(BOD5)',
  nh3_n: '氨氮(NH3-N)',
  tp: '总磷(以P计)',
  tn: '总氮(湖、库，以N计)',
  cu: '铜',
  zn: '锌',
  fluoride: '氟化物(以F-计)',
  se: '硒',
  as: '砷',
  hg: '汞',
  cd: '镉',
  cr6: '铬(六价)',
  cr: '铬',
  ni: '镍',
  pb: '铅',
  cyanide: '氰化物',
  volatile_phenol: '挥发酚',
  petroleum: '石油类',
  anionic_surfactant: '阴离子表面活性剂',
  sulfide: '硫化物',
  fecal_coliform: '粪大肠菌群',
  hch_total: '六六六总量',
  ddt_total: '滴滴涕总量',
  bap: '苯并[a]芘',
  conductivity: '电导率',
  turbidity: '浊度',
  transparency: '透明度'
}

export type ParameterKey = keyof typeof zh

export const parameterNames = {
  zh,
  en: {
    water_temperature: 'Water temperature',
    ph: 'pH',
    do: 'Dissolved oxygen',
    codmn: 'Permanganate index',
    cod: 'Chemical oxygen demand (COD)',
    bod5: 'Five-day biochemical oxygen demand (BOD5)',
    nh3_n: 'Ammonia nitrogen (NH3-N)',
    tp: 'Total phosphorus (as P)',
    tn: 'Total nitrogen (lakes and reservoirs, as N)',
    cu: 'Copper',
    zn: 'Zinc',
    fluoride: 'Fluoride (as F-)',
    se: 'Selenium',
    as: 'Arsenic',
    hg: 'Mercury',
    cd: 'Cadmium',
    cr6: 'Chromium (hexavalent)',
    cr: 'Chromium',
    ni: 'Nickel',
    pb: 'Lead',
    cyanide: 'Cyanide',
    volatile_phenol: 'Volatile phenols',
    petroleum: 'Petroleum',
    anionic_surfactant: 'Anionic surfactants',
    sulfide: 'Sulfide',
    fecal_coliform: 'Fecal coliforms',
    hch_total: 'Total HCH',
    ddt_total: 'Total DDT',
    bap: 'Benzo[a]pyrene',
    conductivity: 'Conductivity',
    turbidity: 'Turbidity',
    transparency: 'Transparency'
  } satisfies Record<ParameterKey, string>
}

/** A parameter as a reason's parameter: its catalog name, or its code where the catalog names none (a key added later). */
export function parameterPart(key: string): [{ reason: `parameter_${ParameterKey}` }] | string {
  return Object.hasOwn(zh, key) ? [{ reason: `parameter_${key as ParameterKey}` }] : key
}

/** The parameter names as reasons of the catalog, spread into `errorReasons`. */
export const parameterReasons = Object.fromEntries(
  (Object.keys(zh) as ParameterKey[]).map((key) => [`parameter_${key}`, { zh: parameterNames.zh[key], en: parameterNames.en[key] }])
) as { [K in ParameterKey as `parameter_${K}`]: { zh: string; en: string } }
