import { z } from 'zod'
import { optionalText, requiredText } from './common'

/**
 * Where the printed documents leave room for the court's seal, which is
 * stamped by hand on paper: the app never holds or prints an image of a
 * seal. `over_date`: over the date of issue (骑年盖月, the way court
 * documents are sealed); `right_of_signature`: to the right of the signature
 * block; `none`: no room is left (the court seals elsewhere or not at all).
 */
export const sealPositions = ['over_date', 'right_of_signature', 'none'] as const
export type SealPosition = (typeof sealPositions)[number]

/** The court as its documents name it, set once by an administrator and used by every print and export. */
export interface CourtSettings {
  /** 法院全称, e.g. 福建省漳州市中级人民法院: the letterhead and the signature line. */
  fullName: string
  /** 简称, e.g. 漳州中院: running headers and file names. */
  shortName: string
  /** 审判庭, e.g. 环境资源审判庭. */
  tribunal: string
  address: string
  phone: string
  sealPosition: SealPosition
  /** null until the administrator first saves the settings. */
  revision: number | null
}

export const courtSettingsInput = z.object({
  fullName: requiredText(60, 'court_full_name_required'),
  shortName: requiredText(20, 'court_short_name_required'),
  tribunal: optionalText(40),
  address: optionalText(120),
  phone: z
    .string()
    .trim()
    .max(40, 'text_too_long')
    .regex(/^[0-9()（）\-－+ 转、,，]*$/, 'court_phone_malformed'),
  sealPosition: z.enum(sealPositions, { message: 'seal_position_required' }),
  /** The revision read, or null when the settings were never saved. */
  revision: z.number().int().nonnegative().nullable()
})
export type CourtSettingsInput = z.input<typeof courtSettingsInput>

/** The settings before an administrator has saved them: empty, with room for a seal over the date. */
export const unsetCourtSettings: CourtSettings = {
  fullName: '',
  shortName: '',
  tribunal: '',
  address: '',
  phone: '',
  sealPosition: 'over_date',
  revision: null
}
