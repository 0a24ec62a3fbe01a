import { Form } from 'antd'
import type { ReactNode } from 'react'
import type { FieldError } from 'react-hook-form'

/**
 * An antd form row that shows a react-hook-form field's error under its
 * input. `id` ties the label to the input, so the label names it.
 */
export function FormField(props: { id: string; label: ReactNode; error?: FieldError; required?: boolean; children: ReactNode }) {
  return (
    <Form.Item
      htmlFor={props.id}
      label={props.label}
      required={props.required}
      validateStatus={props.error ? 'error' : undefined}
      help={props.error?.message}
    >
      {props.children}
    </Form.Item>
  )
}
