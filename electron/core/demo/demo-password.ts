/**
 * The one password of every demo account, documented in README so the demo
 * stays easy to try; a real court's accounts get their own at the first run.
 */
export const demoPassword = 'ecocase-demo'
