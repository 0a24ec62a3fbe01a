import { readFileSync, renameSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { resolve } from 'node:path'
import { defineConfig, type Plugin } from 'vite'

const outDir = resolve(import.meta.dirname, 'out/cli')
const bundleName = 'ecocase-cli.js'
const partialName = `ecocase-cli.${process.pid}.partial.js`

/**
 * The bundle is written under a temporary name and renamed into place, so a
 * test spawning the CLI while another rebuilds it reads either the old file or
 * the new one, never half of one.
 */
const atomicOutput: Plugin = {
  name: 'ecocase-cli-output',
  generateBundle() {
    // The launcher: compile cache on, and a stale bundle rebuilt in a source checkout.
    this.emitFile({ type: 'asset', fileName: 'index.js', source: readFileSync(resolve(import.meta.dirname, 'electron/cli/launcher.cjs'), 'utf8') })
  },
  writeBundle: () => renameSync(resolve(outDir, partialName), resolve(outDir, bundleName))
}

/**
 * The admin CLI as compiled CommonJS for Node 22, built with the rest of the
 * app (`npm run build`), so TypeScript is no longer compiled at every start
 * (issue 15). Everything is bundled except the native better-sqlite3, which
 * loads its own Node-API binary.
 */
export default defineConfig({
  root: import.meta.dirname,
  logLevel: 'warn',
  publicDir: false,
  plugins: [atomicOutput],
  ssr: { noExternal: true, external: ['better-sqlite3'] },
  build: {
    ssr: resolve(import.meta.dirname, 'electron/cli/index.ts'),
    outDir,
    emptyOutDir: false,
    target: 'node22',
    minify: false,
    sourcemap: false,
    reportCompressedSize: false,
    rollupOptions: {
      external: ['better-sqlite3', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
      output: { format: 'cjs', entryFileNames: partialName, codeSplitting: false }
    }
  }
})
