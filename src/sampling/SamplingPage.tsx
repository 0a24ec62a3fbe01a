import { Input, Space, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import type { SampleSummary } from '../../electron/shared/sampling'
import { formatShanghai } from '../../electron/shared/shanghai-time'
import { PagedTable } from '../lists/PagedTable'
import { usePagedList } from '../lists/use-paged-list'
import { useLinkedSearch } from '../search/linked-search'

const pageSize = 50

/** The 采样 area: recent samples across cases, searched by code, case, site or sampler. */
export function SamplingPage() {
  const { t } = useTranslation()
  const { search, setSearch, linked } = useLinkedSearch()
  const samples = usePagedList('samples.list', { search }, pageSize)
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('sampling.title')}
      </Typography.Title>
      <Input.Search key={linked} defaultValue={linked} allowClear placeholder={t('sampling.search')} onSearch={setSearch} style={{ maxWidth: 420 }} aria-label={t('sampling.search')} />
      <PagedTable<SampleSummary>
        list={samples}
        testId="sample-pager"
        rowKey="id"
        size="small"
        columns={[
          {
            title: t('sampling.code'),
            key: 'code',
            render: (_, s) => (
              <Space>
                <Link to={`/samples/${s.id}`}>{s.code}</Link>
                {s.voided && <Tag>{t('sampling.voided')}</Tag>}
              </Space>
            )
          },
          { title: t('sampling.caseNumber'), key: 'case', render: (_, s) => <Link to={`/cases/${s.caseId}`}>{s.caseNumber}</Link> },
          { title: t('sampling.site'), dataIndex: 'siteName' },
          { title: t('sampling.matrix'), key: 'matrix', render: (_, s) => t(`sampling.matrices.${s.matrix}`) },
          { title: t('sampling.sampledAt'), key: 'at', render: (_, s) => formatShanghai(s.sampledAt) },
          { title: t('sampling.sampler'), dataIndex: 'sampler' }
        ]}
      />
    </Space>
  )
}
