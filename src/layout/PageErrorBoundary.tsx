import { Button, Result, Space, Typography } from 'antd'
import { Component, type ErrorInfo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router-dom'

/** What a page that failed shows: what happened, in the UI's language, and a way back. */
function PageFailed(props: { error: Error; onRetry: () => void }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  return (
    <Result
      status="error"
      data-testid="page-failed"
      title={t('pageError.title')}
      subTitle={
        <Space direction="vertical">
          <span>{t('pageError.hint')}</span>
          <Typography.Text type="secondary" code>
            {props.error.message}
          </Typography.Text>
        </Space>
      }
      extra={
        <Space>
          <Button type="primary" onClick={() => void navigate(-1)} data-testid="page-failed-back">
            {t('pageError.back')}
          </Button>
          <Button
            onClick={() => {
              props.onRetry()
              void navigate('/')
            }}
          >
            {t('pageError.home')}
          </Button>
          <Button onClick={props.onRetry}>{t('pageError.retry')}</Button>
        </Space>
      }
    />
  )
}

/**
 * Catches what a page throws while rendering (or a lazy chunk that failed
 * to load), so the window shows why and a way back instead of going blank.
 * Keyed by its route's path, so moving to another page starts afresh.
 */
export class PageErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null }

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept for whoever opens the console (DevTools in a development build).
    console.error('page failed', error, info.componentStack)
  }

  override render(): ReactNode {
    if (this.state.error) return <PageFailed error={this.state.error} onRetry={() => this.setState({ error: null })} />
    return this.props.children
  }
}
