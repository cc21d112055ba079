/**
 * `POST /api/calendar-days/import` `{text, days?, confirm?}`: reads a pasted 国务院办公厅节假日安排通知. Without
 * `confirm` it answers the preview (each day with the entry already stored for that date); with `confirm: true` it
 * saves the (possibly corrected) days as 节假日调整 entries, created or updated by date, in one transaction.
 */
import { addDataAndFileToRequest, commitTransaction, initTransaction, killTransaction, type CollectionSlug, type Endpoint, type PayloadRequest } from 'payload'
import type { ActorRules } from '../../../domain/actors'
import { codedError } from '../../../domain/errors'
import { parseHolidayNotice } from '../../../domain/holidayNotice'
import { noteFor, noticeDays, validateImportDays, type ImportDay } from '../../../domain/calendarImport'
import type { DayKind } from '../../../domain/calendar'

type Stored = { id: number | string; date: string; kind: DayKind; note?: string | null }

const refuse = (status: number, errors: Array<{ message: string; line?: number }>) => Response.json({ errors }, { status })

const storedOn = async (req: PayloadRequest, collection: CollectionSlug, dates: string[]): Promise<Map<string, Stored>> => {
  if (dates.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection,
    where: { date: { in: dates } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const rows: object[] = docs
  return new Map((rows as Stored[]).map((doc) => [doc.date, doc]))
}

const save = async (req: PayloadRequest, collection: CollectionSlug, days: ImportDay[], source: string): Promise<number> => {
  const ownTransaction = await initTransaction(req)
  try {
    const stored = await storedOn(req, collection, days.map((d) => d.date))
    for (const day of days) {
      const data = { date: day.date, kind: day.kind, note: day.note || null, source }
      const existing = stored.get(day.date)
      if (existing) await req.payload.update({ collection, id: existing.id, data, overrideAccess: false, user: req.user, req })
      else await req.payload.create({ collection, data, overrideAccess: false, user: req.user, req })
    }
    if (ownTransaction) await commitTransaction(req)
    return days.length
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    throw error
  }
}

/** The endpoint on the 节假日调整 collection `collection`, for the administrators of `actors`. */
export const importNoticeEndpoint = (collection: string, actors: ActorRules): Endpoint => ({
  path: '/import',
  method: 'post',
  handler: async (req) => {
    const slug = collection as CollectionSlug
    if (!actors.isStaff(req)) throw codedError('auth.required')
    if (!actors.hasRole(req.user, 'admin')) throw codedError('calendar.import-forbidden')
    await addDataAndFileToRequest(req)
    const body = (req.data ?? {}) as { text?: unknown; days?: unknown; confirm?: unknown }
    if (typeof body.text !== 'string' || !body.text.trim()) throw codedError('calendar.notice-missing')

    const notice = parseHolidayNotice(body.text)
    if (notice.errors.length > 0 || notice.year === null) return refuse(400, notice.errors)
    const year = notice.year
    const source = notice.docNumber ? `${notice.title}（${notice.docNumber}）` : notice.title!
    const parsed = noticeDays(notice)

    if (body.confirm !== true) {
      const stored = await storedOn(req, slug, parsed.map((d) => d.date))
      return Response.json({
        year,
        title: notice.title,
        source,
        days: parsed.map((day) => {
          const existing = stored.get(day.date)
          return {
            ...day,
            existing: existing ? { kind: existing.kind, note: existing.note ?? null } : null,
            conflict: Boolean(existing && existing.kind !== day.kind),
          }
        }),
        errors: [],
      })
    }

    const { days, errors } = validateImportDays(body.days ?? parsed, year)
    if (errors.length > 0) return refuse(400, errors.map((message) => ({ message })))
    // A corrected day without a 说明 gets the notice's name for it (or 调休上班 for a day the notice does not list).
    const names = new Map(parsed.map((d) => [d.date, d.name]))
    const noted = days.map((d) => ({ ...d, note: d.note || (names.has(d.date) ? noteFor(d.kind, names.get(d.date)!) : d.kind === 'workday' ? '调休上班' : '') }))
    const saved = await save(req, slug, noted, source)
    req.payload.logger.info({ msg: `节假日调整：导入${notice.title}，保存 ${saved} 天`, user: req.user?.id, year })
    return Response.json({ year, saved })
  },
})
