/**
 * The documents' workflow hooks (custom.workflow of collections/Documents.ts): on 提交审核 an attachment-only item is
 * refused at its body; on each publication the item records when it went out and how many working days late it was
 * (publishedLate), counted from its 成文/变更/原文 date on the 工作日历 (domain/publicationDue.ts).
 */
import type { PayloadRequest } from 'payload'
import { localDate } from '../../domain/calendar'
import { codedError } from '../../domain/errors'
import { idOf } from '../../domain/ids'
import { isAttachmentOnlyBody } from '../../domain/attachmentOnly'
import { attachmentIds } from '../../domain/workflow/contentHash'
import { publicationDue, workingDaysLate } from '../../domain/publicationDue'
import { loadCalendar } from '../../plugins/calendar'
import type { BeforeTransition, TransitionHooks } from '../../plugins/workflow'
import { getSettings } from '../settings/getSettings'
import { fieldRefusal } from '../validation/fieldRefusal'

type Item = Record<string, any>

const attachmentNames = async (req: PayloadRequest, item: Item): Promise<string[]> => {
  const ids = attachmentIds(item.attachments)
  if (ids.length === 0) return []
  const { docs } = await req.payload.find({ collection: 'media', where: { id: { in: ids } }, depth: 0, pagination: false, overrideAccess: true, req, select: { filename: true, alt: true } as never })
  return (docs as Item[]).flatMap((d) => [d.filename, d.alt].filter((v): v is string => typeof v === 'string'))
}

/** 禁止以附件等形式作为发布内容: the text that goes on the web must say something itself, unless the column kind is exempt. */
export const refuseAttachmentOnly: BeforeTransition = async ({ req, item, action }) => {
  if (action !== 'submit') return
  const field = item.disclosure === 'partial' ? 'publicBody' : item.disclosure === 'proactive' || !item.disclosure ? 'body' : null
  if (!field) return
  const settings = await getSettings(req)
  const exempt = settings.content.attachmentOnlyColumnKinds ?? []
  if (exempt.length > 0) {
    const columnId = idOf(item.column)
    const column = columnId ? ((await req.payload.db.findOne({ collection: 'columns', where: { id: { equals: columnId } }, select: { kind: true }, req })) as Item | null) : null
    if (column && exempt.includes(column.kind)) return
  }
  if (isAttachmentOnlyBody(item[field], await attachmentNames(req, item))) throw fieldRefusal(codedError('app.attachment-only'), 'documents', req, field)
}

/** Each publication: 最近发布时间, and how late it came when it answers a deadline (a republication without a new change keeps the last count). */
export const recordPublicationTimeliness: BeforeTransition = async ({ req, item, to, now }) => {
  if (to !== 'published') return
  const settings = await getSettings(req)
  const timeZone = settings.audit.timeZone
  const due = publicationDue({ ...(item as Item), formedAt: item.formedAt as string, lastPublishedAt: (item.lastPublishedAt ?? item.publishedAt ?? null) as string | null }, settings.deadlines, timeZone)
  const patch: Item = { lastPublishedAt: now.toISOString() }
  if (due) patch.publishedLate = workingDaysLate(due, localDate(now, timeZone), await loadCalendar(req.payload, req))
  return patch
}

export const documentTimelinessHooks: TransitionHooks = { beforeTransition: [refuseAttachmentOnly, recordPublicationTimeliness] }
