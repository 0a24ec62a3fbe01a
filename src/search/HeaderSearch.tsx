import { Input, Popover, Spin, Typography } from 'antd'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useDeferredValue, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router-dom'
import { api, CallError, unwrap } from '../api/api'
import { SearchResultsPanel } from './SearchResultsPanel'

/** The header's one search box: cases, samples, orders, opinions and experts as you type, grouped by kind. */
export function HeaderSearch() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [text, setText] = useState('')
  const [open, setOpen] = useState(false)
  const query = useDeferredValue(text.trim())
  const results = useQuery({
    queryKey: ['search.global', query],
    queryFn: () => unwrap(api.search.global({ query })),
    enabled: query.length > 0,
    placeholderData: keepPreviousData,
    retry: false
  })
  const openPath = (path: string) => {
    setOpen(false)
    navigate(path)
  }
  const content = results.error ? (
    <Typography.Text type="danger">{results.error instanceof CallError ? results.error.message : String(results.error)}</Typography.Text>
  ) : results.data ? (
    <SearchResultsPanel results={results.data} onOpen={openPath} />
  ) : (
    <Spin size="small" />
  )
  return (
    <Popover open={open && query.length > 0} onOpenChange={setOpen} trigger="click" placement="bottomLeft" content={content} arrow={false}>
      <Input.Search
        allowClear
        data-testid="header-search"
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        style={{ width: 320, flex: 'none' }}
        value={text}
        onChange={(e) => {
          setText(e.target.value)
          setOpen(true)
        }}
        onSearch={() => setOpen(true)}
      />
    </Popover>
  )
}
