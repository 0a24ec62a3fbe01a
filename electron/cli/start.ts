import { spawn, spawnSync } from 'node:child_process'
import { join } from 'node:path'

/**
 * `npm start`: runs the built Electron app. Where the Electron runtime is not
 * installed and cannot be downloaded, says so in one line and opens the
 * browser preview instead, on the same data folder.
 */
const root = join(__dirname, '../..')
const electronPackage = join(root, 'node_modules/electron')
const passThrough = process.argv.slice(2)

const install = spawnSync(process.execPath, [join(electronPackage, 'install.js')], { stdio: 'pipe', timeout: 180_000 })
if (install.status === 0) {
  // The electron package's main is CommonJS that exports the binary's path; it is resolved only once installed.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const electronBinary = require(electronPackage) as string
  const child = spawn(electronBinary, [root, ...passThrough], { stdio: 'inherit' })
  child.on('exit', (code) => process.exit(code ?? 0))
} else {
  process.stdout.write(
    'Electron 运行时未安装且无法下载（受限网络可设置 ELECTRON_MIRROR 指向镜像后重试），现改为启动浏览器预览。\n'
  )
  const preview = spawn(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'electron/preview/index.ts'), ...passThrough], {
    stdio: 'inherit'
  })
  preview.on('exit', (code) => process.exit(code ?? 0))
}
