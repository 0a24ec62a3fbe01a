import { Spin } from 'antd'
import { Suspense } from 'react'
import { Outlet, useLocation } from 'react-router-dom'
import { PageErrorBoundary } from './PageErrorBoundary'

/**
 * Where a route's page renders: inside an error boundary (reset on every
 * move to another page) and a Suspense that waits for a lazy page's chunk.
 */
export function RouteOutlet() {
  const { pathname } = useLocation()
  return (
    <PageErrorBoundary key={pathname}>
      <Suspense fallback={<Spin style={{ margin: 64 }} />}>
        <Outlet />
      </Suspense>
    </PageErrorBoundary>
  )
}
