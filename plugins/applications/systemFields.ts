/**
 * The register's own fields (受理编号, 查询码, 状态, 答复期限, 答复日期, 办理结果, 办理记录) are never taken from a request.
 * A staff member who enters a letter, fax or visit gets the number, the first history entry (收到申请, on the receipt
 * date entered, signed by them) and the clock's state; an edit keeps the stored values. Only the plugin's own writes
 * (`req.context[SYSTEM_WRITE]`: the public endpoint and the actions endpoint) set them.
 */
import { randomInt } from 'node:crypto'
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { ValidationError } from 'payload'
import { isValidDate, localDate } from '../../domain/calendar'
import { SYSTEM_FIELDS } from './collection'
import type { ApplicationsContext } from './context'
import { clockSettings } from './settings'
import { registerFields, stateOf, type HistoryEntry } from './register'

export const SYSTEM_WRITE = 'gongkaiApplicationsSystemWrite'

export const newTrackingNumber = (date: string) => `YSQ${date.replaceAll('-', '')}${String(randomInt(0, 1_000_000)).padStart(6, '0')}`

const refuse = (ctx: ApplicationsContext, req: PayloadRequest, message: string) =>
  new ValidationError({ collection: ctx.slug, errors: [{ path: 'receivedAt', message, label: '收到申请之日' }] }, req.t)

export const systemFields =
  (ctx: ApplicationsContext): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    if (req.context?.[SYSTEM_WRITE]) return data
    const kept: Record<string, unknown> = { ...data }
    for (const field of SYSTEM_FIELDS) {
      if (operation === 'update') kept[field] = originalDoc?.[field]
      else delete kept[field]
    }
    if (operation === 'update') {
      // The receipt date is the clock's start: after registration it changes only through the history.
      kept.receivedAt = originalDoc?.receivedAt
      return kept
    }
    const receivedAt = String(kept.receivedAt ?? '')
    if (!isValidDate(receivedAt)) throw refuse(ctx, req, '收到申请之日的格式应为 yyyy-MM-dd')
    const today = localDate(new Date())
    if (receivedAt > today) throw refuse(ctx, req, '收到申请之日不能晚于今天')
    const history: HistoryEntry[] = [{ type: 'received', date: receivedAt, by: req.user?.id, at: new Date().toISOString(), reason: '工作人员登记' }]
    const state = stateOf(history, await ctx.loadCalendar(req.payload, req), today, await clockSettings(ctx, req))
    return { ...kept, history, ...registerFields(state, history), trackingNumber: newTrackingNumber(receivedAt) }
  }
