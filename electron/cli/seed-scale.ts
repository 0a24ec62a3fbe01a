import { openCore } from '../core/core'
import { seedScale, type Scale } from '../core/scale/seed-scale'
import { cliFailure } from './cli-language'
import { cliWords } from './cli-words'

/**
 * `seed-scale --scale province|county`: fills an empty data folder with the
 * volume of issue 15 and reports how long it took and what it wrote.
 */
export async function seedScaleCommand(dataDir: string, scale: string | undefined): Promise<{ code: number; output: string }> {
  const w = cliWords()
  if (scale !== 'province' && scale !== 'county') return { code: 2, output: cliFailure(w.seedUsage) }
  const core = await openCore({ dataDir })
  try {
    const report = await seedScale(core, scale as Scale, { progress: (line) => process.stderr.write(`${line}\n`) })
    const rows = Object.entries(report.rows)
      .map(([table, n]) => `  ${table}: ${n}`)
      .join('\n')
    return {
      code: 0,
      output: `${w.seeded(w.scale[scale], report.seconds.toFixed(1), report.events)}\n${rows}\n`
    }
  } finally {
    await core.close()
  }
}
