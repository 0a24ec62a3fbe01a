import { Button, Space, Typography } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { listCountCap, type KeysetPage } from '../../electron/shared/common'

/**
 * The renderer's side of keyset paging (electron/shared/common.ts): the
 * cursors of the pages reached so far, so 上一页 returns to a page without the
 * server counting rows, and the total the first page brought.
 */
export function useKeysetPager() {
  const [cursors, setCursors] = useState<(string | null)[]>([null])
  const [total, setTotal] = useState<number | null>(null)
  // Stable, so a list may reset its pager in an effect on its filter.
  const reset = useCallback(() => setCursors((c) => (c.length === 1 && c[0] === null ? c : [null])), [])
  return {
    /** The `after` of the page to show. */
    after: cursors[cursors.length - 1]!,
    page: cursors.length,
    total,
    setTotal,
    forward: (next: string) => setCursors((c) => [...c, next]),
    back: () => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c)),
    /** Back to the first page, as a new search or filter starts a new list. */
    reset
  }
}

export type KeysetPager = ReturnType<typeof useKeysetPager>

/** 共 N 条 · 上一页 · 第 n 页 · 下一页, under a list read in keyset pages. */
export function KeysetPagerBar({ pager, reply, testId }: { pager: KeysetPager; reply: KeysetPage<unknown> | undefined; testId: string }) {
  const { t } = useTranslation()
  const { setTotal } = pager
  useEffect(() => {
    if (reply && reply.total !== null) setTotal(reply.total)
  }, [reply, setTotal])
  const total = pager.total
  return (
    <Space data-testid={testId} style={{ justifyContent: 'flex-end', width: '100%' }}>
      {total !== null && (
        <Typography.Text type="secondary">{total > listCountCap ? t('common.totalOver', { count: listCountCap }) : t('common.total', { count: total })}</Typography.Text>
      )}
      <Button size="small" disabled={pager.page === 1} onClick={pager.back} data-testid={`${testId}-previous`}>
        {t('common.previousPage')}
      </Button>
      <Typography.Text>{t('common.pageNumber', { page: pager.page })}</Typography.Text>
      <Button size="small" disabled={!reply?.next} onClick={() => reply?.next && pager.forward(reply.next)} data-testid={`${testId}-next`}>
        {t('common.nextPage')}
      </Button>
    </Space>
  )
}
