/**
 * One run of the link checker: the links of every published item (bodies and attachments), each distinct target
 * checked once (items and files in the database, pages over HTTP), the results written to `link-checks` (a row per
 * item and link; rows of links gone from the site removed). The audit's rule reads them into 督办通知.
 */
import { createHash } from 'node:crypto'
import type { CollectionSlug, Payload } from 'payload'
import { extractLinks } from '../../domain/linkCheck/extractLinks'
import { linkTarget, type LinkTarget } from '../../domain/linkCheck/linkTarget'
import { hostPacer, realClock, type LinkClock } from '../../domain/linkCheck/hostPacer'
import { userAgentOf } from '../../domain/linkCheck/linkCheckSettings'
import type { Reason, Verdict } from '../../domain/linkCheck/linkOutcome'
import { idOf, type Id } from '../../domain/ids'
import { attachmentIds } from '../../domain/workflow/contentHash'
import { linkCheckOptions } from './options'
import { loadLinkCheckSettings } from './settings'
import { checkUrl } from './checkUrl'
import { checkFile, checkRecord } from './checkInternal'
import type { LinkCheckRow } from './collections/LinkChecks'

export type LinkCheckRunOptions = {
  /** Time source for pacing and backoff (tests pass a virtual clock); default the real one. */
  clock?: LinkClock
  /** The run's instant, stored as `checkedAt` (default: the clock's now). */
  now?: Date
}

export type LinkCheckSummary = { items: number; links: number; targets: number; ok: number; broken: number; unknown: number; skipped: number; removed: number }

type Entry = {
  key: string
  url: string
  linkText: string
  field: string
  target: Exclude<LinkTarget, { kind: 'skip' }>
  subjectType: string
  subjectId: string
  subjectTitle: string
  department: Id | null
}

type Result = { verdict: Verdict; reason: Reason; status: number | null; finalUrl: string | null }

const CHUNK = 500
const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 40)

const targetKey = (t: Entry['target']): string =>
  t.kind === 'record' ? `record:${t.collection}:${t.id}` : t.kind === 'file' ? `file:${t.collection}:${t.filename}` : `${t.kind}:${t.url}`

const origins = (list: readonly string[]): string[] => [
  ...new Set(
    list.flatMap((o) => {
      try {
        return [new URL(o).origin]
      } catch {
        return []
      }
    }),
  ),
]

export const runLinkCheck = async (payload: Payload, options: LinkCheckRunOptions = {}): Promise<LinkCheckSummary> => {
  const resolved = linkCheckOptions(payload)
  const settings = await loadLinkCheckSettings(payload, resolved.settingsGlobal)
  const portalOrigins = origins([...settings.portalOrigins, ...resolved.portalOrigins])
  const clock = options.clock ?? realClock
  const checkedAt = (options.now ?? new Date(clock.now())).toISOString()
  const paths = { records: resolved.sources.map((s) => s.collection), uploads: [resolved.uploads as string] }

  const entries: Entry[] = []
  let items = 0
  for (const source of resolved.sources) {
    const { docs } = await payload.find({ collection: source.collection as CollectionSlug, where: source.where, pagination: false, depth: 0, overrideAccess: true })
    const rows = docs as unknown as Array<Record<string, unknown> & { id: Id }>
    const attachmentRows = new Map<string, { filename?: string; url?: string }>()
    if (source.attachmentsField) {
      const ids = [...new Set(rows.flatMap((row) => attachmentIds(row[source.attachmentsField!]).map(String)))]
      for (let i = 0; i < ids.length; i += CHUNK) {
        const found = await payload.find({ collection: resolved.uploads, where: { id: { in: ids.slice(i, i + CHUNK) } }, pagination: false, depth: 0, overrideAccess: true })
        for (const m of found.docs as unknown as Array<{ id: Id; filename?: string; url?: string }>) attachmentRows.set(String(m.id), m)
      }
    }
    for (const row of rows) {
      items++
      const subject = {
        subjectType: source.collection,
        subjectId: String(row.id),
        subjectTitle: String(row[source.titleField ?? 'title'] ?? ''),
        department: idOf(row[source.departmentField ?? 'department']),
      }
      const add = (field: string, url: string, linkText: string, target: LinkTarget) => {
        if (target.kind === 'skip') return
        entries.push({ key: hash(`${subject.subjectType}\u0000${subject.subjectId}\u0000${field}\u0000${url}`), url, linkText, field, target, ...subject })
      }
      for (const field of source.textFields?.(row) ?? ['body']) {
        for (const link of extractLinks(row[field])) {
          const url = link.kind === 'url' ? link.url : `/api/${link.collection}/${link.id}`
          add(field, url, link.text, linkTarget(link, portalOrigins, paths))
        }
      }
      if (source.attachmentsField) {
        for (const id of attachmentIds(row[source.attachmentsField])) {
          const media = attachmentRows.get(String(id))
          add('附件', media?.url || `/api/${resolved.uploads}/${id}`, media?.filename ?? '', { kind: 'record', collection: resolved.uploads, id: String(id) })
        }
      }
    }
  }

  // Every distinct target once, however many items link it.
  const pacer = hostPacer({ concurrency: settings.concurrency, perHost: settings.perHostConcurrency, minIntervalMs: settings.minHostIntervalMs }, clock)
  const ctx = { settings, userAgent: userAgentOf({ ...settings, portalOrigins }), pacer, clock, portalOrigins }
  const targets = new Map(entries.map((e) => [targetKey(e.target), e.target]))
  const results = new Map<string, Result>()
  await Promise.all(
    [...targets].map(async ([key, target]) => {
      let result: Result
      if (target.kind === 'record' || target.kind === 'file') {
        const found = target.kind === 'record' ? await checkRecord(payload, target.collection, target.id, resolved.uploads) : await checkFile(payload, target.collection, target.filename)
        result = { ...found, status: null, finalUrl: null }
      } else {
        const done = await checkUrl(target.url, ctx)
        result = { verdict: done.verdict, reason: done.reason, status: done.status, finalUrl: done.finalUrl === target.url ? null : done.finalUrl }
      }
      results.set(key, result)
    }),
  )

  // Write: new rows, changed rows, and the run's time on the rest; an `unknown` keeps the last verdict.
  const stored = (await payload.find({ collection: resolved.results, pagination: false, depth: 0, overrideAccess: true })).docs as unknown as LinkCheckRow[]
  const byKey = new Map(stored.map((r) => [r.key, r]))
  const seen = new Set<string>()
  const unchanged: Array<string | number> = []
  const summary: LinkCheckSummary = { items, links: entries.length, targets: targets.size, ok: 0, broken: 0, unknown: 0, skipped: 0, removed: 0 }
  for (const entry of entries) {
    if (seen.has(entry.key)) continue
    seen.add(entry.key)
    const result = results.get(targetKey(entry.target))!
    summary[result.verdict]++
    const previous = byKey.get(entry.key)
    const kept = result.verdict === 'unknown' && previous && previous.verdict !== 'unknown' ? { verdict: previous.verdict, reason: previous.reason ?? null } : { verdict: result.verdict, reason: result.reason }
    const brokenSince = kept.verdict === 'broken' ? (previous?.verdict === 'broken' && previous.brokenSince ? previous.brokenSince : checkedAt) : null
    const data = {
      url: entry.url,
      linkText: entry.linkText,
      field: entry.field,
      target: entry.target.kind,
      ...kept,
      httpStatus: result.status,
      finalUrl: result.finalUrl,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
      subjectTitle: entry.subjectTitle,
      department: entry.department,
      brokenSince,
    }
    if (!previous) {
      await payload.create({ collection: resolved.results, data: { key: entry.key, ...data, checkedAt }, overrideAccess: true, depth: 0 })
      continue
    }
    const same =
      previous.verdict === data.verdict &&
      (previous.reason ?? null) === data.reason &&
      (previous.httpStatus ?? null) === data.httpStatus &&
      (previous.subjectTitle ?? '') === data.subjectTitle &&
      String(idOf(previous.department)) === String(data.department) &&
      (previous.linkText ?? '') === data.linkText
    if (same) unchanged.push(previous.id)
    else await payload.update({ collection: resolved.results, id: previous.id, data: { ...data, checkedAt }, overrideAccess: true, depth: 0 })
  }
  for (let i = 0; i < unchanged.length; i += CHUNK) {
    await payload.db.updateMany({ collection: resolved.results, where: { id: { in: unchanged.slice(i, i + CHUNK) } }, data: { checkedAt }, returning: false })
  }
  const gone = stored.filter((r) => !seen.has(r.key)).map((r) => r.id)
  for (let i = 0; i < gone.length; i += CHUNK) {
    await payload.delete({ collection: resolved.results, where: { id: { in: gone.slice(i, i + CHUNK) } }, overrideAccess: true })
  }
  summary.removed = gone.length
  payload.logger.info({ msg: `链接检查完成：${summary.items} 条信息 ${summary.links} 个链接，错链 ${summary.broken} 个`, summary })
  return summary
}
