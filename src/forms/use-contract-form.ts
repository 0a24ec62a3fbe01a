import { useState, type BaseSyntheticEvent } from 'react'
import { useForm, type DefaultValues, type FieldValues, type Resolver, type UseFormReturn } from 'react-hook-form'
import type { z } from 'zod'
import type { AppErrorShape } from '../../electron/shared/errors'
import { contractResolver } from './contract-resolver'
import { applyServerErrors } from './server-errors'

export interface ContractFormOptions<T extends FieldValues> {
  /** The channel input's schema from electron/shared: checked here before sending, and again in core. */
  schema: z.ZodType<T, FieldValues>
  defaultValues?: DefaultValues<T>
  /** Strips the wrapper of the channel input from the core's field paths, e.g. `expert.` in `expert.name`. */
  serverPrefix?: string
  /** Sends the checked values; returns the core's error, or null when saved. */
  onSubmit: (values: T) => Promise<AppErrorShape | null>
  /** After `onSubmit` returned null. */
  onSaved?: (values: T) => void
}

export type ContractForm<T extends FieldValues> = UseFormReturn<T> & {
  /** The form's submit handler (for `<form onSubmit>` or a button's click). */
  submit: (event?: BaseSyntheticEvent) => Promise<void>
  /** The core's refusal that belongs to no field, worded for the user; null when there is none. */
  formError: string | null
}

/**
 * Every form of the app: react-hook-form checked by the contract's zod
 * schema (its problems worded in the UI's language, see contract-resolver.ts); a refusal of the core puts its field errors on the fields
 * (`fieldErrors`, worded from their reasons) and the rest in the form's one
 * message (STYLE.md, Errors).
 */
export function useContractForm<T extends FieldValues>(options: ContractFormOptions<T>): ContractForm<T> {
  const [formError, setFormError] = useState<string | null>(null)
  const form = useForm<T>({ resolver: contractResolver(options.schema) as unknown as Resolver<T>, defaultValues: options.defaultValues })
  const submit = form.handleSubmit(async (values) => {
    setFormError(null)
    const error = await options.onSubmit(values)
    if (error) setFormError(applyServerErrors(error, form.setError, options.serverPrefix))
    else options.onSaved?.(values)
  })
  return { ...form, submit, formError }
}
