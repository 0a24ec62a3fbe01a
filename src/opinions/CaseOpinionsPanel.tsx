import { App as AntApp, Button, Empty, Space, Tag } from 'antd'
import { useMutation, useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router-dom'
import { api, unwrap } from '../api/api'
import { useCurrentUser } from '../session/CurrentUser'
import { formatShanghai } from '../../electron/shared/shanghai-time'

/** The case page's 技术调查意见 tab: the opinion's versions, or a button to start it. */
export function CaseOpinionsPanel(props: { caseId: string }) {
  const { t } = useTranslation()
  const { message } = AntApp.useApp()
  const navigate = useNavigate()
  const { may } = useCurrentUser()
  const versions = useQuery({ queryKey: ['opinions.forCase', props.caseId], queryFn: () => unwrap(api.opinions.forCase({ caseId: props.caseId })) })
  const create = useMutation({
    mutationFn: () => unwrap(api.opinions.create({ caseId: props.caseId })),
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
        {may('writeOpinions') && (
          <Button type="primary" loading={create.isPending} onClick={() => create.mutate()} data-testid="create-opinion">
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
          {t('opinions.open')}（{t('opinions.version', { version: latest.version })} · {t(`opinions.statuses.${latest.status}`)}）
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
