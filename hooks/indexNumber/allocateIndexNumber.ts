/**
 * Gives a new item its 索引号 in the last step of the creating transaction, just before the commit. The serial is an
 * atomic increment of the department's counter, which locks the department's row until the transaction ends, so
 * the lock is held from here to the commit only, not across the create's checks, writes and hooks: creates of one
 * department queue for a few statements each. A create that fails or rolls back later gives its serial back with
 * everything else, so serials stay gap-free per department and year; so does a crash, which commits nothing.
 */
import type { CollectionAfterOperationHook, PayloadRequest } from 'payload'
import { codedError } from '../../domain/errors'
import { idOf, type Id } from '../../domain/ids'
import { formatIndexNumber, yearInTimeZone } from '../../domain/indexNumber'
import { getSettings } from '../settings/getSettings'
import { fieldRefusal } from '../validation/fieldRefusal'
import { stampInTransaction } from './stampColumn'
import { postgresIndexNumber } from './postgresIndexNumber'

type Counter = { code?: string | null; indexSerialYear?: number | null; indexSerialValue?: number | null }
type Stamped = { id: Id; updatedAt?: string | null }

/** The next serial of the department in `year`, and its code; the department's row stays locked until the commit. */
const takeSerial = async (req: PayloadRequest, departmentId: Id, year: number): Promise<{ serial: number; code?: string | null } | null> => {
  const select = { code: true, indexSerialYear: true, indexSerialValue: true } as const
  const counter = (await req.payload.db.updateOne({ collection: 'departments', id: departmentId, data: { indexSerialValue: { $inc: 1 } }, select, req })) as Counter | null
  if (!counter) return null
  if (counter.indexSerialYear === year && typeof counter.indexSerialValue === 'number') return { serial: counter.indexSerialValue, code: counter.code }
  // The first item of a new year: the row is locked by the increment above, so restarting at 1 is race-free.
  await req.payload.db.updateOne({ collection: 'departments', id: departmentId, data: { indexSerialYear: year, indexSerialValue: 1 }, select, req })
  return { serial: 1, code: counter.code }
}

export const allocateIndexNumber: CollectionAfterOperationHook = async ({ collection, operation, req, result }) => {
  if (operation !== 'create' || !result) return result
  const doc = result as Stamped & { department?: unknown }
  const { db } = req.payload
  const slug = collection.slug as 'documents'
  // Everything that needs no lock first: the settings, the stored row's department, the version rows to stamp.
  const settings = await getSettings(req)
  const year = yearInTimeZone(new Date(), settings.audit.timeZone)
  // The created item as the operation returns it, unless a `select` left these fields out of it.
  const stored =
    doc.updatedAt && idOf(doc.department) !== null
      ? doc
      : ((await db.findOne({ collection: slug, where: { id: { equals: doc.id } }, select: { department: true, updatedAt: true }, req })) as (Stamped & { department?: unknown }) | null)
  const departmentId = idOf(stored?.department)
  if (!stored || departmentId === null) throw fieldRefusal(codedError('app.publisher-required'), collection, req)
  // PostgreSQL: the increment and both stamps in one statement, the lock held from it to the commit only.
  const inOneStatement = postgresIndexNumber(req, { collection: slug, departments: 'departments', field: 'indexNumber', versionField: collection.versions ? 'version_indexNumber' : null })
  if (inOneStatement) {
    const allocated = await inOneStatement({ id: doc.id, departmentId, template: settings.indexNumberFormat, year })
    if (!allocated.found) throw fieldRefusal(codedError('app.publisher-required'), collection, req)
    if (!allocated.code || !allocated.indexNumber) throw fieldRefusal(codedError('app.publisher-without-code'), collection, req)
    return { ...result, indexNumber: allocated.indexNumber }
  }
  // On SQLite the number is written to the row and its versions by two plain UPDATEs in the create's
  // transaction (hooks/indexNumber/stampColumn.ts); elsewhere (MongoDB) through the adapter, version by version.
  const stamp = stampInTransaction(req, slug, doc.id, { field: 'indexNumber', versionField: collection.versions ? 'version_indexNumber' : null })
  const versions =
    stamp || !collection.versions
      ? []
      : ((await db.findVersions({ collection: slug, where: { parent: { equals: doc.id } }, limit: 0, pagination: false, select: { updatedAt: true }, req })).docs as Stamped[])

  const taken = await takeSerial(req, departmentId, year)
  if (!taken?.code) throw fieldRefusal(codedError('app.publisher-without-code'), collection, req)
  const indexNumber = formatIndexNumber(settings.indexNumberFormat, { code: taken.code, year, serial: taken.serial })
  if (stamp) await stamp(indexNumber)
  else {
    // The stored updatedAt written back: stamping the number is not an edit.
    await db.updateOne({ collection: slug, id: doc.id, data: { indexNumber, updatedAt: stored.updatedAt }, returning: false, req })
    for (const version of versions) {
      await db.updateVersion({ collection: slug, id: version.id, versionData: { version: { indexNumber }, updatedAt: version.updatedAt } as never, returning: false, req })
    }
  }
  return { ...result, indexNumber }
}
