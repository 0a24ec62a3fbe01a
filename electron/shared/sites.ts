import { z } from 'zod'
import { id, optionalText, requiredText, revision, type RecordStamp } from './common'

/** Which GB 3838 column a site's water is judged by; ponds and reservoirs are 'lake'. */
export const waterbodies = ['river', 'lake'] as const
export type Waterbody = (typeof waterbodies)[number]

const coordinate = (min: number, max: number, axis: 'latitude' | 'longitude') =>
  z
    .number({ message: `${axis}_not_number` })
    .min(min, `${axis}_out_of_range`)
    .max(max, `${axis}_out_of_range`)
    .nullable()

/** A site of a case, in WGS-84 decimal degrees. */
export const siteInput = z
  .object({
    name: requiredText(100, 'site_name_required'),
    address: optionalText(200),
    latitude: coordinate(-90, 90, 'latitude'),
    longitude: coordinate(-180, 180, 'longitude'),
    accuracyM: z.number({ message: 'accuracy_not_number' }).min(0, 'accuracy_not_negative').max(100_000, 'accuracy_too_large').nullable(),
    waterbody: z.enum(waterbodies).nullable(),
    notes: optionalText(2000)
  })
  .superRefine((s, ctx) => {
    if ((s.latitude === null) !== (s.longitude === null)) {
      const path = s.latitude === null ? 'latitude' : 'longitude'
      ctx.addIssue({ code: 'custom', path: [path], message: 'coordinates_both' })
    }
    if (s.accuracyM !== null && s.latitude === null) {
      ctx.addIssue({ code: 'custom', path: ['accuracyM'], message: 'accuracy_without_coordinates' })
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
