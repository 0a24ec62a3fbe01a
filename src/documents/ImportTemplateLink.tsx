import { Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import labResultsTemplate from '../../resources/templates/lab-results-template.csv?raw'
import { downloadFile } from './download'

/**
 * 下载模板: the lab-results CSV template as a file, with a BOM so Excel on a
 * Chinese Windows opens it as UTF-8 (rather than naming a path in the source tree).
 */
export function ImportTemplateLink() {
  const { t } = useTranslation()
  const save = () => downloadFile('检测结果导入模板.csv', `${labResultsTemplate.startsWith('\uFEFF') ? '' : '\uFEFF'}${labResultsTemplate}`, 'text/csv;charset=utf-8')
  return (
    <Typography.Link onClick={save} data-testid="download-results-template">
      {t('templates.labResultsCsv')}
    </Typography.Link>
  )
}
