import { z } from 'zod'
import { id, optionalText, requiredText, revision, type RecordStamp } from './common'

/** Which GB 3838 column a site's water is judged by; ponds and reservoirs are 'lake'. */
export const waterbodies = ['river', 'lake'] as const
export type Waterbody = (typeof waterbodies)[number]

const coordinate = (min: number, max: number, label: string) =>
  z
    .number({ message: `${label}须为数字` })
    .min(min, `${label}须在 ${min} 到 ${max} 之间`)
    .max(max, `${label}须在 ${min} 到 ${max} 之间`)
    .nullable()

/** A site of a case, in WGS-84 decimal degrees. */
export const siteInput = z
  .object({
    name: requiredText(100, '请填写地点名称'),
    address: optionalText(200),
    latitude: coordinate(-90, 90, '纬度'),
    longitude: coordinate(-180, 180, '经度'),
    accuracyM: z.number({ message: '定位精度须为数字' }).min(0, '定位精度不能为负').max(100_000, '定位精度过大').nullable(),
    waterbody: z.enum(waterbodies).nullable(),
    notes: optionalText(2000)
  })
  .superRefine((s, ctx) => {
    if ((s.latitude === null) !== (s.longitude === null)) {
      const path = s.latitude === null ? 'latitude' : 'longitude'
      ctx.addIssue({ code: 'custom', path: [path], message: '经度和纬度须同时填写' })
    }
    if (s.accuracyM !== null && s.latitude === null) {
      ctx.addIssue({ code: 'custom', path: ['accuracyM'], message: '未填写坐标时不能填写定位精度' })
    }
  })
export type SiteInput = z.input<typeof siteInput>

export const siteCreateInput = z.object({ caseId: id, site: siteInput })
export const siteUpdateInput = z.object({ id, revision, site: siteInput })
export const siteListQuery = z.object({ caseId: id })

export interface Site extends RecordStamp {
  id: string
  caseId: string
  name: string
  address: string
  latitude: number | null
  longitude: number | null
  accuracyM: number | null
  waterbody: Waterbody | null
  notes: string
}
