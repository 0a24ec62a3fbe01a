import { App as AntApp, Button, Empty, Space, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router-dom'
import { useCurrentUser } from '../session/CurrentUser'
import { formatShanghai } from '../../electron/shared/shanghai-time'
import { useChannel, useChannelMutation } from '../api/use-channel'
import { useCaseWritable } from '../cases/use-case-writable'

/** The case page's 技术调查意见 tab: the opinion's versions, or a button to start it. */
export function CaseOpinionsPanel(props: { caseId: string }) {
  const { t } = useTranslation()
  const { message } = AntApp.useApp()
  const navigate = useNavigate()
  const { may } = useCurrentUser()
  const writable = useCaseWritable(props.caseId)
  const versions = useChannel('opinions.forCase', { caseId: props.caseId })
  const create = useChannelMutation('opinions.create', {
    onSuccess: (opinion) => {
      void message.success(t('opinions.created'))
      navigate(`/opinions/${opinion.id}`)
    },
    onError: (error) => void message.error(error.message)
  })
  if (!versions.data) return null
  const latest = versions.data.at(-1)
  if (!latest) {
    return (
      <Empty description={t('opinions.none')}>
        {may('writeOpinions') && writable && (
          <Button type="primary" loading={create.isPending} onClick={() => create.mutate({ caseId: props.caseId })} data-testid="create-opinion">
            {t('opinions.create')}
          </Button>
        )}
      </Empty>
    )
  }
  return (
    <Space direction="vertical">
      <Link to={`/opinions/${latest.id}`} data-testid="open-opinion">
        <Button type="primary">
          {t('opinions.open')}
          {t('common.aside', { text: `${t('opinions.version', { version: latest.version })} · ${t(`opinions.statuses.${latest.status}`)}` })}
        </Button>
      </Link>
      <Space wrap>
        {versions.data.map((v) => (
          <Link key={v.id} to={`/opinions/${v.id}`}>
            <Tag>
              {t('opinions.version', { version: v.version })} · {t(`opinions.statuses.${v.status}`)} · {formatShanghai(v.updatedAt)}
            </Tag>
          </Link>
        ))}
      </Space>
    </Space>
  )
}
