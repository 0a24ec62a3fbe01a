import 'i18next'
import type { Strings } from './zh-CN'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: Strings }
  }
}
