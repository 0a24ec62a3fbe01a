import { parseArgs } from 'node:util'
import { openCore, type Core } from '../core/core'
import { resolveDataDir } from '../core/data-folder'
import { dispatch } from '../core/handler-table'
import { cliPassword, cliSession } from './cli-session'
import { newSession } from '../core/call'
import { loadDemo } from '../core/demo/load-demo'
import { verifyCommand } from './verify'
import { verifiedPointsDir } from '../core/audit/verified-point'
import { progressBar } from './progress-bar'
import { replayDraw } from '../core/assignments/assignment.service'
import { evaluateCommand, UsageError } from './evaluate'
import { importResultsCommand } from './import-results'
import { backupCommand, restoreCommand } from './backup'
import { seedScaleCommand } from './seed-scale'
import { exportDocumentCommand, exportListCommand } from './export-files'
import { exportPackageCommand, importPackageCommand, pairAddCommand, pairShowCommand } from './exchange'
import { helpEn, helpZh } from './cli-help'
import { chooseCliLanguage, cliFailure, cliLanguage, cliReply } from './cli-language'
import { cliWords } from './cli-words'

const help = () => (cliLanguage() === 'en' ? helpEn : helpZh)
async function withCore<T>(dataDir: string, work: (core: Core) => Promise<T>): Promise<T> {
  const core = await openCore({ dataDir })
  try {
    return await work(core)
  } finally {
    await core.close()
  }
}

function readArgs(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        data: { type: 'string' },
        as: { type: 'string' },
        fingerprint: { type: 'string' },
        full: { type: 'boolean' },
        integrity: { type: 'boolean' },
        document: { type: 'string' },
        out: { type: 'string' },
        replace: { type: 'boolean', default: false },
        standard: { type: 'string' },
        waterbody: { type: 'string' },
        ph: { type: 'string' },
        'land-use': { type: 'string' },
        values: { type: 'string' },
        kind: { type: 'string' },
        id: { type: 'string' },
        format: { type: 'string' },
        list: { type: 'string' },
        scale: { type: 'string' },
        show: { type: 'boolean', default: false },
        add: { type: 'string' },
        name: { type: 'string' },
        expert: { type: 'string' },
        case: { type: 'string' },
        changes: { type: 'boolean', default: false },
        to: { type: 'string' },
        'receipt-out': { type: 'string' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      }
    })
  } catch (error) {
    // node:util reports a mistyped option in English only; say it in the CLI's language.
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS_')) return null
    throw error
  }
}

async function main(argv: string[]): Promise<number> {
  chooseCliLanguage(argv)
  const w = cliWords()
  const args = readArgs(argv)
  if (!args) {
    process.stderr.write(`${cliFailure(w.unrecognised(argv.join(' ')))}\n${help()}`)
    return 2
  }
  const { values, positionals } = args
  const [command, ...rest] = positionals
  if (values.help || !command) {
    process.stdout.write(help())
    return values.help ? 0 : 2
  }
  if (command === 'evaluate') {
    try {
      process.stdout.write(`${evaluateCommand(values)}\n`)
      return 0
    } catch (error) {
      if (!(error instanceof UsageError)) throw error
      process.stderr.write(cliFailure(error))
      return 2
    }
  }
  const dataDir = resolveDataDir(argv, null)

  switch (command) {
    case 'call': {
      const [channel, json = '{}'] = rest
      if (!channel) throw new Error(w.callNeedsChannel)
      let input: unknown
      try {
        input = JSON.parse(json)
      } catch {
        throw new Error(w.notJson(json))
      }
      return withCore(dataDir, async (core) => {
        const session = await cliSession(core, values.as)
        const reply = await dispatch(core, session, channel, input)
        process.stdout.write(`${JSON.stringify(cliReply(reply), null, 2)}\n`)
        return reply.ok ? 0 : 1
      })
    }
    case 'verify': {
      const { code, output } = await verifyCommand(dataDir, {
        fingerprint: values.fingerprint ?? null,
        document: values.document ?? null,
        full: values.full ?? false,
        integrity: values.integrity ?? false,
        stateDir: verifiedPointsDir(),
        progress: values.full ? progressBar() : undefined
      })
      ;(code === 2 ? process.stderr : process.stdout).write(output)
      return code
    }
    case 'backup': {
      const { code, output } = await backupCommand(dataDir, values.out)
      ;(code === 0 ? process.stdout : process.stderr).write(output)
      return code
    }
    case 'restore': {
      const { code, output } = await restoreCommand(rest[0], dataDir, values.replace)
      ;(code === 0 ? process.stdout : process.stderr).write(output)
      return code
    }
    case 'pair':
      if (values.show === (values.add !== undefined)) {
        process.stderr.write(cliFailure(w.pairUsage))
        return 2
      }
      return withCore(dataDir, async (core) => {
        const { code, output } = values.show ? await pairShowCommand(core, values.name) : await pairAddCommand(core, values.add!, values.as, values.expert)
        ;(code === 0 ? process.stdout : process.stderr).write(output)
        return code
      })
    case 'export-package':
      return withCore(dataDir, async (core) => {
        const { code, output } = await exportPackageCommand(core, { case: values.case, changes: values.changes, to: values.to, out: values.out, as: values.as })
        ;(code === 0 ? process.stdout : process.stderr).write(output)
        return code
      })
    case 'export-document':
      return withCore(dataDir, async (core) => {
        const { code, output } = await exportDocumentCommand(core, () => cliSession(core, values.as), values)
        ;(code === 0 ? process.stdout : process.stderr).write(output)
        return code
      })
    case 'export-list':
      return withCore(dataDir, async (core) => {
        const { code, output } = await exportListCommand(core, () => cliSession(core, values.as), values)
        ;(code === 0 ? process.stdout : process.stderr).write(output)
        return code
      })
    case 'import-package':
      return withCore(dataDir, async (core) => {
        const { code, output } = await importPackageCommand(core, rest[0], values.as, values['receipt-out'])
        ;(code === 1 ? process.stderr : process.stdout).write(output)
        return code
      })
    case 'setup':
      return withCore(dataDir, async (core) => {
        if (!values.as || !values.name) {
          process.stderr.write(cliFailure(w.setupUsage))
          return 2
        }
        const password = await cliPassword(values.as)
        const reply = await dispatch(core, newSession('cli'), 'session.setup', { username: values.as, displayName: values.name, password })
        if (!reply.ok) {
          process.stderr.write(cliFailure(reply.error))
          return 1
        }
        process.stdout.write(`${w.setupDone(values.as)}\n`)
        return 0
      })
    case 'demo':
      return withCore(dataDir, async (core) => {
        const loaded = await loadDemo(core)
        process.stdout.write(`${w.demoLoaded(loaded.experts, loaded.users, loaded.cases)}\n`)
        return 0
      })
    case 'seed-scale': {
      const { code, output } = await seedScaleCommand(dataDir, values.scale)
      ;(code === 0 ? process.stdout : process.stderr).write(output)
      return code
    }
    case 'import-results': {
      const [file] = rest
      if (!file) throw new Error(w.importNeedsFile)
      return withCore(dataDir, async (core) => {
        const { code, output } = await importResultsCommand(core, await cliSession(core, values.as), file)
        ;(code === 0 ? process.stdout : process.stderr).write(output)
        return code
      })
    }
    case 'replay-draw': {
      const [drawId] = rest
      if (!drawId) throw new Error(w.replayNeedsDraw)
      return withCore(dataDir, async (core) => {
        const replay = await replayDraw(core.db, drawId)
        const names = new Map(
          (await core.db.selectFrom('expert').select(['id', 'name']).where('id', 'in', [...replay.stored, ...replay.replayed]).execute()).map((e) => [e.id, e.name])
        )
        const list = (ids: string[]) => w.list(ids.map((id) => w.expertOf(names.get(id) ?? '?', id)))
        process.stdout.write(
          [
            w.draw(replay.drawId),
            w.algorithm(replay.algorithmVersion),
            w.seed(replay.seed),
            w.stored(list(replay.stored)),
            w.replayed(list(replay.replayed)),
            w.drawMatches(replay.matches),
            ''
          ].join('\n')
        )
        return replay.matches ? 0 : 1
      })
    }
    default:
      process.stderr.write(`${cliFailure(w.unknownCommand(command))}\n${help()}`)
      return 2
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(cliFailure(error))
    process.exit(1)
  }
)
