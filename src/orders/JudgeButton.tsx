import { Button, Tooltip } from 'antd'
import { useTranslation } from 'react-i18next'

/** A button only a judge may press; for anyone else disabled, saying why. */
export function JudgeButton(props: { allowed: boolean; label: string; onClick: () => void; testId: string; type?: 'primary' | 'default' }) {
  const { t } = useTranslation()
  return (
    <Tooltip title={props.allowed ? undefined : t('orders.judgesOnly')}>
      <Button type={props.type ?? 'default'} disabled={!props.allowed} onClick={props.onClick} data-testid={props.testId}>
        {props.label}
      </Button>
    </Tooltip>
  )
}
