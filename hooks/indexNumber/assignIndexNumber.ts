/**
 * Assigns the 索引号 once, on create, inside the creating transaction. The serial is taken with an
 * atomic increment of the department's counter, which locks the department row until the transaction
 * ends; a rolled-back create gives its serial back, so serials are gap-free per department and year.
 */
import type { CollectionBeforeChangeHook } from 'payload'
import { codedError } from '../../domain/errors'
import type { Id } from '../../domain/ids'
import { formatIndexNumber, yearInTimeZone } from '../../domain/indexNumber'
import { getSettings } from '../settings/getSettings'
import { fieldRefusal } from '../validation/fieldRefusal'

type Counter = { id: Id; code?: string; indexSerialYear?: number | null; indexSerialValue?: number | null }

export const assignIndexNumber: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  if (operation !== 'create') {
    data.indexNumber = originalDoc?.indexNumber ?? null
    return data
  }
  const departmentId = typeof data.department === 'object' && data.department ? data.department.id : data.department
  if (!departmentId) throw fieldRefusal(codedError('app.publisher-required'), collection, req)
  const settings = await getSettings(req)
  const year = yearInTimeZone(new Date(), String((settings.audit as { timeZone?: string } | undefined)?.timeZone ?? 'Asia/Shanghai'))
  const serial = await takeSerial(req, departmentId, year)
  const department = await req.payload.db.findOne<Counter>({ collection: 'departments', where: { id: { equals: departmentId } }, req })
  if (!department?.code) throw fieldRefusal(codedError('app.publisher-without-code'), collection, req)
  data.indexNumber = formatIndexNumber(settings.indexNumberFormat, { code: department.code, year, serial })
  return data
}

const takeSerial = async (req: Parameters<CollectionBeforeChangeHook>[0]['req'], departmentId: Id, year: number): Promise<number> => {
  const locked = (await req.payload.db.updateOne({
    collection: 'departments',
    id: departmentId,
    data: { indexSerialValue: { $inc: 1 } },
    req,
  })) as unknown as Counter | null
  if (!locked) throw new Error(`department ${departmentId} vanished while allocating an index number`)
  if (locked.indexSerialYear === year && typeof locked.indexSerialValue === 'number') return locked.indexSerialValue
  // First document of a new year: the row is locked by the increment above, so resetting is race-free.
  await req.payload.db.updateOne({ collection: 'departments', id: departmentId, data: { indexSerialYear: year, indexSerialValue: 1 }, req })
  return 1
}
