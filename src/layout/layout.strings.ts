/**
 * The strings of the window frame: app name, navigation, language switch, Chinese first. The English object is typed by the
 * Chinese one, so a key missing from or added to the English fails typecheck.
 */
export const zhCN = {
  app: { name: 'EcoCase', title: '生态环境技术调查', court: '生态环境审判技术调查官工作平台' },
  nav: { dashboard: '工作台', experts: '专家库', cases: '案件', sampling: '采样', orders: '修复令', exchange: '数据交换', settings: '设置' },
  language: { label: '语言', zh: '中文', en: 'English' },
  pageError: { title: '此页面出错，未能显示', hint: '数据没有因此改动。可以返回上一页，或回到首页后重试。', back: '返回上一页', home: '回到首页', retry: '重试' }
}

export const en: typeof zhCN = {
  app: { name: 'EcoCase', title: 'Environmental technical investigation', court: 'Workbench for ecological-environment technical investigators' },
  nav: { dashboard: 'Dashboard', experts: 'Experts', cases: 'Cases', sampling: 'Sampling', orders: 'Restoration orders', exchange: 'Exchange', settings: 'Settings' },
  language: { label: 'Language', zh: '中文', en: 'English' },
  pageError: { title: 'This page failed to show', hint: 'No data was changed by this. Go back to the previous page, or to the home page and try again.', back: 'Back', home: 'Home page', retry: 'Try again' }
}
