/** The Gongkai app: Payload with the disclosure-portal collections, Chinese admin, database chosen by DATABASE_URI. */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { nestedDocsPlugin } from '@payloadcms/plugin-nested-docs'
import { zh } from '@payloadcms/translations/languages/zh'
import { en } from '@payloadcms/translations/languages/en'
import sharp from 'sharp'
import { Columns } from '../collections/Columns'
import { Departments } from '../collections/Departments'
import { Documents } from '../collections/Documents'
import { Interpretations } from '../collections/Interpretations'
import { Media } from '../collections/Media'
import { NewMediaAccounts } from '../collections/NewMediaAccounts'
import { SensitiveTerms } from '../collections/SensitiveTerms'
import { Settings } from '../collections/Settings'
import { Users } from '../collections/Users'
import { workflowPlugin } from '../plugins/workflow'
import { REGISTER_SLUG } from '../plugins/workflow/defaults'
import { RECORD_CONTEXT } from '../plugins/workflow/collections/ApprovalRecords'
import { workflowOptions } from './workflowOptions'
import { codedErrorField } from '../hooks/codedErrorField'
import { databaseUnavailable } from '../hooks/databaseUnavailable'
import { faultPointFromEnv } from './lib/faultPoint'
import { schedulerPlugin } from '../plugins/scheduler'
import { calendarPlugin } from '../plugins/calendar'
import { applicationDeadlineRule, applicationsPlugin } from '../plugins/applications'
import { interpretationsPlugin } from '../plugins/interpretations'
import { annualReportPlugin } from '../plugins/annualReport'
import { auditPlugin } from '../plugins/audit'
import { bulletinRectificationRule, inspectionPlugin } from '../plugins/inspection'
import { appAuditRules } from './audit/auditRules'
import { SUBJECT_TYPES } from '../domain/audit/auditRules'
import { contentApiPlugin } from '../plugins/contentApi'
import { brokenLinkRule, linkCheckPlugin } from '../plugins/linkCheck'
import { wordingPlugin } from '../plugins/wording'
import { linkCheckOptions } from './linkCheckOptions'
import { contentApiOptions } from './contentApiOptions'
import { httpDoorPlugin } from '../plugins/httpDoor'
import { securityPlugin } from '../plugins/security'
import { SCHEDULER_USER } from '../plugins/workflow'
import { guardDocumentLocks, systemGuardsPlugin } from '../plugins/systemGuards'
import { databaseAdapter } from './lib/database'
import { startupLock } from './lib/startupLock'
import { showFieldRefusals } from './admin/fieldRefusals'
import { keepTypedText } from './admin/keepTypedText'
import { emailAdapter } from './lib/email'
import { mediaStorage } from './lib/storage'
import { beijingDates } from './admin/beijingDates'
import { settingsInTabs } from './admin/settingsTabs'
import { columnTree } from './admin/columnTree'
import { catalogueDeadlineRule, cataloguePlugin, loadGrades } from '../plugins/catalogue'
import { expiredInformationRule, expiryPlugin } from '../plugins/expiry'
import { PUBLIC_DOCUMENT_WHERE } from '../domain/publicDefinition'
import { recordExpiredChanges } from './expiryChanges'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const secret = (): string => {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  // `next build` evaluates the config without serving anything; the running server must have a real secret.
  if (process.env.NODE_ENV === 'production' && process.env.NEXT_PHASE !== 'phase-production-build') {
    throw new Error('生产环境必须设置 PAYLOAD_SECRET 环境变量')
  }
  return 'gongkai-development-secret-change-me'
}

const serverURL = process.env.SERVER_URL || ''
/** The fault tests' seam (GONGKAI_FAULT_POINT, never in production): src/lib/faultPoint.ts. */
const faultPoint = faultPointFromEnv()

/**
 * Origins whose requests may use the session cookie (Payload ignores the cookie of any other Origin): SERVER_URL,
 * or else this server's own loopback and HOST addresses. The Express door refuses cross-site writes before that.
 */
const csrfOrigins = (): string[] => {
  if (serverURL) return [new URL(serverURL).origin]
  const port = Number(process.env.PORT || 3000)
  const host = process.env.HOST && !['0.0.0.0', '::'].includes(process.env.HOST) ? process.env.HOST : ''
  return [...new Set(['localhost', '127.0.0.1', '[::1]', ...(host ? [host.includes(':') ? `[${host}]` : host] : [])])].map((h) => `http://${h}:${port}`)
}

export default buildConfig({
  secret: secret(),
  serverURL,
  csrf: csrfOrigins(),
  admin: {
    user: Users.slug,
    avatar: 'default',
    dateFormat: 'yyyy-MM-dd HH:mm',
    // Component paths ('/plugins/workflow/components/…') resolve from the repository root; the map stays in src/app.
    importMap: {
      baseDir: path.resolve(dirname, '..'),
      importMapFile: path.resolve(dirname, 'app/(payload)/admin/importMap.js'),
    },
    // The county's logo and name from 系统设置 (branding) on the login page and in the corner; the tab title's suffix
    // is static config, the default portal name.
    components: {
      graphics: { Logo: '/src/admin/CountyLogo#CountyLogo', Icon: '/src/admin/CountyIcon#CountyIcon' },
    },
    meta: { titleSuffix: ' - 政务公开管理平台', description: '政府信息公开内容管理与发布审核' },
  },
  i18n: {
    // Chinese first and the fallback; English is offered in each user's account settings.
    supportedLanguages: { zh, en },
    fallbackLanguage: 'zh',
  },
  collections: [Documents, Interpretations, Columns, NewMediaAccounts, Media, Departments, Users, SensitiveTerms],
  globals: [Settings],
  editor: lexicalEditor(),
  db: databaseAdapter(),
  email: emailAdapter(),
  sharp,
  graphQL: { disablePlaygroundInProduction: true },
  typescript: {
    outputFile: path.resolve(dirname, 'payload-types.ts'),
    autoGenerate: false,
  },
  plugins: [
    // 附件 on the local disk, or in S3-compatible object storage (S3_BUCKET, S3_ENDPOINT): first, so that the file is
    // stored before the workflow's hook reads it back for its SHA-256.
    mediaStorage('media'),
    // Runs the tasks the other plugins register; SCHEDULER=off (or false) in scripts and tests that boot Payload.
    // A slot still 运行中 after SCHEDULER_LEASE_SECONDS belonged to a process that died: it is marked 失败.
    schedulerPlugin({ autoStart: !['off', 'false'].includes(process.env.SCHEDULER ?? ''), leaseSeconds: Number(process.env.SCHEDULER_LEASE_SECONDS) || undefined }),
    // Working days and 节假日调整; the interpretations and the audit plugins need it.
    calendarPlugin(),
    // 政策解读关联: the link check, the panels, and the workflow's transition hooks on both collections.
    interpretationsPlugin(),
    workflowPlugin({ ...workflowOptions, faultPoint }),
    // 易错词 and 严重表述: lists the web office keeps, fed to the workflow's pre-check with their corrections.
    wordingPlugin(),
    // 依申请公开: the register, its clock, the portal's endpoints, table 三 and the 告知书 (plugins/applications); after the
    // workflow, whose approval register records each signed letter.
    applicationsPlugin({ approvalRegister: { slug: REGISTER_SLUG, context: RECORD_CONTEXT } }),
    // 政府信息公开工作年度报告: drafts, the report from documents and the register, .docx, a draft item for 三审.
    annualReportPlugin(),
    contentApiPlugin(contentApiOptions),
    nestedDocsPlugin({
      collections: ['columns'],
      generateLabel: (_, doc) => String(doc.title ?? ''),
      generateURL: (docs) => docs.reduce((url, doc) => `${url}/${String(doc.slug ?? '')}`, ''),
    }),
    // 有效期: 规范性文件 past their 有效期至 become 已失效 in a daily pass; expired items still online are flagged (seed 000).
    expiryPlugin({ publicWhere: PUBLIC_DOCUMENT_WHERE, schedule: process.env.EXPIRY === 'false' ? false : undefined, onExpired: recordExpiredChanges }),
    // 基层政务公开标准目录: the 26 领域 and their 事项, columns bound to 事项, the 时限 audit and the quarter's grades.
    cataloguePlugin(),
    // 督办: Gongkai's rules over its collections; AUDIT=false leaves the daily run off, AUDIT_CRON overrides the setting.
    auditPlugin({
      rules: [...appAuditRules, applicationDeadlineRule(), bulletinRectificationRule(), expiredInformationRule(), catalogueDeadlineRule(), brokenLinkRule()],
      subjectTypes: SUBJECT_TYPES,
      schedule: process.env.AUDIT === 'false' ? false : process.env.AUDIT_CRON ? { cron: process.env.AUDIT_CRON } : {},
      faultPoint,
    }),
    // 错链检查: links of published items on a schedule; the audit's rule above turns broken ones into 督办通知.
    linkCheckPlugin(linkCheckOptions(serverURL)),
    // 季度检查与通报: the rubric's colours, scores and ranks from the audit's notices, the quarter's figures, the
    // new-media post log and the frozen snapshots (plugins/inspection, docs/inspection.md).
    // The 通报's annex 2 grades the 标准目录's 领域 (the catalogue plugin's grades, frozen with the quarter).
    // Only once the county has bound columns to 事项: until then annex 2 grades the units' columns.
    inspectionPlugin({
      domainGrades: async (payload, quarter, req) => {
        const { rows } = await loadGrades(payload, quarter, { req })
        return rows.some((r) => r.boundColumns > 0) ? rows.map((r) => ({ name: r.name, published: r.published, grade: r.grade, label: r.label })) : null
      },
    }),
    // Query guards, anonymous page caps, cookies and the reset mail of the HTTP door, for every collection above.
    httpDoorPlugin(),
    // Accounts, sessions and the security audit log: hooks every collection and global and wraps every endpoint above.
    securityPlugin({ systemAccounts: [SCHEDULER_USER.email] }),
    // 系统设置 in tabs once every plugin has added its group; every date field in Beijing time, yyyy-MM-dd HH:mm.
    settingsInTabs(Settings.slug),
    beijingDates,
    columnTree([Documents.slug, Interpretations.slug]),
    // A refused 保存草稿 shows its reason under the field (src/admin/FieldRefusals.tsx).
    showFieldRefusals,
    // A save right after typing in 正文 waits for the editor to hand over the last words (src/admin/KeepTypedText.tsx).
    keepTypedText,
    // Last, so that it covers the collections the other plugins add.
    systemGuardsPlugin(),
    // Several instances starting together on PostgreSQL seed one after the other (src/lib/startupLock.ts).
    startupLock,
  ],
  // A coded refusal names its code and field in the answer (hooks/codedErrorField.ts); an unreachable database is a 503.
  hooks: { afterError: [codedErrorField, databaseUnavailable] },
  telemetry: false,
  ...(process.env.LOG_LEVEL ? { logger: { options: { level: process.env.LOG_LEVEL } } } : {}),
}).then(guardDocumentLocks)
