/**
 * The Chinese names the Word exports give to the records' codes: the same
 * words as the print views (src/*.strings.ts, zh-CN). Court documents are
 * issued in Chinese, so these exports have no English form; the unit test of
 * the exports checks each against the print's strings.
 */
export const documentNames = {
  partyRoles: { defendant: '被告（人）', plaintiff: '原告', procuratorate: '检察机关', third_party: '第三人' },
  opinionStatuses: { draft: '草稿', signed: '已签署', submitted: '已提交' },
  matrices: { surface_water: '地表水', groundwater: '地下水', wastewater: '废水', soil: '土壤', sediment: '沉积物', biota: '生物' },
  orderStatuses: { draft: '草稿', issued: '已签发', in_progress: '执行中', accepted: '已验收', failed: '验收未通过', closed: '已终结' },
  milestoneStatuses: { pending: '未开始', in_progress: '进行中', done: '已完成', overdue: '已逾期', deviated: '存在偏差' },
  severities: { minor: '一般', major: '较重', critical: '严重' },
  acceptanceResults: { passed: '通过', failed: '不通过' },
  memberRoles: { court: '人民法院', procuratorate: '人民检察院', authority: '行政主管部门', investigator: '技术调查官' }
} as const

/** A code's name, or the code itself when a newer app version added one these words do not know. */
export function nameOf<T extends Record<string, string>>(names: T, code: string): string {
  return (names as Record<string, string>)[code] ?? code
}
