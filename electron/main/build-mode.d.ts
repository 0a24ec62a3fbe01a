// What Vite (electron-vite) writes into the main bundle at build time.
interface ImportMetaEnv {
  readonly PROD: boolean
  readonly DEV: boolean
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}
