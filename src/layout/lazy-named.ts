import { lazy, type ComponentType, type LazyExoticComponent } from 'react'

/**
 * A component in a chunk of its own, loaded the first time it is shown (print
 * views, charts, the rarely used pages), so the first load stays small. Shown
 * inside a Suspense (every route's is in RouteOutlet).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any props: the component keeps its own type
export function lazyNamed<K extends string, C extends ComponentType<any>>(load: () => Promise<Record<K, C>>, name: K): LazyExoticComponent<C> {
  return lazy(async () => ({ default: (await load())[name] }))
}
