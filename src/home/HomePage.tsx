import { Space, Typography } from 'antd'
import { Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { lazyNamed } from '../layout/lazy-named'
import { useCurrentUser } from '../session/CurrentUser'
import { ClerkHome } from './ClerkHome'
import { MyCasesHome } from './MyCasesHome'

const DashboardPage = lazyNamed(() => import('../orders/DashboardPage'), 'DashboardPage')

/**
 * 工作台 by role: the investigator's 我的案件 with what is due, the clerk's
 * cases to assign and notices due, the judge's (and administrator's)
 * dashboard with its charts.
 */
export function HomePage() {
  const { t } = useTranslation()
  const { user } = useCurrentUser()
  if (user?.role === 'judge' || user?.role === 'admin') return <DashboardPage />
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('nav.dashboard')}
      </Typography.Title>
      <Suspense>{user?.role === 'investigator' ? <MyCasesHome /> : <ClerkHome />}</Suspense>
    </Space>
  )
}
