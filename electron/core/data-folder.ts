import { homedir } from 'node:os'
import { join } from 'node:path'

/**
 * Where the data lives: `--data DIR` on the command line, else
 * `ECOCASE_DATA_DIR`, else the platform default the caller passes
 * (Electron's userData in the app).
 */
export function resolveDataDir(argv: readonly string[], fallback: string | null): string {
  const flag = argv.indexOf('--data')
  if (flag >= 0) {
    const dir = argv[flag + 1]
    if (!dir || dir.startsWith('--')) throw new Error('--data 之后须给出数据文件夹路径')
    return dir
  }
  const fromEnv = process.env.ECOCASE_DATA_DIR
  if (fromEnv) return fromEnv
  if (fallback) return fallback
  throw new Error('未指定数据文件夹：请使用 --data DIR 或设置 ECOCASE_DATA_DIR')
}

/**
 * Electron's userData folder for this app (`appData/EcoCase`), computed
 * without Electron so the browser preview opens the same data as the app.
 */
export function defaultUserDataDir(): string {
  const home = homedir()
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(home, 'AppData', 'Roaming'), appName)
  if (process.platform === 'darwin') return join(home, 'Library', 'Application Support', appName)
  return join(process.env.XDG_CONFIG_HOME ?? join(home, '.config'), appName)
}

export const appName = 'EcoCase'
