import { DatePicker, Input } from 'antd'
import dayjs from 'dayjs'
import { Controller, type Control, type FieldError, type FieldValues, type Path } from 'react-hook-form'
import type { ReactNode } from 'react'
import { FormField } from './FormField'

/** A calendar-day field ('YYYY-MM-DD') of a react-hook-form form. */
export function DayField<T extends FieldValues>(props: { control: Control<T>; name: Path<T>; id: string; label: ReactNode; error?: FieldError; required?: boolean }) {
  return (
    <FormField id={props.id} label={props.label} error={props.error} required={props.required}>
      <Controller
        control={props.control}
        name={props.name}
        render={({ field }) => (
          <DatePicker id={props.id} value={field.value ? dayjs(field.value as string) : null} onChange={(d) => field.onChange(d ? d.format('YYYY-MM-DD') : '')} />
        )}
      />
    </FormField>
  )
}

/** A text field, one line or several. */
export function TextField<T extends FieldValues>(props: { control: Control<T>; name: Path<T>; id: string; label: ReactNode; error?: FieldError; required?: boolean; rows?: number }) {
  return (
    <FormField id={props.id} label={props.label} error={props.error} required={props.required}>
      <Controller
        control={props.control}
        name={props.name}
        render={({ field }) =>
          props.rows ? <Input.TextArea id={props.id} rows={props.rows} {...field} /> : <Input id={props.id} {...field} />
        }
      />
    </FormField>
  )
}
