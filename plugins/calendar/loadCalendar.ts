/** The working-day calendar with the administrators' 节假日调整 entries. */
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import { WorkingDayCalendar, type CalendarOverride } from '../../domain/calendar'
import { calendarOptions } from './options'

export const loadCalendar = async (payload: Payload, req?: PayloadRequest): Promise<WorkingDayCalendar> => {
  const { docs } = await payload.find({
    collection: calendarOptions(payload).collection as CollectionSlug,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { date: true, kind: true, note: true },
    ...(req ? { req } : {}),
  })
  const rows: object[] = docs
  return new WorkingDayCalendar(rows as CalendarOverride[])
}
