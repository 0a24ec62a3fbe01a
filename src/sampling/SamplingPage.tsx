import { Input, Space, Table, Tag, Typography } from 'antd'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import type { SampleSummary } from '../../electron/shared/sampling'
import { api, unwrap } from '../api/api'
import { formatShanghai } from '../../electron/shared/shanghai-time'
import { KeysetPagerBar, useKeysetPager } from '../forms/KeysetPager'
import { useLinkedSearch } from '../search/linked-search'

const pageSize = 50

/** The 采样 area: recent samples across cases, searched by code, case, site or sampler. */
export function SamplingPage() {
  const { t } = useTranslation()
  const { search, setSearch, linked } = useLinkedSearch()
  const pager = useKeysetPager()
  const samples = useQuery({
    queryKey: ['samples.list', null, search, pager.after],
    queryFn: () => unwrap(api.samples.list({ search, after: pager.after, limit: pageSize }))
  })
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('sampling.title')}
      </Typography.Title>
      <Input.Search key={linked} defaultValue={linked} allowClear placeholder={t('sampling.search')} onSearch={(value) => {
          setSearch(value)
          pager.reset()
        }} style={{ maxWidth: 420 }} aria-label={t('sampling.search')} />
      <Table<SampleSummary>
        rowKey="id"
        size="small"
        loading={samples.isLoading}
        dataSource={samples.data?.items ?? []}
        pagination={false}
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
      <KeysetPagerBar pager={pager} reply={samples.data} testId="sample-pager" />
    </Space>
  )
}
