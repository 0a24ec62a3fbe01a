import { LAB_RESULT_COLUMNS } from './results-csv'

/**
 * The example rows of the results import template, for the Excel template
 * the import dialog offers; resources/templates/lab-results-template.csv
 * holds the same rows (a unit test keeps the two the same).
 */
export const labResultTemplateRows: string[][] = [
  ['2020-0626-123-SW-001', 'cod', '25', '', 'mg/L', '4', 'HJ 828-2017 重铬酸盐法', '漳州市环境监测站', 'ZJ-2020-0412', '2020-05-12 14:30'],
  ['2020-0626-123-SW-001', 'nh3_n', '0.82', '', 'mg/L', '0.025', 'HJ 535-2009 纳氏试剂分光光度法', '漳州市环境监测站', 'ZJ-2020-0412', '2020-05-12 10:00'],
  ['2020-0626-123-SW-001', 'hg', '0.04', '<', 'µg/L', '0.04', 'HJ 694-2014 原子荧光法', '漳州市环境监测站', 'ZJ-2020-0412', '2020-05-13 09:15'],
  ['2020-0626-123-SO-001', 'cd', '0.35', '', 'mg/kg', '0.01', 'GB/T 17141-1997 石墨炉原子吸收分光光度法', '漳州市环境监测站', 'ZJ-2020-0413', '2020-05-14 16:00']
]

/** The template's header: `样品编号(sample_code)`, as the CSV template writes it. */
export const labResultTemplateHeader: string[] = LAB_RESULT_COLUMNS.map((c) => `${c.zh}(${c.key})`)
