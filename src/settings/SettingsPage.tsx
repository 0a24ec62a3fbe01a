import { Space, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { FieldsCard } from './FieldsCard'
import { UsersCard } from './UsersCard'
import { HoldingTimesCard } from '../sampling/HoldingTimesCard'
import { CourtSettingsCard } from '../documents/CourtSettingsCard'
import { AuditLogCard } from '../documents/AuditLogCard'
import { BackupScheduleCard } from '../backups/BackupScheduleCard'
import { useCurrentUser } from '../session/CurrentUser'

/** 设置: reference data and the people of the picker. */
export function SettingsPage() {
  const { t } = useTranslation()
  const { may } = useCurrentUser()
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('settings.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('settings.adminOnly')}</Typography.Text>
      <CourtSettingsCard />
      <FieldsCard />
      <UsersCard />
      <HoldingTimesCard />
      {may('manageBackups') && <BackupScheduleCard />}
      {may('manageUsers') && <AuditLogCard />}
    </Space>
  )
}
