/**
 * `POST /api/calendar-days/import` `{text, days?, confirm?}`: reads a pasted 国务院办公厅节假日安排通知. Without
 * `confirm` it answers the preview (each day with the entry already stored for that date); with `confirm: true` it
 * saves the (possibly corrected) days as 节假日调整 entries, created or updated by date, in one transaction.
 */
import { addDataAndFileToRequest, commitTransaction, initTransaction, killTransaction, type Endpoint, type PayloadRequest } from 'payload'
import { isAdmin, isStaff } from '../../../hooks/access/roles'
import { parseHolidayNotice } from '../../../domain/holidayNotice'
import { noteFor, noticeDays, validateImportDays, type ImportDay } from '../../../domain/calendarImport'
import type { DayKind } from '../../../domain/calendar'

type Stored = { id: number | string; date: string; kind: DayKind; note?: string | null }

const refuse = (status: number, errors: Array<{ message: string; line?: number }>) => Response.json({ errors }, { status })

const storedOn = async (req: PayloadRequest, dates: string[]): Promise<Map<string, Stored>> => {
  if (dates.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection: 'calendar-days',
    where: { date: { in: dates } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return new Map((docs as unknown as Stored[]).map((doc) => [doc.date, doc]))
}

const save = async (req: PayloadRequest, days: ImportDay[], source: string): Promise<number> => {
  const ownTransaction = await initTransaction(req)
  try {
    const stored = await storedOn(req, days.map((d) => d.date))
    for (const day of days) {
      const data = { date: day.date, kind: day.kind, note: day.note || null, source }
      const existing = stored.get(day.date)
      if (existing) await req.payload.update({ collection: 'calendar-days', id: existing.id, data, overrideAccess: false, user: req.user, req })
      else await req.payload.create({ collection: 'calendar-days', data, overrideAccess: false, user: req.user, req })
    }
    if (ownTransaction) await commitTransaction(req)
    return days.length
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    throw error
  }
}

export const importNoticeEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    if (!isStaff(req)) return refuse(401, [{ message: '请先登录' }])
    if (!isAdmin(req.user as never)) return refuse(403, [{ message: '只有网站管理员可以导入节假日安排' }])
    await addDataAndFileToRequest(req)
    const body = (req.data ?? {}) as { text?: unknown; days?: unknown; confirm?: unknown }
    if (typeof body.text !== 'string' || !body.text.trim()) return refuse(400, [{ message: '请粘贴国务院办公厅关于节假日安排的通知全文' }])

    const notice = parseHolidayNotice(body.text)
    if (notice.errors.length > 0 || notice.year === null) return refuse(400, notice.errors)
    const year = notice.year
    const source = notice.docNumber ? `${notice.title}（${notice.docNumber}）` : notice.title!
    const parsed = noticeDays(notice)

    if (body.confirm !== true) {
      const stored = await storedOn(req, parsed.map((d) => d.date))
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
    const saved = await save(req, noted, source)
    req.payload.logger.info({ msg: `节假日调整：导入${notice.title}，保存 ${saved} 天`, user: req.user?.id, year })
    return Response.json({ year, saved })
  },
}
