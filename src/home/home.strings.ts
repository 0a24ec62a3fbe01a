/** The strings of the home pages by role and the dashboard's charts. */
export const zhCN = {
  home: {
    myCases: '我的案件',
    myCasesEmpty: '暂无指派给您的案件',
    nothingDue: '暂无待办',
    judge: '承办法官：{{name}}',
    assignment: '指派状态',
    dueVisit: '{{date}} 现场勘查',
    dueMilestone: '{{date}} {{orderNumber}} · {{title}}',
    inspectionDue: '应回访',
    overdue: '已逾期',
    readOnly: '只读',
    awaiting: '待指派技术调查官的案件',
    awaitingEmpty: '所有案件均已指派',
    noticesDue: '应告知当事人的指派',
    filedOn: '立案 {{date}}',
    showAll: '查看全部（{{count}}）',
    charts: {
      ordersByStatus: '修复令（按签发月份与当前状态）',
      milestones: '节点：按月完成与逾期',
      completed: '已完成',
      overdue: '逾期',
      trends: '在执行修复令的目标指标趋势',
      noTrends: '在执行的修复令尚无目标指标的检测结果',
      limit: '{{targetClass}} 类'
    }
  }
}

export const en: typeof zhCN = {
  home: {
    myCases: 'My cases',
    myCasesEmpty: 'No cases are assigned to you',
    nothingDue: 'Nothing due',
    judge: 'Judge: {{name}}',
    assignment: 'Assignment',
    dueVisit: '{{date}} site visit',
    dueMilestone: '{{date}} {{orderNumber}} · {{title}}',
    inspectionDue: 'inspection due',
    overdue: 'overdue',
    readOnly: 'read only',
    awaiting: 'Cases awaiting an investigator',
    awaitingEmpty: 'Every case has an investigator',
    noticesDue: 'Assignments the parties must be told of',
    filedOn: 'filed {{date}}',
    showAll: 'Show all ({{count}})',
    charts: {
      ordersByStatus: 'Restoration orders by month issued and status now',
      milestones: 'Milestones completed and overdue by month',
      completed: 'Completed',
      overdue: 'Overdue',
      trends: 'Target parameters of the orders in progress',
      noTrends: 'No results yet for the targets of the orders in progress',
      limit: 'class {{targetClass}}'
    }
  }
}
