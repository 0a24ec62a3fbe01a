import { Button, Layout, Menu, Segmented, Select, Space, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLocation, useNavigate } from 'react-router-dom'
import type { Role } from '../../electron/shared/roles'
import { useCurrentUser } from '../session/CurrentUser'
import { languages, switchLanguage, type Language } from '../i18n'
import { RouteOutlet } from './RouteOutlet'
import { HeaderSearch } from '../search/HeaderSearch'

const areas = ['dashboard', 'experts', 'cases', 'sampling', 'orders', 'exchange', 'settings'] as const

/**
 * The nav area a page belongs to: an opinion sits under its case, samples and
 * visits under 采样.
 */
function areaOf(pathname: string): (typeof areas)[number] {
  if (pathname.startsWith('/opinions')) return 'cases'
  if (pathname.startsWith('/samples') || pathname.startsWith('/visits')) return 'sampling'
  return areas.find((a) => pathname.startsWith(`/${a}`)) ?? 'experts'
}

/** The frame of every page: navigation on the left, the current user and language on top. */
export function AppLayout() {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const location = useLocation()
  const { user, chooseRole, lock, signOut } = useCurrentUser()
  const selected = areaOf(location.pathname)

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider theme="light" width={200} style={{ borderRight: '1px solid #f0f0f0' }}>
        <div style={{ padding: '16px 20px' }}>
          <Typography.Title level={4} style={{ margin: 0, color: '#1f6f43' }}>
            {t('app.name')}
          </Typography.Title>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('app.title')}
          </Typography.Text>
        </div>
        <Menu
          mode="inline"
          selectedKeys={[selected]}
          items={areas.map((area) => ({ key: area, label: t(`nav.${area}`), 'data-testid': `nav-${area}` }))}
          onClick={({ key }) => navigate(`/${key}`)}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{ background: '#fff', display: 'flex', gap: 16, alignItems: 'center', padding: '0 24px', borderBottom: '1px solid #f0f0f0' }}
        >
          <Typography.Text strong ellipsis style={{ flex: '0 1 auto', minWidth: 0 }}>
            {t('app.court')}
          </Typography.Text>
          <HeaderSearch />
          <Space style={{ marginLeft: 'auto', flex: 'none' }}>
            <Typography.Text type="secondary">{t('session.current')}</Typography.Text>
            <Typography.Text data-testid="current-user">
              {user?.displayName}
              {t('common.aside', { text: user?.username ?? '' })}
            </Typography.Text>
            {user && user.roles.length > 1 ? (
              <Select
                data-testid="current-role"
                style={{ width: 140 }}
                value={user.role}
                onChange={(role: Role) => void chooseRole(role)}
                options={user.roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
              />
            ) : (
              user && <Tag color="green">{t(`roles.${user.role}`)}</Tag>
            )}
            <Button size="small" data-testid="lock-screen" onClick={() => void lock()}>
              {t('session.lock')}
            </Button>
            <Button size="small" data-testid="sign-out" onClick={() => void signOut()}>
              {t('session.signOut')}
            </Button>
            <Segmented<Language>
              data-testid="language"
              value={i18n.language as Language}
              onChange={switchLanguage}
              options={languages.map((l) => ({ value: l, label: t(l === 'en' ? 'language.en' : 'language.zh') }))}
            />
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <RouteOutlet />
        </Layout.Content>
      </Layout>
    </Layout>
  )
}
