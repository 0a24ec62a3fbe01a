import { Button, Space, Table, Typography, type TableProps } from 'antd'
import { useTranslation } from 'react-i18next'
import { listCountCap } from '../../electron/shared/common'
import type { PagedList } from './use-paged-list'

/**
 * The table of every list screen: one page of a `usePagedList`, and under it
 * 共 N 条 · 上一页 · 第 n 页 · 下一页 (`testId` names the pager and its buttons).
 */
export function PagedTable<T extends object>(props: Omit<TableProps<T>, 'dataSource' | 'pagination' | 'loading'> & { list: PagedList<T>; testId: string }) {
  const { t } = useTranslation()
  const { list, testId, ...table } = props
  return (
    <>
      <Table<T> {...table} dataSource={list.items} loading={list.loading} pagination={false} />
      <Space data-testid={testId} style={{ justifyContent: 'flex-end', width: '100%', marginTop: 8 }}>
        {list.total !== null && (
          <Typography.Text type="secondary">{list.total > listCountCap ? t('common.totalOver', { count: listCountCap }) : t('common.total', { count: list.total })}</Typography.Text>
        )}
        <Button size="small" disabled={list.page === 1} onClick={list.back} data-testid={`${testId}-previous`}>
          {t('common.previousPage')}
        </Button>
        <Typography.Text>{t('common.pageNumber', { page: list.page })}</Typography.Text>
        <Button size="small" disabled={!list.hasNext} onClick={list.forward} data-testid={`${testId}-next`}>
          {t('common.nextPage')}
        </Button>
      </Space>
    </>
  )
}

/**
 * For a list a channel hands whole (the evidence picker's samples, a
 * visit's samples; up to ≈600 in the heaviest case): the table still shows
 * one page at a time, so the screen never renders the list whole.
 */
export const wholeListPagination = { pageSize: 50, hideOnSinglePage: true, showSizeChanger: false } as const
