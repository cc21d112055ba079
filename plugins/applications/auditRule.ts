/**
 * 督办 for applications (the audit plugin's rule registry): an open application 3 working days from its last day
 * is yellow, past it red, and so is one whose 补正 request went out after its 7 working days (domain/applications/
 * clock.ts, `clockAlert`). The notice goes to the handling department and into its daily digest. An application
 * whose last day a year nobody has entered yet may move is reported as pending when it cannot be decided.
 */
import type { CollectionSlug, Payload } from 'payload'
import { clockAlert, clockSettingsFrom } from '../../domain/applications/clock'
import { endOfLocalDay } from '../../domain/calendar'
import { idOf } from '../../domain/ids'
import { APPLICATIONS_SLUG, SETTINGS_GROUP } from './defaults'
import { stateOf, type HistoryEntry } from './register'
import type { PluginAuditRule } from '../../domain/audit/ruleContract'

export const APPLICATION_DEADLINE_RULE = 'application-deadline'

/** The audit plugin's rule contract (domain/audit/ruleContract.ts): the app hands the rule to the audit plugin. */
export type ApplicationAuditRule = PluginAuditRule<Payload>

type Row = { id: string | number; trackingNumber?: string; department?: unknown; history?: HistoryEntry[] | null }

export const applicationDeadlineRule = ({ slug = APPLICATIONS_SLUG, settingsGroup = SETTINGS_GROUP }: { slug?: string; settingsGroup?: string } = {}): ApplicationAuditRule => ({
  id: APPLICATION_DEADLINE_RULE,
  title: '依申请公开答复逾期或临期',
  collect: async ({ payload, calendar, clock, settings, pending }) => {
    const clockSettings = clockSettingsFrom((settings as Record<string, unknown>)[settingsGroup] as Record<string, unknown> | undefined)
    const { docs } = await payload.find({
      collection: slug as CollectionSlug,
      where: { status: { not_in: ['answered', 'closed'] } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { trackingNumber: true, department: true, history: true },
    })
    return (docs as unknown as Row[]).flatMap((row) => {
      const state = stateOf(row.history ?? [], calendar, clock.today, clockSettings)
      const alert = clockAlert(state, calendar, clock.today, clockSettings)
      const due = state.replyDue?.earliest ?? null
      const subjectTitle = `政府信息公开申请 ${row.trackingNumber}`
      // Maybe past its last day: only a year nobody has entered yet can say (yellow meanwhile, and the web office is told).
      if (state.late === null && state.replyDue) pending({ rule: APPLICATION_DEADLINE_RULE, subjectType: slug, subjectId: String(row.id), subjectTitle, department: idOf(row.department), earliest: due })
      if (!alert) return []
      const message =
        state.correctionNoticeLate === true
          ? `申请 ${row.trackingNumber} 的补正告知晚于收到申请后 ${clockSettings.correctionNoticeDays} 个工作日（条例第三十条）`
          : alert === 'red'
            ? `申请 ${row.trackingNumber} 已超过答复期限（${due}）仍未答复（条例第三十三条）`
            : `申请 ${row.trackingNumber} 将于 ${due} 到期，请抓紧答复`
      return [{ severity: alert, subjectType: slug, subjectId: String(row.id), subjectTitle, department: idOf(row.department), message, dueAt: due ? endOfLocalDay(due, clock.timeZone).toISOString() : null }]
    })
  },
})
