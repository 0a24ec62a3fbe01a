import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { contentSecurityPolicy } from './electron/shared/content-security-policy'

/** The one CSP, written into the page so it also holds for file:// loads in Electron. */
const cspMeta: Plugin = {
  name: 'ecocase-csp',
  transformIndexHtml: () => [
    { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy }, injectTo: 'head-prepend' }
  ]
}

// ESM-only packages are bundled into the CommonJS main process; only the
// native better-sqlite3 stays external (it loads its own Node-API binary).
const bundledDeps = ['kysely', 'zod', 'uuid', 'csv-parse', 'canonicalize']

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      externalizeDeps: { exclude: bundledDeps },
      rollupOptions: { input: { index: resolve(__dirname, 'electron/main/index.ts') } }
    }
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: { input: { index: resolve(__dirname, 'electron/preload/index.ts') } }
    }
  },
  renderer: {
    root: resolve(__dirname, 'src'),
    base: './',
    plugins: [react(), cspMeta],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'src/index.html') } }
    }
  }
})
