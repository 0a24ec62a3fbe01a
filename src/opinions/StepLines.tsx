import { stepLines, type CalculationStep } from '../../electron/shared/estimate-steps'
import { useTranslation } from 'react-i18next'
import { uiLanguage } from '../api/error-words'

/** An estimate's steps as lines, worded in the UI's language from the codes and figures core stored. */
export function StepLines(props: { steps: CalculationStep[] }) {
  // Re-rendered when the language switches.
  useTranslation()
  return (
    <>
      {props.steps.flatMap((step) => stepLines(step, uiLanguage())).map((line, i) => (
        <div key={i}>{line}</div>
      ))}
    </>
  )
}
