import { List, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { findingPart, recusalCodes, type ExcludedEntry, type PoolEntry, type RecusalCode } from '../../electron/shared/assignments'
import { partText } from '../../electron/shared/errors'
import { uiLanguage } from '../api/error-words'

const basisKeys = Object.fromEntries(recusalCodes.map((c) => [c, true]))

/** The experts a screening found eligible, and the excluded with every reason shown, and the rule of each recusal ground. */
export function ScreeningList(props: { eligible: PoolEntry[]; excluded: ExcludedEntry[] }) {
  const { t } = useTranslation()
  return (
    <>
      <Typography.Text strong>{t('assignments.eligible', { count: props.eligible.length })}</Typography.Text>
      <div data-testid="eligible-list" style={{ margin: '4px 0 12px' }}>
        {props.eligible.map((e) => (
          <Tag key={e.expertId} style={{ marginBottom: 4 }}>
            {e.name} · {t('assignments.activeCases', { count: e.activeCases })}
          </Tag>
        ))}
      </div>
      <Typography.Text strong>{t('assignments.excluded', { count: props.excluded.length })}</Typography.Text>
      <List
        size="small"
        data-testid="excluded-list"
        dataSource={props.excluded}
        renderItem={(e) => (
          <List.Item data-testid={`excluded-${e.name}`}>
            <List.Item.Meta
              title={`${e.name}（${e.organisation}）`}
              description={e.reasons.map((r, i) => (
                <div key={i}>
                  <Tag color="red">{t(`assignments.codes.${r.code}`)}</Tag>
                  {partText(findingPart(r.detail), uiLanguage())}
                  {r.code in basisKeys && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {' '}（{t(`assignments.bases.${r.code as RecusalCode}`)}）
                    </Typography.Text>
                  )}
                </div>
              ))}
            />
          </List.Item>
        )}
      />
    </>
  )
}
