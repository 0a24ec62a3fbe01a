import { Readable } from 'node:stream'
import { shanghaiDay, addDays } from '../../shared/shanghai-time'
import type { Core } from '../core'
import { storeAttachment } from '../attachments/attachment-store'
import type { DemoCaller } from './load-demo'
import { demoPhotoPng } from './demo-photo'
import { demoPassword } from './demo-password'

/** A planting record as the executor would hand it in: a plain-text file, so the demo carries no binary. */
const plantingRecord = `种植记录表
地点：黎某作坊旁池塘
苦草 2000 株、黑藻 1500 株、菖蒲 600 丛，已按修复方案完成种植。
实施单位：漳州绿源环保科技有限公司
`

/**
 * The demo's restoration order: a 水质净化令 on the pond, issued by the judge
 * about four months before today so the dashboard has something to show: the
 * planting milestone done, the first sampling due within the fortnight, and
 * two consecutive samplings at least 30 days apart meeting GB 3838 class IV
 * still to come; one inspection found dead eelgrass, which was replanted and
 * the deviation closed. Every step goes through the handler table.
 */
export async function loadDemoOrder(core: Core, judge: DemoCaller, investigator: DemoCaller): Promise<void> {
  const today = shanghaiDay(core.now().toISOString())
  const day = (offset: number) => addDays(today, offset)
  const cases = await judge('cases.list', { search: '（2020）闽0626刑初123号' })
  const pondCase = cases.items[0]!
  const [pond] = await judge('sites.list', { caseId: pondCase.id })
  const types = await judge('orderTypes.list', {})
  const users = await judge('users.list', {})
  const lin = users.find((u) => u.username === 'lin.investigator')!
  const chen = users.find((u) => u.username === 'chen.investigator')!

  const draft = await judge('orders.create', {
    orderNumber: '（2020）闽0626执修1号',
    orderTypeId: types.find((t) => t.code === 'water_purification')!.id,
    caseId: pondCase.id,
    judgmentReference: '（2020）闽0626刑初123号刑事附带民事判决书',
    obligor: '黎某',
    executor: '漳州绿源环保科技有限公司',
    siteIds: [pond!.id],
    method: '采用水生植物净化法：在池塘浅水区种植沉水植物苦草、黑藻，沿岸种植挺水植物菖蒲，定期打捞残体，保持水体流动；修复期间每月采样检测一次。',
    methodItems: [
      { species: '苦草', quantity: 2000, unit: '株' },
      { species: '黑藻', quantity: 1500, unit: '株' },
      { species: '菖蒲', quantity: 600, unit: '丛' }
    ],
    standardTargets: [{ siteId: pond!.id, standard: 'gb3838', waterbody: 'lake', targetClass: 'IV', parameters: ['cod', 'nh3_n', 'tp'] }],
    measurableTargets: [{ description: '水生植物成活率', comparator: '>=', value: 85, unit: '%' }],
    restorationFeeFen: 10_000_000,
    restorationFeePaid: true,
    bondFen: 2_000_000,
    bondPaid: true,
    fallbackCostFen: 12_000_000,
    deadline: day(240),
    supervisorIds: [lin.id, chen.id],
    supervisingAgencies: ['漳滨县生态环境局', '漳滨县环境监测站'],
    notes: '义务人逾期不履行或修复不达标的，由第三方代为修复，费用由义务人承担。'
  })
  const planting = await judge('milestones.create', {
    orderId: draft.id,
    milestone: { title: '完成水生植物种植', dueDate: day(-90), criterionText: '苦草、黑藻、菖蒲的品种和数量符合修复方案，附种植记录', sampleCriterion: null }
  })
  await judge('milestones.create', {
    orderId: draft.id,
    milestone: { title: '修复后首次采样检测', dueDate: day(7), criterionText: '县环境监测站完成首次采样，报送 COD、氨氮、总磷检测报告', sampleCriterion: null }
  })
  await judge('milestones.create', {
    orderId: draft.id,
    milestone: {
      title: '连续两次采样达到 IV 类',
      dueDate: day(200),
      criterionText: '池塘 COD、氨氮、总磷连续两次采样达到 GB 3838-2002 IV 类，两次间隔不少于 30 天',
      sampleCriterion: { siteId: pond!.id, standard: 'gb3838', waterbody: 'lake', targetClass: 'IV', parameters: ['cod', 'nh3_n', 'tp'], consecutive: 2, minDaysApart: 30 }
    }
  })
  const withMilestones = await judge('orders.get', { id: draft.id })
  const issued = await judge('orders.issue', { id: draft.id, revision: withMilestones.revision, issuedOn: day(-120), password: demoPassword })
  await judge('orders.setStatus', { id: draft.id, revision: issued.revision, status: 'in_progress', reason: '' })

  const record = await storeAttachment(core.dataDir, Readable.from([Buffer.from(plantingRecord)]))
  await investigator('attachments.record', { sha256: record.sha256, mediaType: 'text/plain', originalName: '种植记录表.txt' })
  await investigator('milestones.setProgress', {
    id: planting.id,
    revision: planting.revision,
    progress: 'done',
    doneOn: day(-95),
    evidenceSha256: [record.sha256],
    note: '现场核对种植数量'
  })
  // A site photo of the inspection as a phone takes it: EXIF time (Beijing, no zone written) and a GPS fix at the pond's east shore.
  const png = demoPhotoPng({ dateTimeOriginal: `${day(-60).replace(/-/g, ':')} 10:14:00`, latitude: 24.1187, longitude: 117.6116 })
  const photo = await storeAttachment(core.dataDir, Readable.from([png]))
  await investigator('attachments.record', { sha256: photo.sha256, mediaType: 'image/png', originalName: '回访照片-东侧浅水区苦草.png' })
  const inspection = await investigator('inspections.create', {
    orderId: draft.id,
    milestoneId: planting.id,
    inspectedOn: day(-60),
    findings: '池塘东侧浅水区苦草长势较差，约三成死亡；菖蒲成活良好。',
    photoSha256: [photo.sha256],
    samplesTaken: []
  })
  const deviation = await investigator('deviations.create', {
    inspectionId: inspection.id,
    description: '东侧浅水区苦草约三成死亡',
    severity: 'major',
    correctiveAction: '清除死亡植株，补种苦草 600 株',
    dueDate: day(-45)
  })
  await investigator('deviations.close', {
    id: deviation.id,
    revision: deviation.revision,
    closedOn: day(-47),
    closingNote: '已补种苦草 650 株，复查成活良好',
    evidenceSha256: []
  })
}
