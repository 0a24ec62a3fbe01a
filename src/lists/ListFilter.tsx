import { Select } from 'antd'

/**
 * One filter of a list page: a searchable choice that can be cleared, which
 * then filters nothing. The list reads the chosen value, or null.
 */
export function ListFilter<V extends string>(props: {
  testId: string
  placeholder: string
  width: number
  value: V | null
  onChange: (value: V | null) => void
  options: { value: V; label: string }[]
}) {
  return (
    <Select
      allowClear
      data-testid={props.testId}
      placeholder={props.placeholder}
      showSearch={{ optionFilterProp: 'label' }}
      style={{ width: props.width }}
      // antd shows the placeholder for undefined only: null is a chosen value to it.
      value={props.value ?? undefined}
      onChange={(value: V | undefined) => props.onChange(value ?? null)}
      options={props.options}
    />
  )
}
