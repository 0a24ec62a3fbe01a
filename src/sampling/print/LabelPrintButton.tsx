import { Button, Dropdown } from 'antd'
import { DownOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { labelPrintRoute, labelSizes, type LabelScope } from '../../../electron/shared/print'
import { usePrint } from '../../print/print-view'

/** Prints the labels of a visit or of one sample, on an A4 sheet or one per label-printer page. */
export function LabelPrintButton(props: { scope: LabelScope; id: string; fileName: string; label: string }) {
  const { t } = useTranslation()
  const print = usePrint()
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: labelSizes.map((size) => ({ key: size, label: t(`sampling.print.labelSizes.${size}`), 'data-testid': `print-labels-${size}` })),
        onClick: ({ key }) => {
          const size = labelSizes.find((s) => s === key) ?? 'a4'
          void print(labelPrintRoute(props.scope, props.id, size), `${props.fileName}-${size}.pdf`)
        }
      }}
    >
      <Button data-testid={`print-labels-${props.scope}`}>
        {props.label} <DownOutlined />
      </Button>
    </Dropdown>
  )
}
