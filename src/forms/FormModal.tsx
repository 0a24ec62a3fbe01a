import { Alert, Form, Modal } from 'antd'
import { useForm, type Control, type DefaultValues, type FieldErrors, type FieldValues, type Resolver } from 'react-hook-form'
import { contractResolver } from './contract-resolver'
import { useState, type ReactNode } from 'react'
import type { z } from 'zod'
import type { AppErrorShape } from '../../electron/shared/errors'
import { applyServerErrors } from './server-errors'

/**
 * A small form in a modal, checked by a shared zod schema here and again in
 * core (the order page's issue, milestone, inspection, deviation and
 * acceptance dialogs, among others). `onSubmit` returns the core's error, or null when saved.
 */
export function FormModal<T extends FieldValues>(props: {
  title: ReactNode
  schema: z.ZodType<T, FieldValues>
  initial: T
  testId: string
  /** Strips the wrapper of the channel input from the core's field paths, e.g. `milestone.`. */
  serverPrefix?: string
  onSubmit: (values: T) => Promise<AppErrorShape | null>
  onClose: () => void
  children: (control: Control<T>, errors: FieldErrors<T>) => ReactNode
}) {
  const [formError, setFormError] = useState<string | null>(null)
  const {
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting }
  } = useForm<T>({ resolver: contractResolver(props.schema) as unknown as Resolver<T>, defaultValues: props.initial as DefaultValues<T> })
  const submit = handleSubmit(async (values) => {
    setFormError(null)
    const error = await props.onSubmit(values)
    if (error) setFormError(applyServerErrors(error, setError, props.serverPrefix))
    else props.onClose()
  })
  return (
    <Modal open title={props.title} onCancel={props.onClose} onOk={() => void submit()} confirmLoading={isSubmitting} destroyOnHidden width={640}>
      <form onSubmit={(e) => void submit(e)} noValidate data-testid={props.testId} aria-label={typeof props.title === 'string' ? props.title : undefined}>
        <Form layout="vertical" component={false}>
          {formError && <Alert type="error" showIcon message={formError} style={{ marginBottom: 16 }} />}
          {props.children(control, errors)}
        </Form>
      </form>
    </Modal>
  )
}
