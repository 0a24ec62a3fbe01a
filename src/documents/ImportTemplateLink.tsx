import { App as AntApp, Space, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import labResultsTemplate from '../../resources/templates/lab-results-template.csv?raw'
import { api } from '../api/api'
import { base64Bytes, downloadFile } from './download'

/**
 * 下载模板: the lab-results import template as a file, CSV (with a BOM so
 * Excel on a Chinese Windows opens it as UTF-8) or an Excel workbook the core
 * builds with the same columns and example rows (rather than naming a path
 * in the source tree).
 */
export function ImportTemplateLink() {
  const { t } = useTranslation()
  const { message } = AntApp.useApp()
  const saveCsv = () => downloadFile('检测结果导入模板.csv', `${labResultsTemplate.startsWith('\uFEFF') ? '' : '\uFEFF'}${labResultsTemplate}`, 'text/csv;charset=utf-8')
  const saveXlsx = async () => {
    const reply = await api.lists.exportXlsx({ list: 'lab-results-template', caseId: null })
    if (!reply.ok) return void message.error(t('exports.failed', { reason: reply.error.message }))
    downloadFile(reply.value.fileName, base64Bytes(reply.value.contentBase64), reply.value.mediaType)
  }
  return (
    <Space size="middle" wrap>
      <Typography.Link onClick={saveCsv} data-testid="download-results-template">
        {t('templates.labResultsCsv')}
      </Typography.Link>
      <Typography.Link onClick={() => void saveXlsx()} data-testid="download-results-template-xlsx">
        {t('templates.labResultsXlsx')}
      </Typography.Link>
    </Space>
  )
}
