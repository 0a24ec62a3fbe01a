/**
 * The strings of signing in, the first run, the lock screen and role names, Chinese first. The English object is typed by the
 * Chinese one, so a key missing from or added to the English fails typecheck.
 */
export const zhCN = {
  roles: { clerk: '书记员', investigator: '技术调查官', judge: '法官', admin: '管理员' },
  signing: {
    password: '本人密码',
    passwordRequired: '请输入本人密码以签名',
    hint: '签名以您本人的密钥作出，须再次输入您的登录密码；密码只用于本次签名，不会保存。',
    sign: '签名',
    cancel: '取消',
    cancelled: '未输入密码，未签名，未作任何更改',
    titles: { opinion: '签署技术调查意见', custody: '签名登记样品移交', issue: '签名签发修复令', accept: '签名确认验收结论', draw: '签名确认随机抽取' },
    purposes: { opinion_sign: '签署意见', custody_handover: '登记移交', order_issue: '签发', order_accept: '验收', draw_confirm: '确认抽取' },
    link: {
      title: '以本人密码确认专家关联',
      message: '管理员已将您的账户关联到专家库中的一位专家。确认之前，您不能以该专家身份撰写或签署技术调查意见。',
      confirm: '确认关联',
      state: '关联确认',
      confirmed: '本人已确认',
      unconfirmed: '待本人确认',
      changeTitle: '更改专家关联（须填写原因，记入审计）'
    },
    print: {
      title: '个人签名',
      line: '{{purpose}}：{{signer}}，{{at}}，密钥指纹 {{fingerprint}}',
      asExpert: '{{name}}（{{organisation}}，账户 {{username}}）',
      asUser: '{{name}}（账户 {{username}}）',
      note: '每个签名以签名人本人的密钥作出，仅其本人凭密码可作；密钥指纹可与签名人的账户核对。'
    }
  },
  session: {
    current: '当前用户',
    signInTitle: '登录 EcoCase',
    signInHint: '请输入本人的用户名和密码；每项操作都会以您的名义记入审计记录。',
    username: '用户名',
    password: '密码',
    signIn: '登录',
    signOut: '退出登录',
    lock: '锁定屏幕',
    setupTitle: '首次使用：设置管理员账户',
    setupHint: '此数据文件夹尚无任何账户。请填写管理员的姓名、用户名和密码（至少 8 位）；管理员登录后再为其他人员建立账户。',
    displayName: '姓名',
    passwordAgain: '再次输入密码',
    passwordsDiffer: '两次输入的密码不一致',
    setup: '设置并登录',
    changeTitle: '请设置新密码',
    changeHint: '管理员为您设置或重置了密码。继续之前，请设置只有您本人知道的新密码（至少 8 位）。',
    currentPassword: '当前密码',
    newPassword: '新密码',
    change: '设置新密码',
    chooseRoleTitle: '请选择本次登录的角色',
    chooseRoleHint: '您担任多个角色，每次登录以其中一个角色工作，可随时在页面顶部切换。',
    role: '角色',
    lockedTitle: '屏幕已锁定',
    lockedHint: '{{name}}（{{username}}）的会话已锁定。请输入本人密码解锁，或退出登录换人使用。',
    unlock: '解锁'
  }
}

export const en: typeof zhCN = {
  roles: { clerk: 'Clerk', investigator: 'Technical investigator', judge: 'Judge', admin: 'Administrator' },
  signing: {
    password: 'Your password',
    passwordRequired: 'Enter your password to sign',
    hint: 'You sign with your own key: enter your sign-in password again. It is used for this signature only and never kept.',
    sign: 'Sign',
    cancel: 'Cancel',
    cancelled: 'No password entered: nothing was signed or changed',
    titles: { opinion: 'Sign the opinion', custody: 'Sign the custody handover', issue: 'Sign and issue the order', accept: 'Sign the acceptance', draw: 'Sign and confirm the draw' },
    purposes: { opinion_sign: 'Signed the opinion', custody_handover: 'Recorded the handover', order_issue: 'Issued', order_accept: 'Accepted', draw_confirm: 'Confirmed the draw' },
    link: {
      title: 'Confirm the expert link with your password',
      message: 'An administrator linked your account to an expert of the pool. Until you confirm it, you cannot write or sign that expert’s opinion.',
      confirm: 'Confirm the link',
      state: 'Link confirmed',
      confirmed: 'Confirmed by the user',
      unconfirmed: 'Awaiting the user',
      changeTitle: 'Change the expert link (a reason is required and audited)'
    },
    print: {
      title: 'Personal signatures',
      line: '{{purpose}}: {{signer}}, {{at}}, key fingerprint {{fingerprint}}',
      asExpert: '{{name}} ({{organisation}}, account {{username}})',
      asUser: '{{name}} (account {{username}})',
      note: 'Each signature was made with the signer’s own key, which only their password unlocks; the fingerprint can be checked against their account.'
    }
  },
  session: {
    current: 'Current user',
    signInTitle: 'Sign in to EcoCase',
    signInHint: 'Enter your own username and password; every change is recorded in the audit trail under your name.',
    username: 'Username',
    password: 'Password',
    signIn: 'Sign in',
    signOut: 'Sign out',
    lock: 'Lock screen',
    setupTitle: 'First run: set up the administrator',
    setupHint: 'This data folder has no accounts yet. Enter the administrator’s name, username and password (at least 8 characters); the administrator then creates the other accounts.',
    displayName: 'Name',
    passwordAgain: 'Password again',
    passwordsDiffer: 'The two passwords differ',
    setup: 'Set up and sign in',
    changeTitle: 'Choose a new password',
    changeHint: 'An administrator set or reset your password. Before you go on, choose a new one only you know (at least 8 characters).',
    currentPassword: 'Current password',
    newPassword: 'New password',
    change: 'Set new password',
    chooseRoleTitle: 'Choose your role for this session',
    chooseRoleHint: 'You hold several roles and work in one at a time; switch at the top of the page at any time.',
    role: 'Role',
    lockedTitle: 'Screen locked',
    lockedHint: 'The session of {{name}} ({{username}}) is locked. Enter your password to unlock, or sign out to let someone else in.',
    unlock: 'Unlock'
  }
}
