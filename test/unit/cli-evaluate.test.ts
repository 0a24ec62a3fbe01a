import { describe, expect, it } from 'vitest'
import { runCli } from '../support/compiled-cli'

/** Runs the admin CLI as a user would, with no data folder anywhere in sight. */
function cli(...args: string[]) {
  const env = { ...process.env }
  delete env.ECOCASE_DATA_DIR
  return runCli(args, { env })
}

describe('cli evaluate', () => {
  it('evaluates river water against GB 3838-2002', () => {
    const run = cli('evaluate', '--standard', 'gb3838', '--waterbody', 'river', '--values', '{"cod":25,"nh3_n":0.8}')
    expect(run).toEqual({ code: 0, stdout: '{"class":"IV","deciding":["cod"],"items":{"cod":"IV","nh3_n":"III"}}\n', stderr: '' })
  }, 20_000)

  it('evaluates farmland soil against GB 15618-2018', () => {
    const run = cli('evaluate', '--standard', 'gb15618', '--ph', '6.8', '--land-use', 'other', '--values', '{"cd":0.35}')
    expect(run.stdout).toBe('{"overall":"above_screening","items":{"cd":{"category":"above_screening","screening":0.3,"intervention":3}}}\n')
    expect(run.code).toBe(0)
  }, 20_000)

  it('takes a below-detection result with its unit', () => {
    const values = JSON.stringify({ hg: { value: 0.02, qualifier: '<', detectionLimit: 0.02, unit: 'µg/L' }, tp: 0.06 })
    const run = cli('evaluate', '--standard', 'gb3838', '--waterbody', 'lake', '--values', values)
    expect(run.stdout).toBe('{"class":"IV","deciding":["tp"],"items":{"tp":"IV","hg":"I"}}\n')
  }, 20_000)

  it('refuses bad input with a Chinese message and exit code 2', () => {
    const missing = cli('evaluate', '--standard', 'gb3838', '--values', '{"cod":25}')
    expect(missing).toEqual({ code: 2, stdout: '', stderr: '错误：GB 3838 评价须给出 --waterbody river（河流）或 lake（湖泊、水库、池塘）\n' })
    const badJson = cli('evaluate', '--standard', 'gb15618', '--ph', '6.8', '--land-use', 'paddy', '--values', '{cd:1}')
    expect(badJson).toMatchObject({ code: 2, stderr: '错误：--values 不是有效的 JSON：{cd:1}\n' })
    const badPh = cli('evaluate', '--standard', 'gb15618', '--ph', '15', '--land-use', 'paddy', '--values', '{"cd":1}')
    expect(badPh).toMatchObject({ code: 2, stderr: '错误：pH 值无效：15\n' })
  }, 30_000)
})
