export const roles = ['clerk', 'investigator', 'judge', 'admin'] as const
export type Role = (typeof roles)[number]
