import type { KeyboardEvent } from 'react'

/**
 * Enter in a date or time field confirms what was typed there; it must not
 * also submit the form half filled (the browser's implicit submission). For
 * a form's `onKeyDown`: antd pickers (inside `.ant-picker`) and native date
 * inputs keep their Enter.
 */
export function keepEnterInDateFields(event: KeyboardEvent<HTMLFormElement>): void {
  if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement)) return
  const input = event.target
  if (input.closest('.ant-picker') || ['date', 'datetime-local', 'time', 'month'].includes(input.type)) event.preventDefault()
}
