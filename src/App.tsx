import { Spin } from 'antd'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { createHashRouter, Navigate, Route, RouterProvider, Routes } from 'react-router-dom'
import { AntdConfig } from './layout/AntdConfig'
import { CurrentUserProvider, useCurrentUser } from './session/CurrentUser'
import { FirstRunSetup, ForcedPasswordChange, LockScreen, RoleChoice, SignIn } from './session/SessionScreens'
import { AppLayout } from './layout/AppLayout'
import { ExpertsPage } from './experts/ExpertsPage'
import { SettingsPage } from './settings/SettingsPage'
import { CasesPage } from './cases/CasesPage'
import { CasePage } from './cases/CasePage'
import { AssignmentNotice } from './cases/print/AssignmentNotice'
import { OpinionPage } from './opinions/OpinionPage'
import { OpinionPrint } from './opinions/OpinionPrint'
import { SamplingPage } from './sampling/SamplingPage'
import { SamplePage } from './sampling/SamplePage'
import { VisitPage } from './sampling/VisitPage'
import { CollectionRecord } from './sampling/print/CollectionRecord'
import { CustodyRecord } from './sampling/print/CustodyRecord'
import { SampleLabel, VisitLabels } from './sampling/print/SampleLabels'
import { DashboardPage } from './orders/DashboardPage'
import { OrdersPage } from './orders/OrdersPage'
import { OrderPage } from './orders/OrderPage'
import { OrderSummaryPrint } from './orders/print/OrderSummaryPrint'
import { ExchangePage } from './exchange/ExchangePage'

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
      <Route path="/print/assignment-notice/:caseId" element={<AssignmentNotice />} />
      <Route path="/print/opinion/:id" element={<OpinionPrint />} />
      <Route path="/print/collection-record/:visitId" element={<CollectionRecord />} />
      <Route path="/print/custody/:sampleId" element={<CustodyRecord />} />
      <Route path="/print/labels/visit/:visitId/:size?" element={<VisitLabels />} />
      <Route path="/print/labels/sample/:sampleId/:size?" element={<SampleLabel />} />
      <Route path="/print/restoration-order/:id" element={<OrderSummaryPrint />} />
      <Route element={<AppLayout />}>
        <Route path="/experts" element={<ExpertsPage />} />
        <Route path="/cases" element={<CasesPage />} />
        <Route path="/cases/:id" element={<CasePage />} />
        <Route path="/opinions/:id" element={<OpinionPage />} />
        <Route path="/sampling" element={<SamplingPage />} />
        <Route path="/samples/:id" element={<SamplePage />} />
        <Route path="/visits/:id" element={<VisitPage />} />
        <Route path="/dashboard" element={<DashboardPage />} />
        <Route path="/orders" element={<OrdersPage />} />
        <Route path="/orders/:id" element={<OrderPage />} />
        <Route path="/exchange" element={<ExchangePage />} />
        <Route path="/settings" element={<SettingsPage />} />
        {/* Judges land on their dashboard; the others on the expert pool. */}
        <Route path="*" element={<Navigate to={user.role === 'judge' ? '/dashboard' : '/experts'} replace />} />
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
