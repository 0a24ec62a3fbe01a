import { Input, Space, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { sampleColumns } from './sample-columns'
import { Link } from 'react-router-dom'
import type { SampleSummary } from '../../electron/shared/sampling'
import { PagedTable } from '../lists/PagedTable'
import { usePagedList } from '../lists/use-paged-list'
import { useLinkedSearch } from '../search/linked-search'

const pageSize = 50

/** The 采样 area: recent samples across cases, searched by code, case, site or sampler. */
export function SamplingPage() {
  const { t } = useTranslation()
  const columns = sampleColumns<SampleSummary>(t)
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
          columns.code,
          { title: t('sampling.caseNumber'), key: 'case', render: (_, s) => <Link to={`/cases/${s.caseId}`}>{s.caseNumber}</Link> },
          columns.site,
          columns.matrix,
          columns.sampledAt,
          columns.sampler
        ]}
      />
    </Space>
  )
}
