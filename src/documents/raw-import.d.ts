/** Vite inlines a file imported with `?raw` as its text (the import templates travel inside the renderer bundle). */
declare module '*.csv?raw' {
  const text: string
  export default text
}
