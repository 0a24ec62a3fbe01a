import type { RestorationOrder } from '../../../electron/shared/orders'
import { useSectionLines } from '../OrderSectionsView'

/** The particulars table's rows for upkeep, labour in lieu and restocking, where the order has them. */
export function OrderSectionsRows({ order }: { order: RestorationOrder }) {
  return (
    <>
      {useSectionLines(order).map((line) => (
        <tr key={line.key}>
          <th>{line.label}</th>
          <td colSpan={3} data-testid={`summary-${line.key}`}>
            {line.text}
          </td>
        </tr>
      ))}
    </>
  )
}
