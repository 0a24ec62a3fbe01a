import { Col, Input, Row, Select } from 'antd'
import { Controller, get, type Control, type FieldError, type FieldErrors, type FieldValues, type Path } from 'react-hook-form'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { sourceKinds, type FigureRange, type FigureSource } from '../../electron/shared/opinions'
import { FormField } from '../forms/FormField'

export const emptySource: FigureSource = { kind: 'judgement', reference: '', note: '' }
export const emptyRange: FigureRange = { low: '', high: '', source: emptySource }

/** Where a figure's inputs sit in its form, e.g. `method.gamma.value`; ids are made from it. */
interface FigureProps<T extends FieldValues> {
  control: Control<T>
  errors: FieldErrors<T>
  path: string
}

const idOf = (path: string) => path.replaceAll('.', '-')
const errorAt = (errors: FieldErrors, path: string): FieldError | undefined => get(errors, path)

/**
 * Where a figure comes from: the kind, the document or report, and a note
 * (required for a judgement). Input ids start with `idPrefix`, else the path.
 */
export function SourceFields<T extends FieldValues>(props: FigureProps<T> & { idPrefix?: string }) {
  const { t } = useTranslation()
  const { control, errors, path } = props
  const id = props.idPrefix ?? idOf(path)
  return (
    <>
      <Row gutter={12}>
        <Col span={8}>
          <FormField id={`${id}-kind`} label={t('opinions.estimate.source')} error={errorAt(errors, `${path}.kind`)} required>
            <Controller
              control={control}
              name={`${path}.kind` as Path<T>}
              render={({ field }) => (
                <Select
                  id={`${id}-kind`}
                  {...field}
                  showSearch={{ optionFilterProp: 'label' }}
                  options={sourceKinds.map((k) => ({ value: k, label: t(`opinions.estimate.sourceKinds.${k}`) }))}
                />
              )}
            />
          </FormField>
        </Col>
        <Col span={16}>
          <FormField id={`${id}-reference`} label={t('opinions.estimate.reference')} error={errorAt(errors, `${path}.reference`)} required>
            <Controller control={control} name={`${path}.reference` as Path<T>} render={({ field }) => <Input id={`${id}-reference`} {...field} />} />
          </FormField>
        </Col>
      </Row>
      <FormField id={`${id}-note`} label={t('opinions.estimate.note')} error={errorAt(errors, `${path}.note`)}>
        <Controller control={control} name={`${path}.note` as Path<T>} render={({ field }) => <Input id={`${id}-note`} {...field} />} />
      </FormField>
    </>
  )
}

/**
 * One figure of an estimate: low and high (equal for a point value) and its
 * source. `extra` puts a related input (a unit, a class) beside the figures.
 */
export function RangeFields<T extends FieldValues>(props: FigureProps<T> & { label: string; extra?: ReactNode }) {
  const { t } = useTranslation()
  const { control, errors, path } = props
  const id = idOf(path)
  const span = props.extra ? 8 : 12
  return (
    <fieldset className="estimate-figure" style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: '8px 12px', marginBottom: 12 }}>
      <legend style={{ width: 'auto', fontSize: 14, padding: '0 6px', margin: 0, border: 0 }}>{props.label}</legend>
      <Row gutter={12}>
        <Col span={span}>
          <FormField id={`${id}-low`} label={t('opinions.estimate.low')} error={errorAt(errors, `${path}.low`)} required>
            <Controller control={control} name={`${path}.low` as Path<T>} render={({ field }) => <Input id={`${id}-low`} {...field} inputMode="decimal" />} />
          </FormField>
        </Col>
        <Col span={span}>
          <FormField id={`${id}-high`} label={t('opinions.estimate.high')} error={errorAt(errors, `${path}.high`)} required>
            <Controller control={control} name={`${path}.high` as Path<T>} render={({ field }) => <Input id={`${id}-high`} {...field} inputMode="decimal" />} />
          </FormField>
        </Col>
        {props.extra && <Col span={8}>{props.extra}</Col>}
      </Row>
      <SourceFields control={control} errors={errors} path={`${path}.source`} idPrefix={id} />
    </fieldset>
  )
}
