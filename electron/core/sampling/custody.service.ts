import { AppError } from '../../shared/errors'
import { permissions } from '../../shared/permissions'
import type { Handlers } from '../handler-table'
import { insertRecord } from '../records/records'
import { voidChannel } from '../records/void-channel'
import { findCustodyEvent, requireSample } from './sampling.repository'
import { signRecord } from '../signatures/signing'
import { writesCase } from '../access/case-scope'
import { caseOf } from '../access/case-of'

/** Chain of custody: each handover of a sample is an append-only event, voided with a reason, never edited. */
export const custodyHandlers: Handlers<'custody.record' | 'custody.void'> = {
  'custody.record': { scope: writesCase((db, { sampleId }) => caseOf.sample(db, sampleId)),
    access: permissions.recordSampling,
    writes: true,
    signs: true,
    run: async (call, event) => {
      const sample = await requireSample(call.db, event.sampleId)
      if (sample.voided) throw new AppError('invalid_input', 'sample_voided_no_handover')
      const at = new Date(event.at).toISOString()
      if (Date.parse(at) > Date.parse(call.now)) throw new AppError('invalid_input', 'handover_in_future', {}, { at: 'field_handover_in_future' })
      const id = call.newId()
      await insertRecord(call, 'custodyEvent', {
        id,
        sampleId: sample.id,
        relinquishedBy: event.relinquishedBy,
        receivedBy: event.receivedBy,
        receiverKind: event.receiverKind,
        at,
        place: event.place,
        condition: event.condition,
        temperatureC: event.temperatureC,
        sealIntact: event.sealIntact ? 1 : 0
      })
      await signRecord(call, 'custody.handover', id)
      return (await findCustodyEvent(call.db, id))!
    }
  },
  'custody.void': { scope: writesCase((db, { id }) => caseOf.custodyEvent(db, id)), access: permissions.recordSampling, writes: true, run: voidChannel('custodyEvent', findCustodyEvent, 'custody_event_not_found') }
}
