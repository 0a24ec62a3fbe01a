import { Space, Table, Tag, Typography } from 'antd'
import { wholeListPagination } from '../lists/PagedTable'
import type { Key } from 'react'
import { useTranslation } from 'react-i18next'
import type { Opinion, OpinionSample, OpinionVisit } from '../../electron/shared/opinions'
import { decidingItemsText, sampleClassText, sampleResultsText } from './evidence-text'
import { formatShanghai } from '../../electron/shared/shanghai-time'
import { useChannel } from '../api/use-channel'

interface Selection {
  visitIds: string[]
  sampleIds: string[]
}

/**
 * The site visits and samples an opinion relies on. While it can be edited,
 * every visit and sample of the case is listed with its evaluation read now
 * and the relied-on ones ticked; otherwise only the relied-on ones, as the
 * opinion holds them (fixed at the first signature).
 */
export function EvidencePicker(props: { opinion: Opinion; editable: boolean; value: Selection; onChange: (next: Selection) => void; error?: string }) {
  const { t } = useTranslation()
  const o = props.opinion
  const candidates = useChannel('opinions.evidence', { caseId: o.caseId }, { enabled: props.editable })
  const visits = props.editable ? (candidates.data?.visits ?? []) : o.visits
  const samples = props.editable ? (candidates.data?.samples ?? []) : o.samples
  if (props.editable && candidates.isSuccess && visits.length === 0 && samples.length === 0) {
    return <Typography.Text type="secondary">{t('opinions.evidence.noneInCase')}</Typography.Text>
  }
  if (!props.editable && visits.length === 0 && samples.length === 0) {
    return <Typography.Text type="secondary">{t('opinions.evidence.noneChosen')}</Typography.Text>
  }
  const voidedTag = <Tag color="red">{t('opinions.evidence.voided')}</Tag>
  /** The ticks of one table: a voided record can be unticked, never newly ticked. */
  const ticks = <T extends { voided: boolean }>(list: keyof Selection, keyOf: (row: T) => string) =>
    props.editable
      ? {
          selectedRowKeys: props.value[list],
          getCheckboxProps: (row: T) => ({ disabled: row.voided && !props.value[list].includes(keyOf(row)) }),
          onChange: (keys: Key[]) => props.onChange({ ...props.value, [list]: keys.map(String) })
        }
      : undefined
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {props.editable && <Typography.Text type="secondary">{t('opinions.evidence.hint')}</Typography.Text>}
      <Typography.Text strong>{t('opinions.evidence.visits')}</Typography.Text>
      <Table<OpinionVisit>
        rowKey="visitId"
        size="small"
        pagination={false}
        loading={props.editable && candidates.isLoading}
        dataSource={visits}
        data-testid="evidence-visits"
        rowSelection={ticks<OpinionVisit>('visitIds', (v) => v.visitId)}
        columns={[
          { title: t('opinions.evidence.visitDate'), key: 'date', width: 140, render: (_, v) => <>{v.visitDate} {v.voided && voidedTag}</> },
          { title: t('opinions.evidence.people'), key: 'people', render: (_, v) => v.peoplePresent.join(t('common.listSeparator')) },
          { title: t('opinions.evidence.weather'), dataIndex: 'weather', width: 120, render: (w: string) => w || '—' }
        ]}
      />
      <Typography.Text strong>{t('opinions.evidence.samples')}</Typography.Text>
      <Table<OpinionSample>
        rowKey="sampleId"
        size="small"
        pagination={wholeListPagination}
        loading={props.editable && candidates.isLoading}
        dataSource={samples}
        data-testid="evidence-samples"
        rowSelection={ticks<OpinionSample>('sampleIds', (s) => s.sampleId)}
        columns={[
          { title: t('opinions.evidence.code'), key: 'code', render: (_, s) => <>{s.code} {s.voided && voidedTag}</> },
          { title: t('opinions.evidence.matrix'), key: 'matrix', width: 80, render: (_, s) => t(`sampling.matrices.${s.matrix}`) },
          { title: t('opinions.evidence.site'), dataIndex: 'siteName' },
          { title: t('opinions.evidence.sampledAt'), key: 'at', width: 140, render: (_, s) => formatShanghai(s.sampledAt) },
          { title: t('opinions.evidence.results'), key: 'results', render: (_, s) => sampleResultsText(s, t) },
          { title: t('opinions.evidence.classOrCategory'), key: 'class', render: (_, s) => sampleClassText(s, t) },
          { title: t('opinions.evidence.deciding'), key: 'deciding', render: (_, s) => decidingItemsText(s, t) }
        ]}
      />
      {props.error && <Typography.Text type="danger">{props.error}</Typography.Text>}
    </Space>
  )
}
