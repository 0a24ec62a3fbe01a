/**
 * The strings of the settings page: ecological fields, users, reference data, Chinese first. The English object is typed by the
 * Chinese one, so a key missing from or added to the English fails typecheck.
 */
export const zhCN = {
  fields: {
    title: '专业领域',
    code: '代码',
    nameZh: '中文名称',
    nameEn: '英文名称',
    sortOrder: '排序',
    active: '启用',
    add: '新增领域',
    edit: '编辑领域'
  },
  users: {
    title: '用户与角色',
    username: '用户名',
    displayName: '姓名',
    role: '角色',
    add: '新增用户',
    created: '已新增用户 {{name}}',
    extraRoles: '兼任角色',
    firstPassword: '初始密码（首次登录时须改为本人密码）'
  },
  settings: { title: '设置', adminOnly: '仅管理员可修改以下参考数据。' }
}

export const en: typeof zhCN = {
  fields: {
    title: 'Ecological fields',
    code: 'Code',
    nameZh: 'Chinese name',
    nameEn: 'English name',
    sortOrder: 'Order',
    active: 'Active',
    add: 'Add field',
    edit: 'Edit field'
  },
  users: {
    title: 'Users and roles',
    username: 'Username',
    displayName: 'Name',
    role: 'Role',
    add: 'Add user',
    created: 'Added user {{name}}',
    extraRoles: 'Also holds',
    firstPassword: 'First password (to be changed at the first sign-in)'
  },
  settings: { title: 'Settings', adminOnly: 'Only administrators may change the reference data below.' }
}
