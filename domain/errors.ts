/**
 * Every refusal Gongkai sends over HTTP, in one place: code → HTTP status → Chinese message. Endpoints and hooks throw
 * `codedError(code, …)`; the message a test compares is the one written here. A refusal about one field names the
 * field (`field`), so the admin shows it next to that field.
 */

import { ID_PARAM_REFUSED } from './http/queryShape'
import { LOGIN_REFUSED_MESSAGE } from './security/loginDelay'
import { passwordChangeMessage } from './security/passwordPolicy'

type Entry = { status: number; message: (...args: string[]) => string; field?: string }

const entry = (status: number, message: string | ((...args: string[]) => string), field?: string): Entry => ({
  status,
  message: typeof message === 'string' ? () => message : message,
  ...(field ? { field } : {}),
})

export const ERRORS = {
  // Sign-in and roles
  'auth.required': entry(401, '请先登录'),
  'auth.forbidden': entry(403, '您没有执行此操作的权限'),
  // Workflow (三审)
  'workflow.item-missing': entry(404, '稿件不存在'),
  'workflow.direct-publish': entry(403, '发布只能通过审核流程（提交、初审、保密审查、终审）进行，不能直接发布'),
  'workflow.direct-state': entry(403, '审核状态只能由审核流程改变，不能直接修改'),
  'workflow.restore-published': entry(403, '历史版本只能恢复为草稿，发布须重新经过审核'),
  'workflow.register-immutable': entry(403, '发布审批台账只能追加，不能修改或删除'),
  'workflow.missing-fields': entry(400, (labels) => `请先填写必填项：${labels}`),
  // 批量审核 (待我审核): each item's own refusal comes from the single 审核通过
  'workflow.batch-empty': entry(400, '请选择要批量审核的稿件'),
  'workflow.batch-too-many': entry(400, (max) => `一次最多批量审核 ${max} 项，请分批办理`),
  'workflow.batch-not-reviewed': entry(400, '该内容类型不经过审核流程'),
  'workflow.batch-failed': entry(500, '系统错误，本项未能办理，请在审核面板中逐项办理'),
  // 撤销修改: back to the published version (domain/workflow/discard.ts says when)
  'workflow.discard-unpublished': entry(400, '本稿件在网站上没有已发布的版本，无可恢复的内容'),
  'workflow.discard-unchanged': entry(400, '当前稿件与网站上的已发布版本一致，没有需要撤销的修改'),
  'workflow.discard-in-review': entry(400, (state) => `稿件当前为“${state}”，须先退回草稿，才能撤销修改`),
  'workflow.discard-forbidden': entry(403, '只有本部门的信息报送员或网站管理员可以撤销修改'),
  // Calendar
  'calendar.import-forbidden': entry(403, '只有网站管理员可以导入节假日安排'),
  'calendar.notice-missing': entry(400, '请粘贴国务院办公厅关于节假日安排的通知全文'),
  // Interpretations
  /** The reason comes from domain/interpretationLinkage (publishing before the policy, an ineligible policy). */
  'interpretations.refused': entry(400, (reason) => reason),
  // Audit
  'audit.login-required': entry(401, (secretEnv) => `请先登录，或使用巡检密钥（Authorization: Bearer <${secretEnv}>）`),
  'audit.forbidden': entry(403, '只有网站管理员可以手动运行巡检'),
  'audit.bad-time': entry(400, (value) => `巡检时间格式不正确：${value}（应为 ISO 日期，例如 2026-12-01T08:30:00+08:00）`),
  'audit.busy': entry(409, (instance, since) => `另一次巡检正在进行中（${instance}，开始于 ${since}），请稍后再试`),
  // Quarterly inspection (季度检查与通报)
  'inspection.quarter-invalid': entry(400, (value) => `季度格式不正确：${value}（应写作如 2026Q4）`),
  'inspection.no-department': entry(403, '您的账号没有所属部门，不能查看季度检查结果'),
  'inspection.freeze-forbidden': entry(403, '只有网站管理员可以冻结季度检查结果'),
  'inspection.quarter-not-ended': entry(400, (quarter, to) => `${quarter} 尚未结束（截至 ${to}），季度结束后才能冻结`),
  'inspection.already-frozen': entry(409, (quarter, at) => `${quarter} 已于 ${at} 冻结，冻结后的结果不能更改`),
  'inspection.post-account': entry(400, '请选择本部门的政务新媒体账号', 'account'),
  'inspection.post-department': entry(403, '只能登记本部门账号的发文记录', 'account'),
  'inspection.post-month': entry(400, '统计月份应写作 yyyy-MM，例如 2026-10', 'month'),
  'inspection.post-count': entry(400, '发文数应为不小于 0 的整数', 'count'),
  'inspection.post-duplicate': entry(400, (account, month) => `账号“${account}”${month} 的发文记录已存在，请修改原记录`, 'month'),
  'inspection.import-forbidden': entry(403, '只有网站管理员或信息报送员可以导入发文记录'),
  'inspection.import-empty': entry(400, '请上传 CSV 文件（列：账号ID,平台,统计月份,发文数）'),
  'inspection.import-header': entry(400, (missing) => `CSV 表头缺少：${missing}（应包含 账号ID,平台,统计月份,发文数）`),
  'inspection.import-rows': entry(400, (problems) => `导入未执行，请改正以下各行后重新上传：${problems}`),
  'inspection.deduction-quarter': entry(400, (value) => `季度格式不正确：${value}（应写作如 2026Q4）`, 'quarter'),
  'inspection.deduction-item': entry(400, (item) => `考核细则中没有手工扣分项“${item}”`, 'item'),
  'inspection.deduction-frozen': entry(403, (quarter) => `${quarter} 已冻结，不能再登记、修改或删除人工扣分`),
  'inspection.year-invalid': entry(400, (value) => `年度格式不正确：${value}（应为 2000 至 2999 之间的四位年份，例如 2026）`),
  'inspection.year-score-year': entry(400, (value) => `年度格式不正确：${value}（应为 2000 至 2999 之间的四位年份，例如 2026）`, 'year'),
  'inspection.year-score-range': entry(400, (full) => `年终考核成绩应在 0 至 ${full} 分之间`, 'score'),
  'inspection.year-score-duplicate': entry(400, (year) => `该单位 ${year} 年的年终考核成绩已录入，请修改原记录`, 'department'),
  'inspection.weights-sum': entry(400, '日常考核权重与年终考核权重之和应为 1（例如 0.4 与 0.6）', 'yearEndWeight'),
  // 基层政务公开标准目录 (plugins/catalogue)
  'catalogue.quarter-invalid': entry(400, (value) => `季度格式不正确：${value}（应写作如 2026Q4）`),
  'catalogue.department-invalid': entry(400, (value) => `部门编号不正确：${value}`),
  'catalogue.no-department': entry(403, '您的账号没有所属部门，不能查看标准目录公开情况'),
  'catalogue.min-items': entry(400, '每季度“较好”所需条数应为不小于 1 的整数', 'minItemsPerQuarter'),
  // 季度通报 (plugins/inspection/bulletin)
  'inspection.bulletin-read-forbidden': entry(403, '只有网站管理员、保密审查员和终审领导可以查看季度通报'),
  'inspection.bulletin-forbidden': entry(403, '只有网站管理员可以生成季度通报稿件'),
  'inspection.bulletin-not-frozen': entry(400, (quarter) => `${quarter} 尚未冻结，请先冻结季度检查结果，再生成通报`),
  'inspection.bulletin-exists': entry(409, (quarter, id) => `${quarter} 的通报已生成稿件（编号 ${id}），请在“政府信息”中继续送审；如需重新生成，请先删除该稿件`),
  'inspection.bulletin-no-column': entry(400, '没有县政府办公室的“通知公告”栏目（栏目类型为通知公告、保障单位为办公室类部门），无法生成通报稿件，请网站管理员先设置'),
  'inspection.bulletin-date': entry(400, (value) => `发布日期应为 yyyy-MM-dd 格式的日期，例如 2027-01-05：${value}`, 'publishOn'),
  'inspection.bulletin-calendar': entry(400, (year) => `工作日历未包含 ${year} 年的节假日安排，无法计算整改期限，请先在“节假日调整”中录入`),
  // Content API
  'contentApi.feed-not-found': entry(404, (slug) => `栏目不存在或未公开：${slug}`),
  'contentApi.limit-invalid': entry(400, (max) => `参数 limit 必须是 1 到 ${max} 之间的整数`),
  'contentApi.since-invalid': entry(400, '参数 since 必须是 ISO 8601 格式的时间，例如 2026-01-01T00:00:00Z'),
  'contentApi.cursor-invalid': entry(400, '参数 cursor 无效，请使用上一页返回的 nextCursor'),
  // Security
  'security.login-refused': entry(401, LOGIN_REFUSED_MESSAGE),
  'security.three-admins-no-content': entry(403, '系统管理员、安全管理员、审计管理员不能新建、修改或删除内容'),
  'security.password-change-required': entry(403, (kind, maxAgeDays) =>
    passwordChangeMessage(kind === 'expired' ? { kind: 'expired', maxAgeDays: Number(maxAgeDays) } : { kind: 'required' }),
  ),
  'security.log-immutable': entry(403, '安全审计日志只能由系统追加，不能新建、修改或删除'),
  'security.audit-admin-only': entry(403, '只有审计管理员可以查看、导出或校验安全审计日志'),
  'security.bad-date': entry(400, '日期格式不正确，请使用 ISO 格式，例如 2026-12-01 或 2026-12-01T08:00:00+08:00'),
  'security.lock-not-yourself': entry(403, '只能以本人名义锁定稿件'),
  'security.lock-not-editable': entry(403, '您无权编辑该内容，不能锁定'),
  'security.id-refused': entry(400, ID_PARAM_REFUSED),
  /** A `where` the database adapter would crash on; the reason comes from domain/http/queryShape. */
  'security.query-refused': entry(400, (reason) => reason),
  // 依申请公开 (plugins/applications)
  'applications.missing': entry(404, '申请不存在，或不由本部门办理'),
  'applications.query-refused': entry(404, '受理编号或查询码不正确'),
  'applications.unknown-action': entry(400, (action) => `未知的办理操作：${action}`),
  'applications.refused': entry(400, (reasons) => reasons),
  'applications.outcome-required': entry(400, '请选择办理结果（年度报告表三中的一项）', 'outcome'),
  'applications.reason-required': entry(400, (what) => `请填写${what}`, 'reason'),
  'applications.date-invalid': entry(400, '日期格式应为 yyyy-MM-dd', 'date'),
  'applications.future-date': entry(400, '办理日期不能晚于今天', 'date'),
  'applications.extend-forbidden': entry(403, '延长答复期限须经政府信息公开工作机构负责人同意：只有终审领导或网站管理员可以登记延期（条例第三十三条）'),
  'applications.not-lapsed': entry(400, '补正期限尚未届满（或没有待补正事项），不能按逾期不补正办结'),
  'applications.department-unknown': entry(400, '受理机关不存在', 'department'),
  'applications.too-many': entry(429, (n) => `同一申请人 24 小时内最多可提交 ${n} 件申请，请稍后再试`),
  'applications.year-invalid': entry(400, '年份应为四位数字，例如 2026'),
  'applications.fee-method': entry(400, '请选择计收方式：按件或按量（一件申请只能选择一种）', 'method'),
  'applications.fee-pages': entry(400, '按量计收请填写提供信息的页数（正整数）', 'pages'),
  'applications.fee-identity': entry(400, '申请人缺少证件号码或统一社会信用代码，无法统计本月申请件数，不能按件计收', 'method'),
  'applications.fee-none': entry(400, (detail) => `${detail}，未超过免费标准，不收取信息处理费`, 'method'),
  'applications.not-lapsed-fee': entry(400, '缴费期限尚未届满（或没有待缴的信息处理费），不能按逾期未缴费办结'),
  'applications.export-format': entry(400, '导出格式应为 xlsx 或 csv'),
  // 告知书 (plugins/applications/letters)
  'applications.letter-placeholder-unknown': entry(400, (name) => `模板中有未知的占位符：{${name}}，请删除或改用可用的占位符`),
  'applications.letter-kind-unknown': entry(400, '请选择告知书种类：补正告知书、延期答复告知书、征求第三方意见书或政府信息公开申请答复书', 'kind'),
  'applications.letter-application-required': entry(400, '请选择告知书所属的申请（须为本部门办理的申请）', 'application'),
  'applications.letter-missing': entry(404, '告知书不存在，或不由本部门办理'),
  'applications.letter-signed': entry(403, '告知书已签发，不能修改或删除；如需更正，请重新起草'),
  'applications.letter-already-signed': entry(409, '告知书已经签发'),
  'applications.letter-sign-forbidden': entry(403, '只有本部门的终审领导或网站管理员可以签发告知书'),
  'applications.letter-own-draft': entry(403, '不能签发本人起草的告知书：起草与签发须由不同人员办理'),
  'applications.export-log-immutable': entry(403, '申请人信息导出记录只能由系统追加，不能新建、修改或删除'),
  'applications.letter-unfilled': entry(400, (names) => `告知书中尚有待填写的内容：${names}，请补充后再签发`, 'body'),
  // 政府信息公开工作年度报告 (plugins/annualReport)
  'annualReport.category-unknown': entry(400, (value, allowed) => `年度报告统计类别“${value}”不在系统设置的类别中，可选：${allowed}`, 'reportCategory'),
  'annualReport.effective-from-format': entry(400, '施行日期应为 yyyy-MM-dd 格式的日期，例如 2026-01-01', 'effectiveFrom'),
  'annualReport.effective-until-format': entry(400, '有效期至应为 yyyy-MM-dd 格式的日期，例如 2030-12-31', 'effectiveUntil'),
  'annualReport.effective-range': entry(400, '有效期至不能早于施行日期', 'effectiveUntil'),
  'annualReport.missing': entry(404, '年度报告草稿不存在，或不属于本部门'),
  'annualReport.year-invalid': entry(400, '年度应为四位数字，例如 2026', 'year'),
  'annualReport.own-department': entry(400, '只能编制本部门的年度报告；全县政府年度报告由网站管理员编制', 'department'),
  'annualReport.figure-invalid': entry(400, (label) => `${label}应为非负数`),
  'annualReport.unbalanced': entry(400, (list) => `表三“收到和处理政府信息公开申请情况”不平衡，不能生成年度报告：${list}`),
  'annualReport.reviews-wrong': entry(400, (list) => `表四“行政复议、行政诉讼情况”有误，不能生成年度报告：${list}`),
  'annualReport.no-publisher': entry(400, '全县政府年度报告须选择发布机构（通常为县人民政府办公室）', 'publisher'),
  'annualReport.no-column': entry(400, (department) => `“${department}”没有“年度报告”类型的栏目，请网站管理员先为其设置年度报告栏目`),
  'annualReport.already-created': entry(409, (id) => `本草稿已生成年度报告稿件（编号 ${id}），请在“政府信息”中继续送审；如需重新生成，请先删除该稿件`),
  // App
  'app.own-department': entry(400, '只能以本部门名义报送或修改信息', 'department'),
  'app.column-closed': entry(400, '该栏目已关闭，不再接收新的信息，请选择开放的栏目', 'column'),
  'app.publisher-required': entry(400, '请选择发布机构', 'department'),
  'app.publisher-without-code': entry(400, '发布机构不存在或未设置机构代码，无法生成索引号', 'department'),
  // 政府信息 on save (domain/documentRules.ts; issue 16): each next to its field
  'app.basis-required': entry(400, '部分公开、不予公开的信息须选择条例第十四至十六条的法律依据', 'nonDisclosureBasis'),
  'app.reason-required': entry(400, '非主动公开的信息须填写理由说明', 'nonDisclosureReason'),
  'app.public-body-required': entry(400, '部分公开的信息须提供删除不予公开内容后的公开文本', 'publicBody'),
  'app.on-request-reason-required': entry(400, '依申请公开的信息须选择依申请公开的理由', 'onRequestReason'),
  'app.on-request-no-basis': entry(400, '依申请公开不是不予公开，不适用条例第十四至十六条的依据，请清空此项并选择依申请公开的理由', 'nonDisclosureBasis'),
  'app.changed-before-formed': entry(400, '变更日期不能早于成文日期', 'changedAt'),
  'app.repost-source-required': entry(400, '转载信息须填写来源（发布机关或原文网址）', 'repostSource'),
  'app.repost-date-required': entry(400, '转载信息须填写原文发布日期', 'repostOriginalDate'),
  'app.repost-unverified': entry(400, '转载信息须来源于政府官方媒体并经核实：未经官方证实的信息不得转载发布', 'repostSourceVerified'),
  'app.attachment-only': entry(400, '正文为空或只有附件链接：禁止以附件等形式作为发布内容，请将内容写入正文', 'body'),
  'app.department-code': entry(400, (reason) => reason, 'code'),
  'app.department-code-scheme': entry(400, '请选择代码类型：组织机构代码、统一社会信用代码或地方编码', 'codeScheme'),
  'app.department-code-local': entry(400, (pattern) => `地方编码不符合系统设置的格式（${pattern}），例如甘州区的 620702074（行政区划代码620702+单位编号074）`, 'code'),
  'app.settings-pattern': entry(400, '请填写有效的正则表达式，例如 ^[1-9]\\d{8}$'),
  'app.account-duplicate-active': entry(
    400,
    (platform) => `本单位在${platform}平台已有运营中的账号，同一单位同一平台只能开设一个账号（一个单位一个平台一个账号）`,
    'platform',
  ),
  'app.attachment-locked': entry(
    400,
    (kind, title) =>
      `附件已用于${kind}“${title}”，该稿件正在审核或已经发布，附件的文件和名称不能更改；如需更换，请上传新附件并在稿件中重新关联`,
    'filename',
  ),
  'app.attachment-bad-filename': entry(400, '文件名不能包含空字符或其他控制字符，请重命名后再上传', 'filename'),
  'app.attachment-no-department': entry(400, '您的账号未设置所属部门，不能上传附件', 'department'),
  'app.attachment-not-linkable': entry(400, '只能关联本部门上传的附件或已公开的附件', 'attachments'),
  'app.upload-malformed': entry(400, '上传的表单无法解析：文件名或表单头部含有空字符等控制字符，请重命名文件后再上传'),
  // An upload that could not be stored (hooks/media/storageFailure.ts): nothing is kept, neither the row nor a partial file.
  'app.storage-full': entry(507, '存储空间不足，文件未保存，请联系网站管理员'),
  'app.storage-unavailable': entry(503, '文件存储服务暂时不可用，文件未保存，请稍后重试；如持续出现，请联系网站管理员'),
  'app.query-field-refused': entry(400, (fields) => `不允许按以下字段查询或排序：${fields}`),
  'app.query-param-not-json': entry(400, (name) => `查询参数 ${name} 不是有效的 JSON 对象`),
  'app.body-unsupported': entry(400, '不支持的请求格式：请以 application/json（上传文件用 multipart/form-data）提交'),
  'app.body-invalid-json': entry(400, '请求体不是有效的 JSON'),
  'app.body-length-required': entry(411, '请求须声明 Content-Length'),
  'app.body-too-large': entry(413, (size) => `请求体过大：超过 ${size} 的上限`),
  'app.rate-limited': entry(429, '请求过于频繁，请稍后再试'),
  'app.login-rate-limited': entry(429, '登录尝试过于频繁，请15分钟后再试'),
  /** The per-address login limit (a whole office behind one NAT address shares it): minutes until the window ends. */
  'app.login-rate-limited-ip': entry(429, (minutes) => `登录尝试过于频繁，请${minutes}分钟后再试`),
  /** The per-account login limit: the Beijing time (`08时45分`, no colon for the admin's toast) from which this account may try again. */
  'app.login-rate-limited-account': entry(429, (time) => `该账号登录尝试过于频繁，请于 ${time}后重试`),
  'app.graphql-too-many-tokens': entry(400, (n) => `查询过长：最多 ${n} 个词法单元`),
  'app.graphql-too-many-aliases': entry(400, (n) => `查询中的别名过多：最多 ${n} 个`),
  'app.graphql-too-deep': entry(400, (n) => `查询嵌套过深：最多 ${n} 层`),
  'app.graphql-too-costly': entry(400, (max, actual) => `查询代价过高（${actual}，上限 ${max}）：请减少每页条数（limit）、别名或正文字段，分页获取`),
  'app.server-busy': entry(503, '服务器繁忙，请稍后再试'),
  'app.database-busy': entry(503, '数据库繁忙：等待事务超时，请稍后重试'),
  'app.database-unavailable': entry(503, '数据库暂时无法连接，请稍后重试'),
  'app.not-found': entry(404, '未找到该页面'),
  'app.internal': entry(500, '服务器内部错误'),
  'app.column-slug-format': entry(400, '栏目标识只能包含小写字母、数字和连字符（不能以连字符开头或结尾）', 'slug'),
  'app.sensitive-term-required': entry(400, '请填写敏感词', 'term'),
  // 易错词 and 严重表述 (plugins/wording)
  'wording.wrong-required': entry(400, '请填写错误写法', 'wrong'),
  'wording.correct-required': entry(400, '请填写正确写法', 'correct'),
  'wording.same': entry(400, '正确写法不能与错误写法相同', 'correct'),
  'app.settings-date-format': entry(400, '请按“年-月-日”格式填写，例如 1949-01-01'),
  'app.settings-month-day-format': entry(400, '请按“月-日”格式填写，例如 01-31'),
} as const satisfies Record<string, Entry>

export type ErrorCode = keyof typeof ERRORS

/** A refusal as data: what the HTTP layer sends (status, message) and the field it concerns, if any. */
export class CodedError extends Error {
  readonly status: number
  /** Payload sends the message of a public error to the client as it is. */
  readonly isPublic = true
  readonly field?: string
  constructor(
    readonly code: ErrorCode,
    ...args: string[]
  ) {
    const known: Entry = ERRORS[code]
    super(known.message(...args))
    this.name = 'CodedError'
    this.status = known.status
    this.field = known.field
  }
}

export const codedError = (code: ErrorCode, ...args: string[]): CodedError => new CodedError(code, ...args)

/** The message of a code, for tests and for refusals returned as data. */
export const messageOf = (code: ErrorCode, ...args: string[]): string => (ERRORS[code] as Entry).message(...args)
