import { Button, Empty, Space, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { listCountCap } from '../../electron/shared/common'
import type { SearchGroup, SearchHit, SearchResults } from '../../electron/shared/search'

/** Where a hit opens; the expert pool has no page per expert, so an expert opens the pool searched by name. */
export function hitPath(hit: SearchHit): string {
  switch (hit.kind) {
    case 'case':
      return `/cases/${hit.id}`
    case 'sample':
      return `/samples/${hit.id}`
    case 'order':
      return `/orders/${hit.id}`
    case 'opinion':
      return `/opinions/${hit.id}`
    case 'expert':
      return `/experts?search=${encodeURIComponent(hit.title)}`
  }
}

/** The full, paged list a group links to, searched by the same words; opinions have none (each opens from its case). */
export function groupListPath(group: SearchGroup, query: string): string | null {
  const list = { case: '/cases', sample: '/sampling', expert: '/experts', order: null, opinion: null }[group.kind]
  return list === null ? null : `${list}?search=${encodeURIComponent(query)}`
}

function StatusTag({ hit }: { hit: SearchHit }) {
  const { t } = useTranslation()
  const label = {
    case: () => t(`cases.statuses.${hit.status}` as 'cases.statuses.registered'),
    sample: () => t(`search.sampleStatuses.${hit.status}` as 'search.sampleStatuses.valid'),
    order: () => (hit.status === 'discarded' ? t('search.orderDiscarded') : t(`orders.statuses.${hit.status}` as 'orders.statuses.draft')),
    opinion: () => t(`opinions.statuses.${hit.status}` as 'opinions.statuses.draft'),
    expert: () => t(`experts.statuses.${hit.status}` as 'experts.statuses.active')
  }[hit.kind]()
  return <Tag>{label}</Tag>
}

function HitLine({ hit, onOpen }: { hit: SearchHit; onOpen: (path: string) => void }) {
  const { t } = useTranslation()
  const detail = hit.kind === 'sample' ? t(`sampling.matrices.${hit.detail}` as 'sampling.matrices.soil') : hit.detail
  return (
    <Button type="text" block data-testid="search-hit" style={{ justifyContent: 'flex-start', height: 'auto', padding: '4px 8px', whiteSpace: 'normal' }} onClick={() => onOpen(hitPath(hit))}>
      <Space size={6} wrap>
        <Typography.Text strong>{hit.title}</Typography.Text>
        {hit.version !== null && <Typography.Text>{t('search.opinionVersion', { version: hit.version })}</Typography.Text>}
        <StatusTag hit={hit} />
        {detail && <Typography.Text type="secondary">{detail}</Typography.Text>}
        {hit.kind !== 'case' && hit.caseNumber && <Typography.Text type="secondary">{hit.caseNumber}</Typography.Text>}
      </Space>
    </Button>
  )
}

/** The header search's answer: one section per kind that found something, each with its count and a link to its full list. */
export function SearchResultsPanel({ results, onOpen }: { results: SearchResults; onOpen: (path: string) => void }) {
  const { t } = useTranslation()
  const found = results.groups.filter((g) => g.total > 0)
  if (found.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('search.none', { query: results.query })} />
  return (
    <div style={{ width: 520, maxHeight: '70vh', overflowY: 'auto' }} data-testid="search-results">
      {found.map((group) => {
        const list = groupListPath(group, results.query)
        return (
          <section key={group.kind} data-testid={`search-group-${group.kind}`} style={{ marginBottom: 8 }}>
            <Space style={{ width: '100%', justifyContent: 'space-between', padding: '0 8px' }}>
              <Typography.Text type="secondary" strong>
                {t(`search.kinds.${group.kind}`)}
                {' · '}
                {group.total > listCountCap ? t('search.more', { count: listCountCap }) : t('search.count', { count: group.total })}
              </Typography.Text>
              {list && group.total > group.hits.length && (
                <Button type="link" size="small" onClick={() => onOpen(list)}>
                  {t('search.all')}
                </Button>
              )}
            </Space>
            {group.hits.map((hit) => (
              <HitLine key={hit.id} hit={hit} onOpen={onOpen} />
            ))}
          </section>
        )
      })}
    </div>
  )
}
