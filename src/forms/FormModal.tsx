import { Form, Modal } from 'antd'
import type { Control, FieldErrors, FieldValues } from 'react-hook-form'
import type { ReactNode } from 'react'
import type { z } from 'zod'
import type { AppErrorShape } from '../../electron/shared/errors'
import { useContractForm } from './use-contract-form'
import { FormMessage } from './FormMessage'
import { UploadsPendingProvider, useUploadsPending } from './uploads-pending'

/**
 * A small form in a modal, checked by a shared zod schema here and again in
 * core (the order page's issue, milestone, inspection, deviation and
 * acceptance dialogs, among others). `onSubmit` returns the core's error, or null when saved.
 */
export function FormModal<T extends FieldValues>(props: {
  title: ReactNode
  /** The submit button's words where "OK" would not say what it does. */
  okText?: ReactNode
  schema: z.ZodType<T, FieldValues>
  initial: T
  testId: string
  /** Strips the wrapper of the channel input from the core's field paths, e.g. `milestone.`. */
  serverPrefix?: string
  onSubmit: (values: T) => Promise<AppErrorShape | null>
  onClose: () => void
  children: (control: Control<T>, errors: FieldErrors<T>) => ReactNode
}) {
  const { control, submit, formError, formState } = useContractForm<T>({
    schema: props.schema,
    defaultValues: props.initial as never,
    serverPrefix: props.serverPrefix,
    onSubmit: props.onSubmit,
    onSaved: props.onClose
  })
  const uploads = useUploadsPending()
  return (
    <Modal
      open
      title={props.title}
      onCancel={props.onClose}
      onOk={() => void submit()}
      okText={props.okText}
      confirmLoading={formState.isSubmitting}
      okButtonProps={{ disabled: uploads.pending > 0 }}
      destroyOnHidden
      width={640}
    >
      <form onSubmit={(e) => void submit(e)} noValidate data-testid={props.testId} aria-label={typeof props.title === 'string' ? props.title : undefined}>
        <Form layout="vertical" component={false}>
          <FormMessage error={formError} />
          <UploadsPendingProvider value={uploads.track}>{props.children(control, formState.errors)}</UploadsPendingProvider>
        </Form>
      </form>
    </Modal>
  )
}
