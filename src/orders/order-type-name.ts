import type { OrderType } from '../../electron/shared/order-types'

/** An order type's name in the UI's language: the type is reference data kept in both. */
export function orderTypeName(type: Pick<OrderType, 'nameZh' | 'nameEn'>, language: string): string {
  return language === 'en' ? type.nameEn : type.nameZh
}

/** The type name an order or dashboard row carries, in the UI's language. */
export function orderTypeNameOf(row: { orderTypeName: string; orderTypeNameEn: string }, language: string): string {
  return orderTypeName({ nameZh: row.orderTypeName, nameEn: row.orderTypeNameEn }, language)
}
