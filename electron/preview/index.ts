import { parseArgs } from 'node:util'
import { resolve } from 'node:path'
import { openCore } from '../core/core'
import { startBackupSchedule } from '../core/backups/backup-schedule'
import { defaultUserDataDir, resolveDataDir } from '../core/data-folder'
import { startPreviewServer } from './preview-server'

/**
 * `npm run preview -- --port N --data DIR`: serves the built renderer and the
 * handler table on 127.0.0.1 and prints one line with the url (and token).
 */
async function main(argv: string[]) {
  const { values } = parseArgs({ args: argv, options: { port: { type: 'string', default: '0' }, data: { type: 'string' } } })
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`端口无效：${values.port}`)
  const dataDir = resolveDataDir(argv, defaultUserDataDir())
  const core = await openCore({ dataDir })
  const stopBackups = startBackupSchedule(core)
  const preview = await startPreviewServer(core, resolve(__dirname, '../../out/renderer'), port)
  process.stdout.write(`EcoCase preview: ${preview.url}\n`)
  const stop = async () => {
    await preview.close()
    await stopBackups()
    await core.close()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`错误：${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
