/**
 * The strings of the current user and role names, Chinese first. The English object is typed by the
 * Chinese one, so a key missing from or added to the English fails typecheck.
 */
export const zhCN = {
  roles: { clerk: '书记员', investigator: '技术调查官', judge: '法官', admin: '管理员' },
  session: {
    current: '当前用户',
    pick: '选择当前用户',
    pickTitle: '请选择当前用户',
    pickHint: '正式账户启用前，请从下列人员中选择本次使用者；每项操作都会以此人的名义记入审计记录。',
    switch: '切换用户'
  }
}

export const en: typeof zhCN = {
  roles: { clerk: 'Clerk', investigator: 'Technical investigator', judge: 'Judge', admin: 'Administrator' },
  session: {
    current: 'Current user',
    pick: 'Choose the current user',
    pickTitle: 'Who is using EcoCase?',
    pickHint: 'Until real accounts arrive, pick the person using the app; every change is recorded in the audit trail under their name.',
    switch: 'Switch user'
  }
}
