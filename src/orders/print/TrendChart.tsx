import { useEffect, useRef } from 'react'
import * as echarts from 'echarts/core'
import { LineChart } from 'echarts/charts'
import { GridComponent, LegendComponent, MarkLineComponent, TitleComponent } from 'echarts/components'
import { SVGRenderer } from 'echarts/renderers'
import type { TrendSeries } from '../../../electron/shared/order-summary'
import { parameterName, unitName } from '../../standards/standard-names'
import { useTranslation } from 'react-i18next'
import { documentFonts } from '../../print/PrintPage'

/** The axis top: rounded up to a whole step of the value's own magnitude (43.7 → 50, 2.99 → 3), so it falls on a tick and its label never crowds the one below. */
function roundUp(value: number): number {
  if (value <= 0) return 1
  const step = 10 ** Math.floor(Math.log10(value))
  return Number((Math.ceil(value / step) * step).toPrecision(3))
}

echarts.use([LineChart, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, SVGRenderer])

/**
 * One target parameter over time at its site, with the target class limit as
 * a dashed line. SVG, so the printed PDF stays sharp; no animation, so the
 * chart is complete when the print view says it is ready.
 */
export function TrendChart(props: { series: TrendSeries; limitLabel: string; width: number; height: number }) {
  const ref = useRef<HTMLDivElement>(null)
  const { t } = useTranslation()
  const { series } = props
  useEffect(() => {
    if (!ref.current) return
    const chart = echarts.init(ref.current, null, { renderer: 'svg', width: props.width, height: props.height })
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: documentFonts },
      // The title sits above the plot, clear of the top axis label and the value labels; every date is labelled, turned to fit.
      title: { text: `${parameterName(series.parameter, t)} (${unitName(series.unit, t)})`, left: 'center', top: 2, textStyle: { fontSize: 12, fontWeight: 'bold' } },
      grid: { left: 44, right: 40, top: 48, bottom: 44 },
      xAxis: { type: 'category', data: series.points.map((p) => p.sampledOn), axisLabel: { fontSize: 8, interval: 0, rotate: 30 } },
      yAxis: { type: 'value', axisLabel: { fontSize: 9 }, max: (v: { max: number }) => roundUp(Math.max(v.max, series.limit ?? 0) * 1.15) },
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
                  label: { formatter: props.limitLabel, fontSize: 9, position: 'end' },
                  data: [{ yAxis: series.limit }]
                }
        }
      ]
    })
    return () => chart.dispose()
  }, [series, props.limitLabel, props.width, props.height, t])
  return <div ref={ref} data-testid="trend-chart" style={{ width: props.width, height: props.height, display: 'inline-block', breakInside: 'avoid' }} />
}
