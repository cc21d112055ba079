/**
 * The 索引号 is set by the system only: an update keeps the stored one, and a create is saved without one, for
 * `allocateIndexNumber` to fill in at the very end of the creating transaction (see there why).
 */
import type { CollectionBeforeChangeHook } from 'payload'
import { codedError } from '../../domain/errors'
import { idOf } from '../../domain/ids'
import { fieldRefusal } from '../validation/fieldRefusal'

export const assignIndexNumber: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  if (operation !== 'create') {
    data.indexNumber = originalDoc?.indexNumber ?? null
    return data
  }
  if (idOf(data.department) === null) throw fieldRefusal(codedError('app.publisher-required'), collection, req)
  // Absent, not null: a unique index may count nulls as equal (MongoDB), and the rows of concurrent creates would clash.
  delete data.indexNumber
  return data
}
