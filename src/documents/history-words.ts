import { useTranslation } from 'react-i18next'
import type { HistoryEvent } from '../../electron/shared/history'
import { formatShanghai } from '../../electron/shared/shanghai-time'

/**
 * Names for what audit events hold: the action, the table and each column,
 * from the strings (`history.tables`, `history.columns`); a column without a
 * name is shown as stored, so a new column is never hidden.
 */
export function useHistoryWords() {
  const { t, i18n } = useTranslation()
  const known = (key: string) => i18n.exists(key)
  return {
    action(e: HistoryEvent): string {
      if (e.entityType.includes('.')) return known(`history.facts.${e.entityType}`) ? t(`history.facts.${e.entityType}` as never) : e.entityType
      if (e.before === null) return t('history.actions.created')
      if (e.after === null) return t('history.actions.removed')
      if (e.before.voided_at == null && e.after.voided_at != null) return t('history.actions.voided')
      return t('history.actions.updated')
    },
    table: (table: string) => (known(`history.tables.${table}`) ? t(`history.tables.${table}` as never) : table),
    column: (column: string) => (known(`history.columns.${column}`) ? t(`history.columns.${column}` as never) : column),
    value(column: string, value: unknown): string {
      if (value === null || value === undefined || value === '') return t('history.empty')
      if (column === 'active' || column.endsWith('_paid') || column === 'seal_intact' || column === 'recommended') return t(value ? 'common.yes' : 'common.no')
      if (column.endsWith('_fen') && typeof value === 'number') return `${(value / 100).toFixed(2)} 元`
      if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(value)) return formatShanghai(value)
      return typeof value === 'string' ? value : JSON.stringify(value)
    }
  }
}
