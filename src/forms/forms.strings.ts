/**
 * The strings of the words every form and list shares (save, cancel, totals), Chinese first. The English object is typed by the
 * Chinese one, so a key missing from or added to the English fails typecheck.
 */
export const zhCN = {
  common: {
    save: '保存',
    cancel: '取消',
    edit: '编辑',
    add: '新增',
    search: '搜索',
    all: '全部',
    actions: '操作',
    confirm: '确定',
    reason: '原因',
    upload: '上传文件',
    saved: '已保存',
    loading: '加载中…',
    total: '共 {{count}} 条',
    totalOver: '超过 {{count}} 条',
    previousPage: '上一页',
    nextPage: '下一页',
    pageNumber: '第 {{page}} 页',
    moreOptions: '加载更多',
    typeToSearch: '输入以搜索',
    noMatches: '无匹配记录',
    yes: '是',
    no: '否',
    notAllowed: '您的角色无权执行此操作',
    /** Between a label and its value, between clauses, between names in a list, and around a remark set aside, in each language's punctuation. */
    colon: '：',
    comma: '，',
    itemSeparator: '；',
    listSeparator: '、',
    aside: '（{{text}}）',
  },
  unsaved: { title: '有未保存的修改', body: '离开此页，未保存的修改将丢失。', leave: '离开', stay: '留下继续编辑' }
}

export const en: typeof zhCN = {
  common: {
    save: 'Save',
    cancel: 'Cancel',
    edit: 'Edit',
    add: 'Add',
    search: 'Search',
    all: 'All',
    actions: 'Actions',
    confirm: 'OK',
    reason: 'Reason',
    upload: 'Upload file',
    saved: 'Saved',
    loading: 'Loading…',
    total: '{{count}} in all',
    totalOver: 'more than {{count}}',
    previousPage: 'Previous',
    nextPage: 'Next',
    pageNumber: 'Page {{page}}',
    moreOptions: 'Load more',
    typeToSearch: 'Type to search',
    noMatches: 'No matching record',
    yes: 'Yes',
    no: 'No',
    notAllowed: 'Your role may not do this',
    colon: ': ',
    comma: ', ',
    itemSeparator: '; ',
    listSeparator: ', ',
    aside: ' ({{text}})',
  },
  unsaved: { title: 'Unsaved changes', body: 'If you leave this page, your unsaved changes are lost.', leave: 'Leave', stay: 'Stay and keep editing' }
}
