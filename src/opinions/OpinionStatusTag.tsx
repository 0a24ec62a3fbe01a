import { Space, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Opinion } from '../../electron/shared/opinions'

const statusColors = { draft: 'default', signed: 'green', submitted: 'blue' } as const

/**
 * An opinion's status as its readers need it: a draft that one of its
 * investigators has signed is 待签, naming who has still to sign, not 草稿
 * (the others' signatures are what it waits for).
 */
export function OpinionStatusTag({ opinion }: { opinion: Pick<Opinion, 'status' | 'investigators'> }) {
  const { t } = useTranslation()
  const missing = opinion.investigators.filter((i) => i.signedAt === null).map((i) => i.name)
  if (opinion.status === 'draft' && missing.length < opinion.investigators.length) {
    return (
      <Space size={4} data-testid="opinion-status">
        <Tag color="orange">{t('opinions.awaitingSignature')}</Tag>
        <Typography.Text type="warning">{t('opinions.missingSigners', { names: missing.join(t('common.listSeparator')) })}</Typography.Text>
      </Space>
    )
  }
  return (
    <Tag color={statusColors[opinion.status]} data-testid="opinion-status">
      {t(`opinions.statuses.${opinion.status}`)}
    </Tag>
  )
}
