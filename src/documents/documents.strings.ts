/**
 * The strings of the court's settings, exports and record history, Chinese first. The English object is typed by the
 * Chinese one, so a key missing from or added to the English fails typecheck.
 */
export const zhCN = {
  court: {
    title: '法院信息',
    hint: '由管理员填写一次，所有打印文书和导出文件的文头、落款均取自这里。印章只在纸质文书上加盖，系统不保存印章图像。',
    fullName: '法院全称',
    shortName: '法院简称',
    tribunal: '审判庭',
    address: '地址',
    phone: '电话',
    sealPosition: '印章位置',
    sealPositions: {
      over_date: '盖在落款日期上（骑年盖月）',
      right_of_signature: '落款右侧',
      none: '不留盖章位置'
    },
    save: '保存法院信息',
    unset: '尚未填写法院信息：打印文书的文头将使用案件登记的承办法院。'
  }
}

export const en: typeof zhCN = {
  court: {
    title: 'Court',
    hint: 'Entered once by an administrator; every printed document and export takes its letterhead and signature line from here. The seal is stamped on paper only: no image of a seal is stored.',
    fullName: 'Full name',
    shortName: 'Short name',
    tribunal: 'Tribunal',
    address: 'Address',
    phone: 'Phone',
    sealPosition: 'Seal position',
    sealPositions: {
      over_date: 'Over the date of issue',
      right_of_signature: 'Right of the signature',
      none: 'No room for a seal'
    },
    save: 'Save court details',
    unset: 'The court details are not set yet: prints use the court registered with the case.'
  }
}
