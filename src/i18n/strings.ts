import * as layout from '../layout/layout.strings'
import * as forms from '../forms/forms.strings'
import * as session from '../session/session.strings'
import * as experts from '../experts/experts.strings'
import * as settings from '../settings/settings.strings'
import * as cases from '../cases/cases.strings'
import * as assignments from '../assignments/assignments.strings'
import * as print from '../print/print.strings'
import * as opinions from '../opinions/opinions.strings'
import * as sampling from '../sampling/sampling.strings'
import * as orders from '../orders/orders.strings'
import * as documents from '../documents/documents.strings'
import * as exchange from '../exchange/exchange.strings'
import * as backups from '../backups/backups.strings'
import * as standards from '../standards/standards.strings'
import * as search from '../search/search.strings'
import * as home from '../home/home.strings'

/**
 * Every domain folder keeps its strings in its own `*.strings.ts`; this is the
 * one list of them. Each domain owns distinct top-level keys (a renderer test
 * checks that no two domains claim the same one).
 */
export const domains = [layout, forms, session, experts, settings, cases, assignments, print, opinions, sampling, orders, documents, exchange, backups, standards, search, home]

export const zhCN = {
  ...layout.zhCN,
  ...forms.zhCN,
  ...session.zhCN,
  ...experts.zhCN,
  ...settings.zhCN,
  ...cases.zhCN,
  ...assignments.zhCN,
  ...print.zhCN,
  ...opinions.zhCN,
  ...sampling.zhCN,
  ...orders.zhCN,
  ...documents.zhCN,
  ...exchange.zhCN,
  ...backups.zhCN,
  ...standards.zhCN,
  ...search.zhCN,
  ...home.zhCN
}

export type Strings = typeof zhCN

export const en: Strings = {
  ...layout.en,
  ...forms.en,
  ...session.en,
  ...experts.en,
  ...settings.en,
  ...cases.en,
  ...assignments.en,
  ...print.en,
  ...opinions.en,
  ...sampling.en,
  ...orders.en,
  ...documents.en,
  ...exchange.en,
  ...backups.en,
  ...standards.en,
  ...search.en,
  ...home.en
}
