import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

const root = join(__dirname, '../..')

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sources(path)
    return /\.(ts|tsx)$/.test(name) ? [path] : []
  })
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  return [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => m[1] ?? m[2] ?? m[3]!
  )
}

function offenders(dir: string, rule: (specifier: string, file: string) => boolean) {
  return sources(join(root, dir)).flatMap((file) =>
    imports(file)
      .filter((specifier) => rule(specifier, file))
      .map((specifier) => `${relative(root, file)} imports ${specifier}`)
  )
}

describe('the layout shows where code runs', () => {
  it('nothing in electron/core or electron/shared imports electron', () => {
    const isElectron = (s: string) => s === 'electron' || s.startsWith('electron/')
    expect(offenders('electron/core', isElectron)).toEqual([])
    expect(offenders('electron/shared', isElectron)).toEqual([])
  })

  it('electron/shared imports nothing from Node, the DOM side or core', () => {
    expect(
      offenders('electron/shared', (s) => s.startsWith('node:') || s === 'better-sqlite3' || s.includes('/core/') || s.includes('/src/'))
    ).toEqual([])
  })

  it('the renderer reaches the app only through the contract', () => {
    expect(
      offenders('src', (s) => s.startsWith('node:') || s === 'electron' || s === 'better-sqlite3' || /electron\/(core|main|preload|preview|cli)\//.test(s))
    ).toEqual([])
  })

  it('better-sqlite3 is imported only by electron/core', () => {
    for (const dir of ['electron/main', 'electron/preload', 'electron/preview', 'electron/cli', 'electron/shared', 'src']) {
      expect(offenders(dir, (s) => s === 'better-sqlite3')).toEqual([])
    }
  })
})
