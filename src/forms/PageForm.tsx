import { Form } from 'antd'
import type { ReactNode } from 'react'
import type { FieldValues } from 'react-hook-form'
import type { ContractForm } from './use-contract-form'
import { FormActions } from './FormActions'
import { FormMessage } from './FormMessage'
import { UnsavedChangesGuard } from './UnsavedChangesGuard'
import { keepEnterInDateFields } from './date-field-enter'

/**
 * A contract form that fills a page (a case, expert, order, sample or visit;
 * the small ones are FormModal): the core's message above the fields, a
 * guard against leaving it with unsaved changes, Enter in a date field kept
 * from submitting, and save and cancel below when `onCancel` is given.
 */
export function PageForm<T extends FieldValues>(props: { form: ContractForm<T>; label: string; onCancel?: () => void; children: ReactNode }) {
  const {
    submit,
    formError,
    formState: { isDirty, isSubmitting }
  } = props.form
  return (
    <form onSubmit={(e) => void submit(e)} noValidate onKeyDown={keepEnterInDateFields} aria-label={props.label}>
      <UnsavedChangesGuard dirty={isDirty && !isSubmitting} />
      <Form layout="vertical" component={false}>
        <FormMessage error={formError} />
        {props.children}
        {props.onCancel && <FormActions submitting={isSubmitting} onCancel={props.onCancel} />}
      </Form>
    </form>
  )
}
