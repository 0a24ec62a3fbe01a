import { useChannel } from '../api/use-channel'
import { useCurrentUser } from '../session/CurrentUser'

/**
 * Whether the signed-in user may change this case's records, as core decides
 * it (issue 11, access follows the case): the court's staff always; an
 * investigator while their assignment is notified or active (`cases.mine`
 * gives `canWrite`). The renderer only hides what core would refuse anyway.
 */
export function useCaseWritable(caseId: string): boolean {
  const { user } = useCurrentUser()
  const investigator = user?.role === 'investigator'
  const mine = useChannel('cases.mine', {}, { enabled: investigator })
  if (!investigator) return true
  return mine.data?.some((c) => c.caseId === caseId && c.canWrite) ?? false
}
