import { afterEach, describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { AntdConfig } from '../../src/layout/AntdConfig'
import { LabelPrintButton } from '../../src/sampling/print/LabelPrintButton'
import type { PrintApi } from '../../electron/shared/print'
import { fakeBridge } from './support/bridge'

const sampleId = '01900000-0000-7000-8000-00000000000a'

function renderButton(toPdf: PrintApi['toPdf']) {
  const print = { toPdf: vi.fn(toPdf) }
  window.ecocase = fakeBridge(() => Promise.reject(new Error('no channel expected')), { print })
  render(
    <AntdConfig>
      <LabelPrintButton scope="sample" id={sampleId} fileName="2020-0626-123-SW-001-标签" label="打印标签" />
    </AntdConfig>
  )
  return print.toPdf
}

afterEach(() => {
  delete window.ecocase
})

describe('printing labels', () => {
  it('prints the chosen label size through the app and says where the file went', async () => {
    const toPdf = renderButton(async () => ({ ok: true, path: '/home/lin/标签.pdf' }))
    await userEvent.click(screen.getByTestId('print-labels-sample'))
    await userEvent.click(await screen.findByText('标签打印机 60×40 mm（每页一枚）'))
    expect(toPdf).toHaveBeenCalledWith({ route: `/print/labels/sample/${sampleId}/60x40`, fileName: '2020-0626-123-SW-001-标签-60x40.pdf' })
    expect(await screen.findByText('已保存：/home/lin/标签.pdf')).toBeTruthy()
  })

  it('shows why a print failed instead of doing nothing', async () => {
    renderButton(async () => ({ ok: false, message: '不是可打印的页面' }))
    await userEvent.click(screen.getByTestId('print-labels-sample'))
    await userEvent.click(await screen.findByText('A4 标签纸（整页多枚）'))
    expect(await screen.findByText('打印失败：不是可打印的页面')).toBeTruthy()
  })

  it('says so when the browser blocks the print window of the preview', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null)
    render(
      <AntdConfig>
        <LabelPrintButton scope="sample" id={sampleId} fileName="x" label="打印标签" />
      </AntdConfig>
    )
    await userEvent.click(screen.getByTestId('print-labels-sample'))
    await userEvent.click(await screen.findByText('标签打印机 80×50 mm（每页一枚）'))
    expect(open).toHaveBeenCalledWith(`#/print/labels/sample/${sampleId}/80x50?autoprint=1`, '_blank')
    expect(await screen.findByText(/浏览器拦截了打印窗口/)).toBeTruthy()
  })
})
