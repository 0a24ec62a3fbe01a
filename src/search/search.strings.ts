/** The strings of the header's search box and its results. */
export const zhCN = {
  search: {
    placeholder: '搜索案号、当事人、案由、样品编号、修复令、专家……',
    label: '全局搜索',
    kinds: { case: '案件', sample: '样品', order: '修复令', opinion: '技术调查意见', expert: '专家' },
    count: '{{count}} 条',
    more: '超过 {{count}} 条',
    all: '查看全部',
    none: '未找到与“{{query}}”相关的记录',
    opinionVersion: '第 {{version}} 版',
    sampleStatuses: { valid: '有效', voided: '已作废' },
    orderDiscarded: '已作废'
  }
}

export const en: typeof zhCN = {
  search: {
    placeholder: 'Search case numbers, parties, causes, sample codes, orders, experts…',
    label: 'Search everything',
    kinds: { case: 'Cases', sample: 'Samples', order: 'Restoration orders', opinion: 'Technical opinions', expert: 'Experts' },
    count: '{{count}}',
    more: 'more than {{count}}',
    all: 'Show all',
    none: 'Nothing found for “{{query}}”',
    opinionVersion: 'version {{version}}',
    sampleStatuses: { valid: 'valid', voided: 'voided' },
    orderDiscarded: 'discarded'
  }
}
