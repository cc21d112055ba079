/**
 * 督办 for broken links (错链): one notice per published item with a broken link, to the item's department, from the
 * last link check. A link that opens again (or is removed) drops out of `link-checks`, and the next audit resolves the
 * notice. The app hands the rule to the audit plugin (no plugin imports another).
 */
import type { CollectionSlug, Payload } from 'payload'
import { idOf } from '../../domain/ids'
import { REASON_LABELS } from '../../domain/linkCheck/linkOutcome'
import { BROKEN_LINK_RULE, LINK_CHECKS_SLUG } from './defaults'
import type { LinkCheckRow } from './collections/LinkChecks'
import type { PluginAuditRule } from '../../domain/audit/ruleContract'

/** The audit plugin's rule contract (domain/audit/ruleContract.ts): the app hands the rule to the audit plugin. */
export type BrokenLinkAuditRule = PluginAuditRule<Payload>

/** How many broken links a notice names before "等". */
const LISTED = 3

export const brokenLinksMessage = (rows: ReadonlyArray<Pick<LinkCheckRow, 'url' | 'reason' | 'httpStatus'>>): string => {
  const listed = rows.slice(0, LISTED).map((r) => `${r.url}（${r.reason ? REASON_LABELS[r.reason] : '错链'}${r.httpStatus && r.reason !== 'not-found' && r.reason !== 'gone' ? `，${r.httpStatus}` : ''}）`)
  return `有 ${rows.length} 个链接无法正常打开：${listed.join('；')}${rows.length > LISTED ? ' 等' : ''}，请修改或删除`
}

export const brokenLinkRule = ({ slug = LINK_CHECKS_SLUG }: { slug?: string } = {}): BrokenLinkAuditRule => ({
  id: BROKEN_LINK_RULE.id,
  title: BROKEN_LINK_RULE.title,
  collect: async ({ payload }) => {
    const { docs } = await payload.find({ collection: slug as CollectionSlug, where: { verdict: { equals: 'broken' } }, pagination: false, depth: 0, overrideAccess: true, sort: 'url' })
    const bySubject = new Map<string, LinkCheckRow[]>()
    for (const row of docs as unknown as LinkCheckRow[]) {
      const key = `${row.subjectType}\u0000${row.subjectId}`
      bySubject.set(key, [...(bySubject.get(key) ?? []), row])
    }
    return [...bySubject.values()].map((rows) => ({
      severity: 'yellow' as const,
      subjectType: rows[0]!.subjectType,
      subjectId: rows[0]!.subjectId,
      subjectTitle: rows[0]!.subjectTitle ?? '',
      department: idOf(rows[0]!.department),
      message: brokenLinksMessage(rows),
      dueAt: null,
    }))
  },
})
