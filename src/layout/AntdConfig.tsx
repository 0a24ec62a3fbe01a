import { App as AntApp, ConfigProvider } from 'antd'
import zhCN from 'antd/locale/zh_CN'
import enUS from 'antd/locale/en_US'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'

/** antd in the UI's language, with the court's green and buttons that read "保存", not "保 存". */
export function AntdConfig({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation()
  const english = i18n.language === 'en'
  dayjs.locale(english ? 'en' : 'zh-cn')
  return (
    <ConfigProvider locale={english ? enUS : zhCN} theme={{ token: { colorPrimary: '#1f6f43' } }} button={{ autoInsertSpace: false }}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  )
}
