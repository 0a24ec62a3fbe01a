import { describe, expect, it, vi } from 'vitest'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Controller } from 'react-hook-form'
import { z } from 'zod'
import { FormModal } from '../../src/forms/FormModal'
import { EvidenceUpload } from '../../src/forms/EvidenceUpload'
import { AntdConfig } from '../../src/layout/AntdConfig'

let finishUpload: (sha256: string) => void = () => undefined
vi.mock('../../src/attachments/upload-attachment', () => ({
  uploadAttachment: () => new Promise((resolve) => (finishUpload = (sha256) => resolve({ ok: true, value: { sha256 } })))
}))

const evidenceInput = z.object({ evidenceSha256: z.array(z.string()) })

describe('a dialog with evidence uploads', () => {
  it('cannot be confirmed while a picked file is still uploading, and sends its hash once stored', async () => {
    const onSubmit = vi.fn(async () => null)
    render(
      <AntdConfig>
        <FormModal title="完成节点" schema={evidenceInput} initial={{ evidenceSha256: [] }} testId="done-form" onSubmit={onSubmit} onClose={() => undefined}>
          {(control) => <Controller control={control} name="evidenceSha256" render={({ field }) => <EvidenceUpload id="evidence" value={field.value} onChange={field.onChange} />} />}
        </FormModal>
      </AntdConfig>
    )
    const input = document.querySelector<HTMLInputElement>('input[type=file]')!
    await userEvent.upload(input, new File(['报告'], 'report.txt', { type: 'text/plain' }))
    const ok = () => screen.getByRole<HTMLButtonElement>('button', { name: /确\s*定|OK/ })
    await waitFor(() => expect(ok().disabled).toBe(true))
    finishUpload('ab'.repeat(32))
    await waitFor(() => expect(ok().disabled).toBe(false))
    await userEvent.click(ok())
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ evidenceSha256: ['ab'.repeat(32)] }))
  })
})
