import { afterEach, describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter, Route, Routes } from 'react-router-dom'
import { AntdConfig } from '../../src/layout/AntdConfig'
import { RouteOutlet } from '../../src/layout/RouteOutlet'
import i18n from '../../src/i18n'

function BrokenPage(): never {
  throw new Error('cannot read the order')
}

/** React reports the failed first render (it recovers by rendering again, into the boundary) to the window. */
const expectedReport = (event: ErrorEvent) => {
  if (String(event.error?.cause?.message ?? event.error?.message).includes('cannot read the order')) event.preventDefault()
}

function renderRoutes() {
  window.addEventListener('error', expectedReport)
  render(
    <AntdConfig>
      <MemoryRouter initialEntries={['/list', '/broken']} initialIndex={1}>
        <Routes>
          <Route element={<RouteOutlet />}>
            <Route path="/list" element={<p>the list</p>} />
            <Route path="/broken" element={<BrokenPage />} />
            <Route path="/" element={<p>the home page</p>} />
          </Route>
        </Routes>
      </MemoryRouter>
    </AntdConfig>
  )
}

afterEach(async () => {
  window.removeEventListener('error', expectedReport)
  vi.restoreAllMocks()
  await i18n.changeLanguage('zh-CN')
})

describe('a page that throws', () => {
  it('shows in Chinese that the page failed, why, and a way back, not a blank window', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    renderRoutes()
    expect(await screen.findByText('此页面出错，未能显示')).toBeTruthy()
    expect(screen.getByText('cannot read the order')).toBeTruthy()
    expect(screen.getByRole('button', { name: '返回上一页' })).toBeTruthy()
    expect(screen.getByRole('button', { name: '回到首页' })).toBeTruthy()
  })

  it('says it in English when the UI is English', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    await i18n.changeLanguage('en')
    renderRoutes()
    expect(await screen.findByText('This page failed to show')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Back' })).toBeTruthy()
    expect(screen.queryByText('此页面出错，未能显示')).toBeNull()
  })

  it('goes back to the previous page, which works', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    renderRoutes()
    await userEvent.click(await screen.findByRole('button', { name: '返回上一页' }))
    expect(await screen.findByText('the list')).toBeTruthy()
  })

  it('goes to the home page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    renderRoutes()
    await userEvent.click(await screen.findByRole('button', { name: '回到首页' }))
    expect(await screen.findByText('the home page')).toBeTruthy()
  })
})
