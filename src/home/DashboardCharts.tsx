import { Card, Col, Empty, Row, Space, Typography } from 'antd'
import { useQueries, useQuery } from '@tanstack/react-query'
import { useEffect, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import * as echarts from 'echarts/core'
import { BarChart } from 'echarts/charts'
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import { SVGRenderer } from 'echarts/renderers'
import type { EChartsCoreOption } from 'echarts/core'
import { api, unwrap } from '../api/api'
import { TrendChart } from '../orders/print/TrendChart'

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer])

/** How many orders in progress show their trends: the dashboard stays bounded; each order's page has all of its own. */
const trendOrders = 4

/** One ECharts chart (SVG, so it prints sharply), sized to its card. */
function Chart({ option, testId }: { option: EChartsCoreOption; testId: string }) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!ref.current) return
    const chart = echarts.init(ref.current, null, { renderer: 'svg' })
    chart.setOption(option)
    const resize = () => chart.resize()
    window.addEventListener('resize', resize)
    return () => {
      window.removeEventListener('resize', resize)
      chart.dispose()
    }
  }, [option])
  return <div ref={ref} data-testid={testId} style={{ width: '100%', height: 260 }} />
}

const palette: Record<string, string> = { draft: '#bfbfbf', issued: '#1677ff', in_progress: '#13c2c2', accepted: '#52c41a', failed: '#f5222d', closed: '#8c8c8c' }

/** The months axis: `YY-MM`, short enough for twelve under a half-width card. */
const axis = (months: string[]) => ({ type: 'category' as const, data: months.map((m) => m.slice(2)) })

/**
 * The judge's charts (loaded with their own chunk, ECharts only when the
 * dashboard shows): orders by status month by month, milestones completed
 * against overdue, and the target parameters' trend of the first orders in
 * progress.
 */
export function DashboardCharts() {
  const { t } = useTranslation()
  const charts = useQuery({ queryKey: ['orders.charts'], queryFn: () => unwrap(api.orders.charts({})) })
  const live = useQuery({ queryKey: ['orders.list', 'in_progress', trendOrders], queryFn: () => unwrap(api.orders.list({ status: 'in_progress', limit: trendOrders })) })
  const summaries = useQueries({
    queries: (live.data?.items ?? []).map((o) => ({ queryKey: ['orders.summary', o.id], queryFn: () => unwrap(api.orders.summary({ id: o.id })) }))
  })
  const c = charts.data
  const ordersOption = useMemo<EChartsCoreOption | null>(() => c ? {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 36, right: 12, top: 36, bottom: 28 },
    xAxis: axis(c.months),
    yAxis: { type: 'value', minInterval: 1 },
    series: c.ordersByStatus.map((s) => ({ type: 'bar', stack: 'orders', name: t(`orders.statuses.${s.status}`), data: s.counts, itemStyle: { color: palette[s.status] } }))
  } : null, [c, t])
  const milestonesOption = useMemo<EChartsCoreOption | null>(() => c ? {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 36, right: 12, top: 36, bottom: 28 },
    xAxis: axis(c.months),
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { type: 'bar', name: t('home.charts.completed'), data: c.milestonesCompleted, itemStyle: { color: '#52c41a' } },
      { type: 'bar', name: t('home.charts.overdue'), data: c.milestonesOverdue, itemStyle: { color: '#f5222d' } }
    ]
  } : null, [c, t])
  const trends = summaries.flatMap((s) => (s.data ? s.data.trends.map((series) => ({ summary: s.data, series })) : []))
  return (
    <Row gutter={[16, 16]}>
      <Col span={12}>
        <Card size="small" title={t('home.charts.ordersByStatus')} loading={charts.isLoading}>
          {ordersOption && <Chart option={ordersOption} testId="chart-orders-by-status" />}
        </Card>
      </Col>
      <Col span={12}>
        <Card size="small" title={t('home.charts.milestones')} loading={charts.isLoading}>
          {milestonesOption && <Chart option={milestonesOption} testId="chart-milestones" />}
        </Card>
      </Col>
      <Col span={24}>
        <Card size="small" title={t('home.charts.trends')} loading={live.isLoading} data-testid="chart-trends">
          {trends.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.charts.noTrends')} />
          ) : (
            <Space wrap align="start">
              {trends.map(({ summary, series }) => (
                <Space key={`${summary.order.id}-${series.siteId}-${series.parameter}`} direction="vertical" size={0}>
                  <Link to={`/orders/${summary.order.id}`}>
                    <Typography.Text strong>{summary.order.orderNumber}</Typography.Text>
                  </Link>
                  <Typography.Text type="secondary">{series.siteName}</Typography.Text>
                  <TrendChart
                    series={series}
                    width={300}
                    height={210}
                    limitLabel={t('home.charts.limit', { targetClass: summary.order.standardTargets.find((x) => x.siteId === series.siteId)?.targetClass ?? '' })}
                  />
                </Space>
              ))}
            </Space>
          )}
        </Card>
      </Col>
    </Row>
  )
}
