/**
 * Everything a 通报 is made of, read once: the quarter (its frozen snapshot when there is one), the rubric, the
 * templates, and the 整改期限 on the working-day calendar. A quarter whose 通报 was drafted is written with that
 * draft's 成文日期 and deadline, so the exports match the item under review.
 */
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import { CalendarNotCoveredError, localDate, type WorkingDayCalendar } from '../../../domain/calendar'
import { codedError } from '../../../domain/errors'
import type { Id } from '../../../domain/ids'
import { buildBulletin, type Bulletin } from '../../../domain/inspection/bulletin'
import { bulletinTemplatesFrom } from '../../../domain/inspection/bulletinTemplates'
import type { QuarterKey, QuarterSnapshot } from '../../../domain/inspection/model'
import { loadInspectionSettings, loadQuarter } from '../compute'
import { inspectionOptions } from '../options'
import { BULLETIN_SETTINGS_GROUP, BULLETINS_SLUG } from './defaults'

type CalendarAccess = { load: (payload: Payload, req?: PayloadRequest) => Promise<WorkingDayCalendar> }

export type BulletinRecord = { id: Id; quarter: string; title: string; document: unknown; issuedOn: string; deadline: string; units: unknown }

export const findBulletinRecord = async (payload: Payload, quarter: QuarterKey, req?: PayloadRequest): Promise<BulletinRecord | null> => {
  const { docs } = await payload.find({ collection: BULLETINS_SLUG as CollectionSlug, where: { quarter: { equals: quarter } }, limit: 1, depth: 0, overrideAccess: true, ...(req ? { req } : {}) })
  return (docs[0] as unknown as BulletinRecord | undefined) ?? null
}

/** 成文日期 + `days` working days. */
export const rectificationDeadline = async (payload: Payload, issuedOn: string, days: number, req?: PayloadRequest): Promise<string> => {
  const calendar = (payload.config.custom as Record<string, unknown> | undefined)?.calendar as CalendarAccess | undefined
  if (!calendar) throw new Error('季度通报需要工作日历插件：请在 plugins 中先加入 calendarPlugin（整改期限按工作日计算）')
  try {
    return (await calendar.load(payload, req)).addWorkingDays(issuedOn, days)
  } catch (error) {
    if (error instanceof CalendarNotCoveredError) throw codedError('inspection.bulletin-calendar', String(error.year))
    throw error
  }
}

export const loadBulletin = async (
  payload: Payload,
  quarter: QuarterKey,
  options: { issuedOn?: string; req?: PayloadRequest; useRecord?: boolean } = {},
): Promise<{ bulletin: Bulletin; snapshot: QuarterSnapshot; record: BulletinRecord | null }> => {
  const { req } = options
  const [snapshot, settings, record] = await Promise.all([
    loadQuarter(payload, quarter),
    loadInspectionSettings(payload, req),
    options.useRecord === false ? Promise.resolve(null) : findBulletinRecord(payload, quarter, req),
  ])
  const global = (await payload.findGlobal({ slug: inspectionOptions(payload).settingsGlobal as never, depth: 0, overrideAccess: true, ...(req ? { req } : {}) })) as Record<string, unknown>
  const templates = bulletinTemplatesFrom(global[BULLETIN_SETTINGS_GROUP] as Record<string, unknown> | undefined)
  const issuedOn = record?.issuedOn ?? options.issuedOn ?? localDate(new Date())
  const deadline = record?.deadline ?? (await rectificationDeadline(payload, issuedOn, settings.rectificationDays, req))
  return { bulletin: buildBulletin({ snapshot, settings, templates, issuedOn, deadline }), snapshot, record }
}
