import { useEffect, useRef } from 'react'
import * as echarts from 'echarts/core'
import { LineChart } from 'echarts/charts'
import { GridComponent, LegendComponent, MarkLineComponent, TitleComponent } from 'echarts/components'
import { SVGRenderer } from 'echarts/renderers'
import type { TrendSeries } from '../../../electron/shared/orders'
import { documentFonts } from '../../print/PrintPage'

echarts.use([LineChart, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, SVGRenderer])

/**
 * One target parameter over time at its site, with the target class limit as
 * a dashed line. SVG, so the printed PDF stays sharp; no animation, so the
 * chart is complete when the print view says it is ready.
 */
export function TrendChart(props: { series: TrendSeries; limitLabel: string; width: number; height: number }) {
  const ref = useRef<HTMLDivElement>(null)
  const { series } = props
  useEffect(() => {
    if (!ref.current) return
    const chart = echarts.init(ref.current, null, { renderer: 'svg', width: props.width, height: props.height })
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: documentFonts },
      title: { text: `${series.parameterName}（${series.unit}）`, left: 'center', textStyle: { fontSize: 12, fontWeight: 'bold' } },
      grid: { left: 48, right: 16, top: 32, bottom: 28 },
      xAxis: { type: 'category', data: series.points.map((p) => p.sampledOn), axisLabel: { fontSize: 9 } },
      yAxis: { type: 'value', axisLabel: { fontSize: 9 }, max: (v: { max: number }) => Number((Math.max(v.max, series.limit ?? 0) * 1.15).toPrecision(2)) },
      series: [
        {
          type: 'line',
          data: series.points.map((p) => p.value),
          symbolSize: 6,
          lineStyle: { color: '#1f6f43' },
          itemStyle: { color: '#1f6f43' },
          label: { show: true, fontSize: 9, formatter: (p: { dataIndex: number }) => `${series.points[p.dataIndex]!.belowDetection ? '<' : ''}${series.points[p.dataIndex]!.value}` },
          markLine:
            series.limit === null
              ? undefined
              : {
                  symbol: 'none',
                  lineStyle: { type: 'dashed', color: '#c0392b' },
                  label: { formatter: props.limitLabel, fontSize: 9, position: 'insideEndTop' },
                  data: [{ yAxis: series.limit }]
                }
        }
      ]
    })
    return () => chart.dispose()
  }, [series, props.limitLabel, props.width, props.height])
  return <div ref={ref} data-testid="trend-chart" style={{ width: props.width, height: props.height, display: 'inline-block', breakInside: 'avoid' }} />
}
