import { describe, expect, it } from 'vitest'
import { fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { createMemoryRouter, Link, RouterProvider } from 'react-router-dom'
import { UnsavedChangesGuard } from '../../src/forms/UnsavedChangesGuard'
import { keepEnterInDateFields } from '../../src/forms/date-field-enter'
import { ShanghaiDateTimePicker } from '../../src/forms/ShanghaiPickers'
import { AntdConfig } from '../../src/layout/AntdConfig'

function Editor() {
  const [text, setText] = useState('')
  return (
    <>
      <UnsavedChangesGuard dirty={text !== ''} />
      <input aria-label="findings" value={text} onChange={(e) => setText(e.target.value)} />
      <Link to="/elsewhere">elsewhere</Link>
    </>
  )
}

function renderEditor() {
  const router = createMemoryRouter([
    { path: '/', element: <Editor /> },
    { path: '/elsewhere', element: <div>arrived</div> }
  ])
  render(
    <AntdConfig>
      <RouterProvider router={router} />
    </AntdConfig>
  )
}

describe('the unsaved-changes warning', () => {
  it('lets a clean form go without asking', async () => {
    renderEditor()
    await userEvent.click(screen.getByText('elsewhere'))
    expect(await screen.findByText('arrived')).toBeTruthy()
  })

  it('holds a navigation away from changed work until the user chooses to leave', async () => {
    renderEditor()
    await userEvent.type(screen.getByLabelText('findings'), '池塘发黑')
    await userEvent.click(screen.getByText('elsewhere'))
    expect(await screen.findByText('有未保存的修改')).toBeTruthy()
    await userEvent.click(screen.getByTestId('unsaved-stay'))
    expect(screen.queryByText('arrived')).toBeNull()
    expect((screen.getByLabelText('findings') as HTMLInputElement).value).toBe('池塘发黑')

    await userEvent.click(screen.getByText('elsewhere'))
    await userEvent.click(await screen.findByTestId('unsaved-leave'))
    expect(await screen.findByText('arrived')).toBeTruthy()
  })

  it('asks before the window closes while work is unsaved, and not once it is clean', async () => {
    renderEditor()
    const unload = () => {
      const event = new Event('beforeunload', { cancelable: true })
      window.dispatchEvent(event)
      return event.defaultPrevented
    }
    expect(unload()).toBe(false)
    await userEvent.type(screen.getByLabelText('findings'), '黎')
    expect(unload()).toBe(true)
    await userEvent.clear(screen.getByLabelText('findings'))
    expect(unload()).toBe(false)
  })
})

describe('Enter in a date field', () => {
  it('does not submit the form; Enter in a text field still does', () => {
    let submitted = 0
    render(
      <form onSubmit={(e) => { e.preventDefault(); submitted++ }} onKeyDown={keepEnterInDateFields}>
        <input aria-label="day" type="date" />
        <div className="ant-picker"><input aria-label="picker" /></div>
        <input aria-label="name" />
      </form>
    )
    const enter = (label: string) => fireEvent.keyDown(screen.getByLabelText(label), { key: 'Enter' })
    expect(enter('day')).toBe(false)
    expect(enter('picker')).toBe(false)
    expect(enter('name')).toBe(true)
    expect(submitted).toBe(0)
  })
})

describe('the date and time picker', () => {
  it('shows an instant as 2020-05-12 10:30, the Asia/Shanghai wall clock, in the one display format', () => {
    render(
      <AntdConfig>
        <ShanghaiDateTimePicker id="at" value="2020-05-12T02:30:00.000Z" onChange={() => undefined} />
      </AntdConfig>
    )
    expect((document.querySelector('#at') as HTMLInputElement).value).toBe('2020-05-12 10:30')
  })
})
