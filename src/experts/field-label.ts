import type { Field } from '../../electron/shared/fields'

/** A field's name in the UI's language. */
export function fieldLabel(field: Field, language: string): string {
  return language === 'en' ? field.nameEn : field.nameZh
}
