import { Form, Radio } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DamageEstimate, MethodVersion } from '../../electron/shared/opinions'
import { ActualCostForm } from './ActualCostForm'
import { Gbt39793Form } from './Gbt39793Form'
import { Recommended2014Form } from './Recommended2014Form'

/** The ways an estimate can be worked out: a virtual-cost method version, or the actual costs. */
type EstimateMethod = MethodVersion | 'actual_cost'
const estimateMethods: EstimateMethod[] = ['recommended-2014', 'gbt-39793.2-2020', 'actual_cost']

/**
 * A new damage estimate: the method is chosen first, then its own form
 * (each previews its steps through `estimates.calculate` and saves through
 * `estimates.create`).
 */
export function EstimateForm(props: { caseId: string; onCreated: (estimate: DamageEstimate) => void }) {
  const { t } = useTranslation()
  const [method, setMethod] = useState<EstimateMethod>('recommended-2014')
  return (
    <>
      <Form layout="vertical">
        <Form.Item label={t('opinions.estimate.chooseMethod')}>
          <Radio.Group
            optionType="button"
            value={method}
            onChange={(e) => setMethod(e.target.value as EstimateMethod)}
            options={estimateMethods.map((m) => ({ value: m, label: t(`opinions.estimate.methods.${m}`) }))}
            data-testid="estimate-method"
          />
        </Form.Item>
      </Form>
      {method === 'recommended-2014' && <Recommended2014Form caseId={props.caseId} onCreated={props.onCreated} />}
      {method === 'gbt-39793.2-2020' && <Gbt39793Form caseId={props.caseId} onCreated={props.onCreated} />}
      {method === 'actual_cost' && <ActualCostForm caseId={props.caseId} onCreated={props.onCreated} />}
    </>
  )
}
