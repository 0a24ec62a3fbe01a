import { Spin } from 'antd'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { createHashRouter, Navigate, Route, RouterProvider, Routes } from 'react-router-dom'
import { AntdConfig } from './layout/AntdConfig'
import { CurrentUserProvider, useCurrentUser } from './session/CurrentUser'
import { FirstRunSetup, ForcedPasswordChange, LockScreen, RoleChoice, SignIn } from './session/SessionScreens'
import { AppLayout } from './layout/AppLayout'
import { RouteOutlet } from './layout/RouteOutlet'
import { lazyNamed } from './layout/lazy-named'

// Every page is a chunk of its own, loaded when first shown: the first load
// is the sign-in and the frame; print views and charts come only with theirs.
const ExpertsPage = lazyNamed(() => import('./experts/ExpertsPage'), 'ExpertsPage')
const CasesPage = lazyNamed(() => import('./cases/CasesPage'), 'CasesPage')
const CasePage = lazyNamed(() => import('./cases/CasePage'), 'CasePage')
const SamplingPage = lazyNamed(() => import('./sampling/SamplingPage'), 'SamplingPage')
const SamplePage = lazyNamed(() => import('./sampling/SamplePage'), 'SamplePage')
const OrdersPage = lazyNamed(() => import('./orders/OrdersPage'), 'OrdersPage')
const OrderPage = lazyNamed(() => import('./orders/OrderPage'), 'OrderPage')
const OverdueMilestonesPage = lazyNamed(() => import('./orders/OverdueMilestonesPage'), 'OverdueMilestonesPage')
const AssignmentNotice = lazyNamed(() => import('./cases/print/AssignmentNotice'), 'AssignmentNotice')
const OpinionPrint = lazyNamed(() => import('./opinions/OpinionPrint'), 'OpinionPrint')
const CollectionRecord = lazyNamed(() => import('./sampling/print/CollectionRecord'), 'CollectionRecord')
const CustodyRecord = lazyNamed(() => import('./sampling/print/CustodyRecord'), 'CustodyRecord')
const VisitLabels = lazyNamed(() => import('./sampling/print/SampleLabels'), 'VisitLabels')
const SampleLabel = lazyNamed(() => import('./sampling/print/SampleLabels'), 'SampleLabel')
const OrderSummaryPrint = lazyNamed(() => import('./orders/print/OrderSummaryPrint'), 'OrderSummaryPrint')
const OpinionPage = lazyNamed(() => import('./opinions/OpinionPage'), 'OpinionPage')
const VisitPage = lazyNamed(() => import('./sampling/VisitPage'), 'VisitPage')
const HomePage = lazyNamed(() => import('./home/HomePage'), 'HomePage')
const ExchangePage = lazyNamed(() => import('./exchange/ExchangePage'), 'ExchangePage')
const SettingsPage = lazyNamed(() => import('./settings/SettingsPage'), 'SettingsPage')

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } })

function Routed() {
  const { user, ready, session, choosingRole } = useCurrentUser()
  if (!ready) return <Spin style={{ margin: 64 }} />
  if (!user) return session?.firstRun ? <FirstRunSetup /> : <SignIn />
  if (session?.locked) return <LockScreen />
  if (session?.mustChangePassword) return <ForcedPasswordChange />
  if (choosingRole) return <RoleChoice />
  return (
    <Routes>
      <Route element={<RouteOutlet />}>
        <Route path="/print/assignment-notice/:caseId" element={<AssignmentNotice />} />
        <Route path="/print/opinion/:id" element={<OpinionPrint />} />
        <Route path="/print/collection-record/:visitId" element={<CollectionRecord />} />
        <Route path="/print/custody/:sampleId" element={<CustodyRecord />} />
        <Route path="/print/labels/visit/:visitId/:size?" element={<VisitLabels />} />
        <Route path="/print/labels/sample/:sampleId/:size?" element={<SampleLabel />} />
        <Route path="/print/restoration-order/:id" element={<OrderSummaryPrint />} />
      </Route>
      <Route element={<AppLayout />}>
        <Route path="/experts" element={<ExpertsPage />} />
        <Route path="/cases" element={<CasesPage />} />
        <Route path="/cases/:id" element={<CasePage />} />
        <Route path="/opinions/:id" element={<OpinionPage />} />
        <Route path="/sampling" element={<SamplingPage />} />
        <Route path="/samples/:id" element={<SamplePage />} />
        <Route path="/visits/:id" element={<VisitPage />} />
        <Route path="/dashboard" element={<HomePage />} />
        <Route path="/orders" element={<OrdersPage />} />
        <Route path="/orders/:id" element={<OrderPage />} />
        <Route path="/milestones/overdue" element={<OverdueMilestonesPage />} />
        <Route path="/exchange" element={<ExchangePage />} />
        <Route path="/settings" element={<SettingsPage />} />
        {/* Everyone lands on their home page (工作台), which is by role. */}
        <Route path="*" element={<Navigate to="/dashboard" replace />} />
      </Route>
    </Routes>
  )
}

/** A data router, so a form with unsaved changes can hold a navigation (UnsavedChangesGuard's useBlocker). */
const router = createHashRouter([{ path: '*', element: <Routed /> }])

/** The renderer's root: language, data fetching, routing and the current user. */
export function App() {
  return (
    <AntdConfig>
      <QueryClientProvider client={queryClient}>
        <CurrentUserProvider>
          <RouterProvider router={router} />
        </CurrentUserProvider>
      </QueryClientProvider>
    </AntdConfig>
  )
}
