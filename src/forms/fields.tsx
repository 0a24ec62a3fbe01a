import { Input, InputNumber } from 'antd'
import { Controller, type Control, type FieldError, type FieldValues, type Path } from 'react-hook-form'
import type { ReactNode } from 'react'
import { FormField } from './FormField'
import { DayPicker } from './ShanghaiPickers'

/** A calendar-day field ('YYYY-MM-DD') of a react-hook-form form. */
export function DayField<T extends FieldValues>(props: { control: Control<T>; name: Path<T>; id: string; label: ReactNode; error?: FieldError; required?: boolean }) {
  return (
    <FormField id={props.id} label={props.label} error={props.error} required={props.required}>
      <Controller
        control={props.control}
        name={props.name}
        render={({ field }) => <DayPicker id={props.id} value={field.value as string} onChange={field.onChange} />}
      />
    </FormField>
  )
}

/** A text field, one line or several. */
export function TextField<T extends FieldValues>(props: {
  control: Control<T>
  name: Path<T>
  id: string
  label: ReactNode
  error?: FieldError
  required?: boolean
  rows?: number
  width?: number
  placeholder?: string
}) {
  return (
    <FormField id={props.id} label={props.label} error={props.error} required={props.required}>
      <Controller
        control={props.control}
        name={props.name}
        render={({ field }) =>
          props.rows ? (
            <Input.TextArea id={props.id} rows={props.rows} {...field} />
          ) : (
            <Input id={props.id} style={props.width ? { width: props.width } : undefined} placeholder={props.placeholder} {...field} />
          )
        }
      />
    </FormField>
  )
}

/** A number field; cleared, it holds 0 (the schema says whether 0 is allowed). */
export function NumberField<T extends FieldValues>(props: { control: Control<T>; name: Path<T>; id: string; label: ReactNode; error?: FieldError; required?: boolean; min?: number; max?: number }) {
  return (
    <FormField id={props.id} label={props.label} error={props.error} required={props.required}>
      <Controller
        control={props.control}
        name={props.name}
        render={({ field }) => <InputNumber id={props.id} min={props.min} max={props.max} value={field.value} onChange={(v) => field.onChange(v ?? 0)} />}
      />
    </FormField>
  )
}
