import type { TFunction } from 'i18next'
import type { ExchangeConflict } from '../../electron/shared/exchange'

/** The record a conflict is about, in words: its kind and the end of its id. */
export function conflictRecord(t: TFunction, conflict: ExchangeConflict): string {
  return `${t(`history.tables.${conflict.entityType}`, { defaultValue: conflict.entityType })} ${conflict.entityId.slice(-8)}`
}

/** A column's label, as the record history names it. */
export function columnLabel(t: TFunction, column: string): string {
  return t(`history.columns.${column}`, { defaultValue: column })
}

/** A stored value as a person reads it: empty, text, or JSON for structured values. */
export function storedValue(t: TFunction, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('history.empty')
  return typeof value === 'object' ? JSON.stringify(value) : String(value)
}
