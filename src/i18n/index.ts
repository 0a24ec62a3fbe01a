import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import { en, zhCN } from './strings'

export const languages = ['zh-CN', 'en'] as const
export type Language = (typeof languages)[number]
const storageKey = 'ecocase.language'

function savedLanguage(): Language {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(storageKey)
  return saved === 'en' ? 'en' : 'zh-CN'
}

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: savedLanguage(),
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false }
})

export function switchLanguage(language: Language) {
  localStorage.setItem(storageKey, language)
  void i18n.changeLanguage(language)
  document.documentElement.lang = language
}

export default i18n
