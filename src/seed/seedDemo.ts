/**
 * Writes the demo county portal of `demoData.ts` through the Local API: on the embedded default's first start
 * (`seedDemoIfEmpty`) and by `npm run seed`. Production never seeds demo accounts.
 */
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'
import { lexicalFromParagraphs } from '../../domain/lexicalText'
import { performTransition } from '../../plugins/workflow'
import { demoShiftDays } from './demoShiftDays'
import { seedDemoApplications } from './demoApplications'
import { seedDemoInspection } from './demoInspection'
import { localDate, WorkingDayCalendar } from '../../domain/calendar'
import {
  DEFAULT_DEMO_PASSWORD,
  DEMO_ACCOUNTS,
  DEMO_COLUMNS,
  DEMO_DEPARTMENTS,
  DEMO_DOCUMENTS,
  DEMO_INTERPRETATIONS,
  DEMO_NEW_MEDIA_ACCOUNTS,
  DEMO_SENSITIVE_TERMS,
  type DepartmentKey,
} from './demoData'

export { DEMO_ACCOUNTS, DEFAULT_DEMO_PASSWORD } from './demoData'
export type { DemoAccount } from './demoData'

export type SeedCollection =
  | 'departments'
  | 'users'
  | 'columns'
  | 'documents'
  | 'interpretations'
  | 'new-media-accounts'
  | 'sensitive-terms'
  | 'applications'

/** How many records `seedDemo` created, per collection (the post log is written by src/seed/demoInspection.ts). */
export type SeedSummary = Record<SeedCollection | 'new-media-posts', number>

/** The password of the demo accounts: `DEMO_PASSWORD`, or the documented default. */
export const demoPassword = (): string => process.env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD

const COLLECTION_LABELS: Record<keyof SeedSummary, string> = {
  departments: '部门',
  users: '用户',
  columns: '栏目',
  documents: '政府信息',
  interpretations: '政策解读',
  'new-media-accounts': '政务新媒体',
  'sensitive-terms': '敏感词',
  applications: '依申请公开申请',
  'new-media-posts': '新媒体发文记录',
}

/** “部门13个、用户6个、…” */
export const describeSeedSummary = (summary: SeedSummary): string =>
  (Object.keys(COLLECTION_LABELS) as Array<keyof SeedSummary>).map((slug) => `${COLLECTION_LABELS[slug]}${summary[slug]}条`).join('、')

const DAY_MS = 24 * 60 * 60 * 1000

/** A calendar day in Beijing at the given Beijing hour, as an ISO instant. */
const beijing = (day: string, hour = 12): string => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00.000+08:00`).toISOString()

const addDays = (day: string, days: number): string => {
  const date = new Date(`${day}T00:00:00.000Z`)
  return new Date(date.getTime() + days * DAY_MS).toISOString().slice(0, 10)
}

export type SeedOptions = {
  /** The clock the demo is dated against (default: now). */
  now?: Date
}

/**
 * Creates the whole demo portal in one transaction (where the database supports transactions), so that a
 * failure leaves nothing half-seeded. Records are created one after another so that 索引号 come out in order.
 */
export const seedDemo = async (payload: Payload, { now = new Date() }: SeedOptions = {}): Promise<SeedSummary> => {
  const shift = demoShiftDays(now)
  /** A date of the demo data, moved to the clock. */
  const day = (date: string) => addDays(date, shift)
  const summary: SeedSummary = {
    departments: 0,
    users: 0,
    columns: 0,
    documents: 0,
    interpretations: 0,
    'new-media-accounts': 0,
    'sensitive-terms': 0,
    applications: 0,
    'new-media-posts': 0,
  }

  const transactionReq = await createLocalReq({}, payload)
  await initTransaction(transactionReq)
  // A fresh request per operation (so no hook's `req.context` leaks into the next one), all in one transaction.
  const req = async (): Promise<PayloadRequest> => {
    const fresh = await createLocalReq({ context: { seed: true } }, payload)
    if (transactionReq.transactionID) fresh.transactionID = transactionReq.transactionID
    return fresh
  }
  const create = async (collection: SeedCollection, data: Record<string, unknown>, draft = false) => {
    const doc = await payload.create({ collection, data: data as never, draft, req: await req() })
    summary[collection]++
    return doc as unknown as { id: number | string } & Record<string, unknown>
  }

  try {
    const departmentIds = new Map<DepartmentKey, number | string>()
    for (const { key, name, kind, code, noticeEmails } of DEMO_DEPARTMENTS) {
      const doc = await create('departments', { name, kind, code, noticeEmails: noticeEmails.map((email) => ({ email })) })
      departmentIds.set(key, doc.id)
    }
    const departmentId = (key: DepartmentKey) => {
      const id = departmentIds.get(key)
      if (id === undefined) throw new Error(`演示数据引用了不存在的部门：${key}`)
      return id
    }

    const password = demoPassword()
    type Staff = { id: number | string; name: string; roles: string[]; department: number | string }
    const staff: Staff[] = []
    for (const { email, name, roles, department } of DEMO_ACCOUNTS) {
      const user = await create('users', { email, name, roles, department: departmentId(department), password })
      staff.push({ id: user.id, name, roles, department: departmentId(department) })
    }
    // Every department files and first-reviews its own items: give those without demo accounts their staff.
    for (const { key, name } of DEMO_DEPARTMENTS) {
      for (const [role, title] of [['editor', '信息员'], ['reviewer', '初审员']] as const) {
        if (staff.some((s) => s.roles.includes(role) && s.department === departmentId(key))) continue
        const user = await create('users', { email: `${key}.${role}@demo.gov.cn`, name: `${name}${title}`, roles: [role], department: departmentId(key), password })
        staff.push({ id: user.id, name: `${name}${title}`, roles: [role], department: departmentId(key) })
      }
    }
    const member = (role: string, department?: number | string): Staff => {
      const found = staff.find((s) => s.roles.includes(role) && (department === undefined || s.department === department))
      if (!found) throw new Error(`演示数据缺少角色为 ${role} 的账号`)
      return found
    }
    /** Takes an item through submit, 初审, 保密审查 and 终审, dated as if it happened on `at`. */
    const publishThroughWorkflow = async (collection: 'documents' | 'interpretations', id: number | string, department: number | string, at: Date) => {
      const steps = [
        [member('editor', department), 'submit', -3],
        [member('reviewer', department), 'approve', -2],
        [member('secrecy'), 'approve', -1],
        [member('approver'), 'approve', 0],
      ] as const
      for (const [actor, action, hoursBefore] of steps) {
        await performTransition(await req(), {
          collection,
          id,
          action,
          opinion: action === 'approve' ? '同意发布' : null,
          actor,
          now: new Date(at.getTime() + hoursBefore * 3600_000),
        })
      }
    }

    const columnIds = new Map<string, number | string>()
    for (const { title, slug, kind, parent, department, status } of DEMO_COLUMNS) {
      const parentId = parent === undefined ? undefined : columnIds.get(parent)
      if (parent !== undefined && parentId === undefined) throw new Error(`演示栏目“${title}”的上级栏目 ${parent} 尚未创建`)
      const doc = await create('columns', {
        title,
        slug,
        kind,
        status: status ?? 'open',
        ...(parentId !== undefined ? { parent: parentId } : {}),
        ...(department ? { department: departmentId(department) } : {}),
      })
      columnIds.set(slug, doc.id)
    }


    const documentIds = new Map<string, number | string>()
    for (const item of DEMO_DOCUMENTS) {
      const column = columnIds.get(item.column)
      if (column === undefined) throw new Error(`演示信息“${item.title}”引用了不存在的栏目：${item.column}`)
      const published = item.status === 'published'
      const doc = await create(
        'documents',
        {
          title: item.title,
          column,
          department: departmentId(item.department),
          ...(item.docNumber ? { docNumber: item.docNumber } : {}),
          formedAt: beijing(day(item.formedAt)),
          topic: item.topic,
          ...(item.kind ? { kind: item.kind } : {}),
          ...(typeof item.requiresInterpretation === 'boolean' ? { requiresInterpretation: item.requiresInterpretation } : {}),
          disclosure: item.disclosure,
          ...(item.nonDisclosureBasis ? { nonDisclosureBasis: item.nonDisclosureBasis } : {}),
          ...(item.onRequestReason ? { onRequestReason: item.onRequestReason } : {}),
          ...(item.nonDisclosureReason ? { nonDisclosureReason: item.nonDisclosureReason } : {}),
          body: lexicalFromParagraphs(item.body),
          ...(item.publicBody ? { publicBody: lexicalFromParagraphs(item.publicBody) } : {}),
          validity: item.validity ?? 'valid',
          ...(item.validityChangedAt ? { validityChangedAt: beijing(day(item.validityChangedAt)) } : {}),
          _status: 'draft',
        },
        true,
      )
      if (published) {
        await publishThroughWorkflow('documents', doc.id, departmentId(item.department), new Date(beijing(addDays(day(item.formedAt), item.publishAfterDays ?? 3), 10)))
      }
      documentIds.set(item.key, doc.id)
    }

    for (const item of DEMO_INTERPRETATIONS) {
      const policy = documentIds.get(item.policy)
      if (policy === undefined) throw new Error(`政策解读“${item.title}”引用了不存在的政策文件：${item.policy}`)
      const doc = await create(
        'interpretations',
        {
          title: item.title,
          policy,
          form: item.form,
          department: departmentId(item.department),
          body: lexicalFromParagraphs(item.body),
          _status: 'draft',
        },
        true,
      )
      const policyDoc = (await payload.findByID({ collection: 'documents', id: policy, depth: 0, req: await req() })) as { publishedAt?: string }
      const at = policyDoc.publishedAt ? new Date(new Date(policyDoc.publishedAt).getTime() + 24 * 3600_000) : now
      await publishThroughWorkflow('interpretations', doc.id, departmentId(item.department), at)
    }

    for (const item of DEMO_NEW_MEDIA_ACCOUNTS) {
      await create('new-media-accounts', {
        name: item.name,
        platform: item.platform,
        accountId: item.accountId,
        department: departmentId(item.department),
        responsibleLeader: item.responsibleLeader,
        contactName: item.contactName,
        contactPhone: item.contactPhone,
        contactEmail: item.contactEmail,
        status: item.status,
        filedAt: beijing(day(item.filedAt)),
        ...(item.closedAt ? { closedAt: beijing(day(item.closedAt)) } : {}),
        closureFiled: item.closureFiled ?? false,
        ...(item.lastPostDaysAgo !== undefined ? { lastPostAt: new Date(now.getTime() - item.lastPostDaysAgo * DAY_MS).toISOString() } : {}),
      })
    }

    for (const { term, level, category, note } of DEMO_SENSITIVE_TERMS) {
      await create('sensitive-terms', { term, level, category, note })
    }

    // 依申请公开: a year of applications, on the calendar the server uses (the calendar plugin's, with its 节假日调整).
    const calendarAccess = (payload.config.custom as { calendar?: { load?: (p: Payload, r?: PayloadRequest) => Promise<WorkingDayCalendar> } } | undefined)?.calendar
    summary.applications = await seedDemoApplications(payload, {
      today: localDate(now),
      calendar: calendarAccess?.load ? await calendarAccess.load(payload, await req()) : new WorkingDayCalendar(),
      req,
      departmentId,
      handlerOf: (key) => member('editor', departmentId(key)).id,
      approver: member('approver').id,
    })

    // Two past quarters of 季度检查 (the dashboard's trend on first start): the post log, their notices, both frozen.
    summary['new-media-posts'] = (await seedDemoInspection(payload, { now, shift, req, departmentId })).posts

    await commitTransaction(transactionReq)
  } catch (error) {
    await killTransaction(transactionReq)
    throw error
  }
  return summary
}

/**
 * Seeds the demo portal into an empty database (no users yet) outside production. Returns whether it seeded.
 */
export const seedDemoIfEmpty = async (payload: Payload, options: SeedOptions = {}): Promise<boolean> => {
  if (process.env.NODE_ENV === 'production') return false
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return false
  const started = Date.now()
  const summary = await seedDemo(payload, options)
  payload.logger.info(`已写入演示数据：${describeSeedSummary(summary)}（用时${((Date.now() - started) / 1000).toFixed(1)}秒）`)
  payload.logger.info(
    `演示账号：${DEMO_ACCOUNTS.map((a) => a.email).join('、')}；密码${process.env.DEMO_PASSWORD ? '为环境变量 DEMO_PASSWORD 的值' : `为 ${DEFAULT_DEMO_PASSWORD}（可用 DEMO_PASSWORD 修改）`}`,
  )
  return true
}
