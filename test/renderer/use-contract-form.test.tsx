import { describe, expect, it, vi } from 'vitest'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Controller } from 'react-hook-form'
import { Input } from 'antd'
import { z } from 'zod'
import { requiredText } from '../../electron/shared/common'
import type { AppErrorShape } from '../../electron/shared/errors'
import { useContractForm } from '../../src/forms/use-contract-form'
import { FormMessage } from '../../src/forms/FormMessage'
import { FormField } from '../../src/forms/FormField'
import { AntdConfig } from '../../src/layout/AntdConfig'
import { inUiLanguage } from '../../src/api/error-words'
import i18n from '../../src/i18n'

// A channel input of the shape the contract's schemas have: a required text and a trimmed one.
const noteInput = z.object({ title: requiredText(40, 'milestone_title_required'), place: z.string().trim() })
type NoteInput = z.infer<typeof noteInput>

function NoteForm(props: { onSubmit: (values: NoteInput) => Promise<AppErrorShape | null>; onSaved?: () => void; serverPrefix?: string }) {
  const { control, formState, submit, formError } = useContractForm({
    schema: noteInput,
    defaultValues: { title: '', place: '' },
    serverPrefix: props.serverPrefix,
    onSubmit: props.onSubmit,
    onSaved: props.onSaved
  })
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <FormMessage error={formError} />
      {(['title', 'place'] as const).map((name) => (
        <FormField key={name} id={`note-${name}`} label={name} error={formState.errors[name]}>
          <Controller control={control} name={name} render={({ field }) => <Input id={`note-${name}`} {...field} />} />
        </FormField>
      ))}
      <button type="submit">save</button>
    </form>
  )
}

function renderForm(props: Parameters<typeof NoteForm>[0]) {
  render(
    <AntdConfig>
      <NoteForm {...props} />
    </AntdConfig>
  )
}

/** A core refusal as `api` hands it to a form: worded in the UI's language from its reasons. */
const refusal = (error: Omit<AppErrorShape, 'message'>): AppErrorShape => inUiLanguage({ ...error, message: '' })

describe('useContractForm', () => {
  it('checks the values with the contract schema before sending anything', async () => {
    const onSubmit = vi.fn(async () => null)
    renderForm({ onSubmit })
    await userEvent.click(screen.getByRole('button', { name: 'save' }))
    expect(await screen.findByText('请填写节点名称')).toBeTruthy()
    expect(onSubmit).not.toHaveBeenCalled()
  })

  it("words the schema's problems in the UI's language, the bound from the issue itself", async () => {
    await i18n.changeLanguage('en')
    try {
      renderForm({ onSubmit: vi.fn(async () => null) })
      await userEvent.click(screen.getByRole('button', { name: 'save' }))
      expect(await screen.findByText("Fill in the milestone's name")).toBeTruthy()
      await userEvent.type(screen.getByLabelText('title'), 'x'.repeat(41))
      await userEvent.click(screen.getByRole('button', { name: 'save' }))
      expect(await screen.findByText('At most 40 characters')).toBeTruthy()
    } finally {
      await i18n.changeLanguage('zh-CN')
    }
  })

  it('sends the parsed values and reports the save', async () => {
    const onSubmit = vi.fn(async (_values: NoteInput) => null)
    const onSaved = vi.fn()
    renderForm({ onSubmit, onSaved })
    await userEvent.type(screen.getByLabelText('title'), '  现场复查 ')
    await userEvent.type(screen.getByLabelText('place'), ' 池塘东岸')
    await userEvent.click(screen.getByRole('button', { name: 'save' }))
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1))
    expect(onSubmit.mock.calls[0]![0]).toEqual({ title: '现场复查', place: '池塘东岸' })
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it("puts the core's field errors on their fields, without the input's wrapper, and no form message", async () => {
    const onSaved = vi.fn()
    renderForm({ serverPrefix: 'note.', onSaved, onSubmit: async () => refusal({ code: 'invalid_input', reason: 'invalid_input', fieldErrors: { 'note.place': '' }, fieldReasons: { 'note.place': 'field_order_number_taken' } }) })
    await userEvent.type(screen.getByLabelText('title'), '复查')
    await userEvent.click(screen.getByRole('button', { name: 'save' }))
    expect(await screen.findByText('该编号已使用')).toBeTruthy()
    expect(screen.getByLabelText('place').closest('.ant-form-item')!.className).toContain('ant-form-item-has-error')
    expect(screen.queryByRole('alert')).toBeNull()
    expect(onSaved).not.toHaveBeenCalled()
  })

  it('shows a refusal that names no field as the form message, and clears it at the next save', async () => {
    const replies: (AppErrorShape | null)[] = [refusal({ code: 'conflict', reason: 'stale_revision' }), null]
    const onSaved = vi.fn()
    renderForm({ onSaved, onSubmit: async () => replies.shift()! })
    await userEvent.type(screen.getByLabelText('title'), '复查')
    await userEvent.click(screen.getByRole('button', { name: 'save' }))
    expect((await screen.findByRole('alert')).textContent).toContain('该记录已被他人修改，请刷新后重试')
    expect(onSaved).not.toHaveBeenCalled()
    await userEvent.click(screen.getByRole('button', { name: 'save' }))
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1))
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('shows both when a refusal other than invalid input also names a field', async () => {
    renderForm({
      onSubmit: async () =>
        refusal({ code: 'conflict', reason: 'case_number_taken', params: { caseNumber: '(2020)闽0626刑初123号' }, fieldErrors: { title: '' }, fieldReasons: { title: 'field_case_number_taken' } })
    })
    await userEvent.type(screen.getByLabelText('title'), '复查')
    await userEvent.click(screen.getByRole('button', { name: 'save' }))
    expect((await screen.findByRole('alert')).textContent).toContain('案号 (2020)闽0626刑初123号 已登记')
    expect(screen.getByText('该案号已登记')).toBeTruthy()
  })

  it('words the field errors and the message in English when the UI is English', async () => {
    await i18n.changeLanguage('en')
    try {
      renderForm({
        onSubmit: async () =>
          refusal({ code: 'conflict', reason: 'case_number_taken', params: { caseNumber: '(2020)闽0626刑初123号' }, fieldErrors: { title: '该案号已登记' }, fieldReasons: { title: 'field_case_number_taken' } })
      })
      await userEvent.type(screen.getByLabelText('title'), '复查')
      await userEvent.click(screen.getByRole('button', { name: 'save' }))
      expect((await screen.findByRole('alert')).textContent).toContain('Case number (2020)闽0626刑初123号 is already registered')
      expect(screen.getByText('This case number is already registered')).toBeTruthy()
    } finally {
      await i18n.changeLanguage('zh-CN')
    }
  })
})
