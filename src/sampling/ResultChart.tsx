import { Empty, Select, Space } from 'antd'
import { useQuery } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import * as echarts from 'echarts/core'
import { LineChart } from 'echarts/charts'
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components'
import { SVGRenderer } from 'echarts/renderers'
import { api, unwrap } from '../api/api'
import { formatShanghai } from '../../electron/shared/shanghai-time'
import { parameterName } from '../standards/standard-names'

// SVG, so the chart prints sharply.
echarts.use([LineChart, GridComponent, MarkLineComponent, TooltipComponent, SVGRenderer])

const classes = ['I', 'II', 'III', 'IV', 'V'] as const

/** A parameter's values at a site over time, with the target class's limit drawn as a line. */
export function ResultChart(props: { siteId: string; parameterKeys: { key: string; name: string }[] }) {
  const { t } = useTranslation()
  const [parameterKey, setParameterKey] = useState(props.parameterKeys[0]?.key ?? 'cod')
  const [targetClass, setTargetClass] = useState<(typeof classes)[number]>('IV')
  const series = useQuery({
    queryKey: ['labResults.series', props.siteId, parameterKey, targetClass],
    queryFn: () => unwrap(api.labResults.series({ siteId: props.siteId, parameterKey, targetClass }))
  })
  const node = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!node.current || !series.data || series.data.points.length === 0) return
    const chart = echarts.init(node.current, null, { renderer: 'svg' })
    const s = series.data
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      grid: { left: 56, right: 96, top: 24, bottom: 40 },
      xAxis: { type: 'category', axisLabel: { interval: 0, fontSize: 10 }, data: s.points.map((p) => `${formatShanghai(p.sampledAt).slice(0, 10)}\n${p.sampleCode}`) },
      yAxis: { type: 'value', name: s.unit },
      series: [
        {
          type: 'line',
          name: parameterName(s.parameterKey, t),
          data: s.points.map((p) => p.value),
          label: { show: true },
          markLine:
            s.limit === null
              ? undefined
              : {
                  symbol: 'none',
                  lineStyle: { color: '#cf1322', type: 'dashed' },
                  label: { formatter: t('sampling.chart.limit', { cls: s.targetClass, limit: s.limit }) },
                  data: [{ yAxis: s.limit }]
                }
        }
      ]
    })
    return () => chart.dispose()
  }, [series.data, t])

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space>
        {t('sampling.chart.parameter')}
        <Select
          style={{ width: 200 }}
          value={parameterKey}
          onChange={setParameterKey}
          showSearch={{ optionFilterProp: 'label' }}
          options={props.parameterKeys.map((p) => ({ value: p.key, label: p.name }))}
          data-testid="chart-parameter"
        />
        {t('sampling.chart.targetClass')}
        <Select style={{ width: 90 }} value={targetClass} onChange={setTargetClass} options={classes.map((c) => ({ value: c, label: c }))} />
      </Space>
      {series.data && series.data.points.length === 0 ? (
        <Empty description={t('sampling.chart.empty')} />
      ) : (
        <div ref={node} style={{ width: '100%', height: 300 }} data-testid="result-chart" />
      )}
    </Space>
  )
}
