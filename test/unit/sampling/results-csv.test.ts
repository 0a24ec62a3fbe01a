import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { isErrorReason, partText, reasonText } from '../../../electron/shared/errors'
import { expertImportColumns } from '../../../electron/shared/experts'
import { LAB_RESULT_COLUMNS, parseLabResultsCsv } from '../../../electron/core/sampling/results-csv'
import { parseShanghaiDateTime } from '../../../electron/shared/shanghai-time'
/** The rows' problems as the CLI reports them: line and Chinese words (the words come from each problem's reason). */
const chinese = (errors: readonly { line: number; reason: string }[]) => errors.map(({ line, reason }) => ({ line, reason }))

const HEADER = 'sample_code,parameter,value,qualifier,unit,detection_limit,method,lab,report_number,analysed_at'
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n')
const row = (over: Partial<Record<string, string>> = {}) => {
  const cells = {
    sample_code: 'C1-SW-001',
    parameter: 'cod',
    value: '25',
    qualifier: '',
    unit: 'mg/L',
    detection_limit: '4',
    method: 'HJ 828-2017',
    lab: '漳州市环境监测站',
    report_number: 'R-1',
    analysed_at: '2020-05-12 14:30',
    ...over
  }
  return Object.values(cells).join(',')
}

describe('lab-results CSV', () => {
  it('lists a value or detection limit too large for a number (1e999) with its reason instead of dropping the row', () => {
    const parsed = parseLabResultsCsv(csv(row(), row({ value: '1e999', report_number: 'R-2' }), row({ detection_limit: '1e999', value: '5', report_number: 'R-3' })))
    expect(parsed.rows).toEqual([])
    expect(chinese(parsed.errors)).toEqual([
      { line: 3, reason: '测定值超出可记录的数值范围：“1e999”' },
      { line: 4, reason: '检出限须为大于 0 的数字：“1e999”' }
    ])
  })

  it('reads the template shipped to labs without a single error', () => {
    const parsed = parseLabResultsCsv(readFileSync('resources/templates/lab-results-template.csv'))
    expect(parsed.errors).toEqual([])
    expect(parsed.rows.map((r) => [r.sampleCode, r.parameterKey, r.value, r.unit])).toEqual([
      ['2020-0626-123-SW-001', 'cod', 25, 'mg/L'],
      ['2020-0626-123-SW-001', 'nh3_n', 0.82, 'mg/L'],
      ['2020-0626-123-SW-001', 'hg', 0.00004, 'mg/L'],
      ['2020-0626-123-SO-001', 'cd', 0.35, 'mg/kg']
    ])
  })

  it('stores the Beijing analysis time as UTC and keeps what the lab wrote', () => {
    const [r] = parseLabResultsCsv(csv(row({ value: '5', unit: 'µg/L', detection_limit: '1', parameter: 'pb' }))).rows
    expect(r).toEqual({
      line: 2,
      sampleCode: 'C1-SW-001',
      parameterKey: 'pb',
      value: 0.005,
      qualifier: null,
      detectionLimit: 0.001,
      unit: 'mg/L',
      reported: { value: '5', unit: 'µg/L', detectionLimit: '1' },
      method: 'HJ 828-2017',
      lab: '漳州市环境监测站',
      reportNumber: 'R-1',
      analysedAt: '2020-05-12T06:30:00.000Z'
    })
  })

  it('accepts Chinese headers in any order, with a BOM', () => {
    const text = '\uFEFF分析时间,样品编号,检测项目,测定值,单位,检测机构,报告编号\n2020-05-12 08:00,c1-so-001,CD,0.35,mg/kg,某检测公司,R-2\n'
    const parsed = parseLabResultsCsv(Buffer.from(text, 'utf8'))
    expect(parsed.errors).toEqual([])
    expect(parsed.rows[0]).toMatchObject({ sampleCode: 'C1-SO-001', parameterKey: 'cd', value: 0.35, unit: 'mg/kg', analysedAt: '2020-05-12T00:00:00.000Z' })
  })

  it('reads a GB18030 file as Excel on a Chinese Windows saves it', () => {
    const parsed = parseLabResultsCsv(readFileSync('test/unit/fixtures/lab-results-gb18030.csv'))
    expect(parsed.errors).toEqual([])
    expect(parsed.rows[0]).toMatchObject({ parameterKey: 'cod', method: '重铬酸盐法', lab: '漳州市环境监测站' })
  })

  it('reads below-detection results written as "<0.04" or "0.04L"', () => {
    const parsed = parseLabResultsCsv(
      csv(row({ parameter: 'hg', value: '<0.04', unit: 'ug/L', detection_limit: '' }), row({ parameter: 'as', value: '0.3L', unit: 'µg/L', detection_limit: '0.3' }))
    )
    expect(parsed.errors).toEqual([])
    expect(parsed.rows.map((r) => [r.qualifier, r.value, r.detectionLimit])).toEqual([
      ['<', 0.00004, null],
      ['<', 0.0003, 0.0003]
    ])
  })

  it('reports every bad row by line and reason, and then returns no rows at all', () => {
    const parsed = parseLabResultsCsv(
      csv(
        row(),
        row({ parameter: 'codd' }),
        row({ value: '2,5' }),
        row({ value: 'ND' }),
        row({ qualifier: '>' }),
        row({ unit: 'mg/kg', parameter: 'nh3_n' }),
        row({ value: '1', detection_limit: '4' }),
        row({ analysed_at: '2020-02-30 10:00' }),
        row({ lab: '', report_number: '' }),
        row({ parameter: 'cod', unit: 'g/L' }),
        row({ value: '-1', detection_limit: '' }),
        row()
      )
    )
    expect(parsed.rows).toEqual([])
    expect(chinese(parsed.errors)).toEqual([
      { line: 3, reason: '未知的检测项目：codd（请使用 GB 3838 或 GB 15618 的项目代码，如 cod、nh3_n、cd）' },
      { line: 4, reason: '该行有 11 列，表头有 10 列' },
      { line: 5, reason: '测定值“ND”：未检出请在限定符列填“<”，测定值填检出限数值' },
      { line: 6, reason: '限定符只能为空或“<”（低于检出限），不能是“>”' },
      { line: 7, reason: '单位“mg/kg”不适用于项目 nh3_n（氨氮(NH3-N)），应为 mg/L 或可换算的单位' },
      { line: 8, reason: '测定值 1 低于检出限 4，限定符应为“<”' },
      { line: 9, reason: '分析时间格式不正确：“2020-02-30 10:00”（应为 YYYY-MM-DD HH:mm 北京时间，或带时区的 ISO 时间）' },
      { line: 10, reason: '检测机构为空' },
      { line: 10, reason: '报告编号为空' },
      { line: 11, reason: '单位“g/L”不适用于项目 cod（化学需氧量(COD)），应为 mg/L 或可换算的单位' },
      { line: 12, reason: '化学需氧量(COD)的测定值不能为负数：-1 mg/L' },
      { line: 13, reason: '与第 2 行重复（同一样品、项目、报告编号和分析时间）' }
    ])
  })

  it('checks the header before any row', () => {
    expect(chinese(parseLabResultsCsv('sample_code,parameter,value,颜色\nA,cod,1,红').errors)).toEqual([
      { line: 1, reason: '无法识别的列名：“颜色”' },
      { line: 1, reason: '缺少必需的列：单位（unit）' },
      { line: 1, reason: '缺少必需的列：检测机构（lab）' },
      { line: 1, reason: '缺少必需的列：报告编号（report_number）' },
      { line: 1, reason: '缺少必需的列：分析时间（analysed_at）' }
    ])
    expect(chinese(parseLabResultsCsv('').errors)).toEqual([{ line: 1, reason: '文件为空：缺少表头行' }])
    expect(chinese(parseLabResultsCsv(HEADER).errors)).toEqual([{ line: 1, reason: '文件只有表头，没有结果行' }])
    expect(chinese(parseLabResultsCsv(`${HEADER}\n"C1,cod`).errors)).toEqual([{ line: 2, reason: 'CSV 格式错误：引号未闭合' }])
  })

  it('gives each problem as a reason with the facts of its row, worded in English from them', () => {
    const parsed = parseLabResultsCsv(
      csv(row({ parameter: 'codd' }), row({ value: 'ND' }), row({ unit: 'mg/kg', parameter: 'nh3_n' }), row({ lab: '' }), row({ value: '-1', detection_limit: '' }), row({ value: '1', lab: '实验\u0000室' }))
    )
    expect(parsed.errors.map((e) => e.problem.reason)).toEqual([
      'import_parameter_unknown',
      'import_value_not_detected',
      'unit_not_for_parameter',
      'import_cell_empty',
      'measured_value_negative',
      'import_cell_control'
    ])
    expect(parsed.errors.map((e) => partText(e.problem, 'en'))).toEqual([
      'Unknown parameter “codd” (use a GB 3838 or GB 15618 parameter code, such as cod, nh3_n, cd)',
      'Value “ND”: for not detected, put “<” in the qualifier column and the detection limit as the value',
      'The unit “mg/kg” does not fit the parameter nh3_n (Ammonia nitrogen (NH3-N)): use mg/L or a unit that converts to it',
      'Laboratory is empty',
      'The value of Chemical oxygen demand (COD) cannot be negative: -1 mg/L',
      'Column 8 “lab”: Cannot contain control characters (such as NUL)'
    ])
    for (const e of parsed.errors) expect(partText(e.problem, 'zh')).toBe(e.reason)
  })

  it('names every column of both import files in the catalog, in Chinese as the header of the file', () => {
    for (const column of [...LAB_RESULT_COLUMNS, ...expertImportColumns]) {
      const reason = `import_column_${column.key}`
      expect(isErrorReason(reason), reason).toBe(true)
      expect(reasonText(reason, undefined, 'zh')).toBe(column.zh)
    }
  })

  it('refuses an analysis time in the future when told the time', () => {
    const parsed = parseLabResultsCsv(csv(row({ analysed_at: '2030-01-01 08:00' })), { now: new Date('2026-03-02T00:00:00Z') })
    expect(chinese(parsed.errors)).toEqual([{ line: 2, reason: '分析时间 2030-01-01 08:00 晚于当前时间' }])
  })
})

describe('Beijing date-times', () => {
  it.each([
    ['2020-05-12 14:30', '2020-05-12T06:30:00.000Z'],
    ['2020/5/2 9:05', '2020-05-02T01:05:00.000Z'],
    ['2020-05-12T14:30:15', '2020-05-12T06:30:15.000Z'],
    ['2020-05-12T06:30:00Z', '2020-05-12T06:30:00.000Z'],
    ['2020-05-12T14:30:00+08:00', '2020-05-12T06:30:00.000Z'],
    ['2020-05-12T01:30:00-0500', '2020-05-12T06:30:00.000Z'],
    ['2020-05-12', null],
    ['2020-13-01 00:00', null],
    ['2020-05-12 24:00', null],
    ['2021-02-29 10:00', null],
    ['yesterday', null]
  ])('%s -> %s', (text, iso) => {
    expect(parseShanghaiDateTime(text)).toBe(iso)
  })
})
