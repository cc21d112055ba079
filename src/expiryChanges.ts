/**
 * The expiry pass writes below the hooks (plugins/expiry), so the app tells the content API's change log itself: each
 * expired item is announced as an `upsert`, and static sites rebuild with its new 有效性.
 */
import { createLocalReq, type Payload } from 'payload'
import type { Id } from '../domain/ids'
import { recordChange } from '../plugins/contentApi/actions/recordChange'

export const recordExpiredChanges = async (payload: Payload, ids: Id[]): Promise<void> => {
  const req = await createLocalReq({}, payload)
  for (const id of ids) await recordChange(req, { collection: 'documents', id })
}
