import { Card, List, Tag, Typography } from 'antd'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '../api/api'
import { useCurrentUser } from './CurrentUser'

/** The first screen until someone says who they are. */
export function UserPicker() {
  const { t } = useTranslation()
  const { signIn } = useCurrentUser()
  const users = useQuery({ queryKey: ['users.list'], queryFn: () => unwrap(api.users.list({})) })
  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: 48 }}>
      <Card title={t('session.pickTitle')} style={{ width: 520 }}>
        <Typography.Paragraph type="secondary">{t('session.pickHint')}</Typography.Paragraph>
        <List
          loading={users.isLoading}
          dataSource={users.data ?? []}
          renderItem={(user) => (
            <List.Item
              data-testid={`pick-user-${user.username}`}
              style={{ cursor: 'pointer' }}
              onClick={() => void signIn(user.id)}
            >
              <List.Item.Meta title={user.displayName} description={user.username} />
              <Tag color="blue">{t(`roles.${user.role}`)}</Tag>
            </List.Item>
          )}
        />
      </Card>
    </div>
  )
}
