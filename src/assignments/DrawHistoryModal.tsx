import { Alert, Button, Descriptions, Modal, Space, Spin, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useChannel, useChannelMutation } from '../api/use-channel'
import { formatShanghai } from '../../electron/shared/shanghai-time'
import { fieldLabel } from '../experts/field-label'
import { ScreeningList } from './ScreeningList'

/**
 * A draw's record, opened from the assignment it made: when and by whom, the
 * fields, the eligible pool and who was excluded and why, the seed and
 * algorithm, the outcome, and a replay that recomputes the outcome from the
 * seed and the stored pool.
 */
export function DrawHistoryModal(props: { drawId: string; onClose: () => void }) {
  const { t, i18n } = useTranslation()
  const draw = useChannel('draws.get', { id: props.drawId })
  const fields = useChannel('fields.list', {})
  const replay = useChannelMutation('draws.replay')
  const d = draw.data
  const nameOf = (expertId: string) => d?.eligible.find((e) => e.expertId === expertId)?.name ?? expertId
  return (
    <Modal open title={t('assignments.drawHistory.title')} width={820} footer={null} onCancel={props.onClose}>
      {draw.error && <Alert type="error" showIcon title={draw.error.message} />}
      {!d ? (
        !draw.error && <Spin />
      ) : (
        <div data-testid="draw-history">
          {d.notRandom && <Alert type="warning" showIcon title={t('assignments.notRandomDone')} style={{ marginBottom: 12 }} />}
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('assignments.drawId')}>{d.id}</Descriptions.Item>
            <Descriptions.Item label={t('assignments.drawHistory.drawnAt')}>{formatShanghai(d.drawnAt)}</Descriptions.Item>
            <Descriptions.Item label={t('assignments.drawHistory.drawnBy')}>{d.drawnByName}</Descriptions.Item>
            <Descriptions.Item label={t('assignments.drawHistory.fields')}>
              {d.fieldIds.map((id) => {
                const field = fields.data?.find((f) => f.id === id)
                return <Tag key={id}>{field ? fieldLabel(field, i18n.language) : id}</Tag>
              })}
            </Descriptions.Item>
            <Descriptions.Item label={t('assignments.drawHistory.count')}>{d.count}</Descriptions.Item>
            <Descriptions.Item label={t('assignments.seed')}>
              <Typography.Text code>{d.seed}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('assignments.algorithm')}>
              {d.algorithmVersion} {d.balanced && <Tag color="blue">{t('assignments.balancedTag')}</Tag>}
            </Descriptions.Item>
            <Descriptions.Item label={t('assignments.drawHistory.outcome')}>{d.outcome.map(nameOf).join(t('common.listSeparator'))}</Descriptions.Item>
          </Descriptions>
          <Space style={{ marginTop: 12 }}>
            <Button onClick={() => replay.mutate({ id: props.drawId })} loading={replay.isPending} data-testid="draw-history-replay">
              {t('assignments.replay')}
            </Button>
            {replay.data && <Tag color={replay.data.matches ? 'green' : 'red'}>{t(replay.data.matches ? 'assignments.replayMatches' : 'assignments.replayDiffers')}</Tag>}
            {replay.error && <Typography.Text type="danger">{replay.error.message}</Typography.Text>}
          </Space>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('assignments.drawHistory.pool')}
          </Typography.Title>
          <ScreeningList eligible={d.eligible} excluded={d.excluded} />
        </div>
      )}
    </Modal>
  )
}
