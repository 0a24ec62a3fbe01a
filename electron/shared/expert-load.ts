import { z } from 'zod'
import { id } from './common'

/** `experts.load`: the open cases of the experts shown on one page of the pool (at most a page's worth). */
export const expertLoadInput = z.object({ ids: z.array(id).max(100) }).strict()

/** One expert's open cases (assignments proposed, notified or active), the load `maxConcurrentCases` is checked against in a draw. */
export interface ExpertLoad {
  expertId: string
  activeCases: number
}
