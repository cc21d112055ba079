/** Closed vocabularies of the public contract (docs/content-api.md): each value with its Chinese label. */

type Vocabulary<V extends string> = ReadonlyArray<{ readonly value: V; readonly label: string }>

const vocabulary = <V extends string>(entries: ReadonlyArray<readonly [V, string]>): Vocabulary<V> =>
  entries.map(([value, label]) => ({ value, label }))

export const valuesOf = <V extends string>(list: Vocabulary<V>): V[] => list.map((entry) => entry.value)

export const labelOf = <V extends string>(list: Vocabulary<V>, value: V | null | undefined): string =>
  list.find((entry) => entry.value === value)?.label ?? ''

export const ROLES = vocabulary([
  ['admin', '网站管理员'],
  ['editor', '信息报送员'],
  ['reviewer', '初审'],
  ['secrecy', '保密审查员'],
  ['approver', '终审领导'],
  // 三员 (等保 2.0 三员分立): administration split three ways, none of them edits content or signs reviews.
  ['system-admin', '系统管理员'],
  ['security-admin', '安全管理员'],
  ['audit-admin', '审计管理员'],
] as const)
export type Role = (typeof ROLES)[number]['value']

/** 三员: a user holds at most one of them, and none together with a content role or `admin`. */
export const THREE_ADMIN_ROLES = ['system-admin', 'security-admin', 'audit-admin'] as const satisfies readonly Role[]

/** Roles that write or sign content. */
export const CONTENT_ROLES = ['editor', 'reviewer', 'secrecy', 'approver'] as const satisfies readonly Role[]

export const DEPARTMENT_KINDS = vocabulary([
  ['township', '乡镇'],
  ['subdistrict', '街道'],
  ['department', '部门'],
  ['office', '办公室'],
] as const)

export const COLUMN_KINDS = vocabulary([
  ['news', '工作动态'],
  ['notice', '通知公告'],
  ['policy', '政策文件'],
  ['interpretation', '政策解读'],
  ['personnel', '人事信息'],
  ['plan', '规划计划'],
  ['guide', '公开指南'],
  ['annual-report', '年度报告'],
  ['organization', '机构概况'],
  ['leaders', '领导信息'],
  ['area', '重点领域'],
  ['topic', '专题'],
] as const)
export type ColumnKind = (typeof COLUMN_KINDS)[number]['value']

export const COLUMN_STATUSES = vocabulary([
  ['open', '开放'],
  ['closed', '关闭'],
] as const)

export const DOCUMENT_KINDS = vocabulary([
  ['news', '工作动态'],
  ['notice', '通知公告'],
  ['policy', '政策文件'],
  ['personnel', '人事信息'],
  ['plan', '规划计划'],
  ['guide', '公开指南'],
  ['annual-report', '年度报告'],
  ['other', '其他'],
] as const)
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]['value']

export const DISCLOSURES = vocabulary([
  ['proactive', '主动公开'],
  ['partial', '部分公开'],
  ['on-request', '依申请公开'],
  ['withheld', '不予公开'],
] as const)
export type Disclosure = (typeof DISCLOSURES)[number]['value']

/** The disclosure attributes whose published version the public may read. */
export const PUBLIC_DISCLOSURES: readonly Disclosure[] = ['proactive', 'partial']

export const NON_DISCLOSURE_BASES = vocabulary([
  ['art14-state-secret', '第十四条：国家秘密'],
  ['art14-prohibited-by-law', '第十四条：法律、行政法规禁止公开'],
  ['art14-security-stability', '第十四条：危及国家安全、公共安全、经济安全、社会稳定'],
  ['art15-trade-secret', '第十五条：商业秘密'],
  ['art15-personal-privacy', '第十五条：个人隐私'],
  ['art16-internal-affairs', '第十六条：内部事务信息'],
  ['art16-process-information', '第十六条：过程性信息'],
  ['art16-enforcement-file', '第十六条：行政执法案卷'],
] as const)

/**
 * Reasons of 依申请公开 (RULES.md): not a refusal, but information outside the 主动公开 scope, given to whoever
 * applies; it never takes a 条例14–16 basis.
 */
export const ON_REQUEST_REASONS = vocabulary([
  ['outside-proactive-scope', '不属于主动公开范围（条例第十九、二十条）'],
  ['specific-applicant-needs', '仅涉及特定申请人的生产生活需要'],
  ['other', '其他（在理由说明中写明）'],
] as const)

/** How a department's 索引号 code is written and checked (RULES.md 索引号). */
export const CODE_SCHEMES = vocabulary([
  ['organization-code', '组织机构代码（9位，GB 11714 校验）'],
  ['uscc', '统一社会信用代码（18位，GB 32100 校验）'],
  ['local', '地方编码（按系统设置的格式，不校验）'],
] as const)
export type CodeScheme = (typeof CODE_SCHEMES)[number]['value']

export const VALIDITIES = vocabulary([
  ['valid', '有效'],
  ['amended', '已修订'],
  ['repealed', '已废止'],
  ['expired', '已失效'],
] as const)

/** 国务院公文主题分类 (the State Council's 22 topics used by 政府信息公开目录). */
export const TOPICS = vocabulary([
  ['state-council-organization', '国务院组织机构'],
  ['general-affairs', '综合政务'],
  ['economy-state-assets', '国民经济管理、国有资产监管'],
  ['finance-audit', '财政、金融、审计'],
  ['land-energy', '国土资源、能源'],
  ['agriculture-forestry-water', '农业、林业、水利'],
  ['industry-transport', '工业、交通'],
  ['commerce-customs-tourism', '商贸、海关、旅游'],
  ['market-safety-regulation', '市场监管、安全生产监管'],
  ['urban-rural-environment', '城乡建设、环境保护'],
  ['science-education', '科技、教育'],
  ['culture-press-sports', '文化、广电、新闻出版'],
  ['health-sports', '卫生、体育'],
  ['population-women-children', '人口与计划生育、妇女儿童工作'],
  ['labour-personnel-supervision', '劳动、人事、监察'],
  ['public-security-justice', '公安、安全、司法'],
  ['civil-affairs-relief', '民政、扶贫、救灾'],
  ['ethnic-religious', '民族、宗教'],
  ['foreign-affairs', '对外事务'],
  ['hk-macao-taiwan-overseas', '港澳台侨工作'],
  ['national-defence', '国防'],
  ['other', '其他'],
] as const)

export const INTERPRETATION_FORMS = vocabulary([
  ['text', '文字解读'],
  ['graphic', '图文解读'],
  ['audio', '音频解读'],
  ['video', '视频解读'],
  ['animation', '动漫解读'],
  ['interview', '在线访谈'],
  ['commentary', '专家评论'],
] as const)

export const PLATFORMS = vocabulary([
  ['wechat', '微信'],
  ['weibo', '微博'],
  ['douyin', '抖音'],
  ['toutiao', '今日头条'],
  ['kuaishou', '快手'],
  ['bilibili', '哔哩哔哩'],
  ['app', '移动客户端'],
  ['mini-program', '小程序'],
  ['other', '其他'],
] as const)

export const ACCOUNT_STATUSES = vocabulary([
  ['active', '运营'],
  ['closing', '注销中'],
  ['closed', '已注销'],
  ['suspended', '已关停'],
] as const)

export const TERM_LEVELS = vocabulary([
  ['block', '禁止发布'],
  ['review', '需人工审查'],
  ['warn', '提示'],
] as const)

export const TERM_CATEGORIES = vocabulary([
  ['classified', '涉密'],
  ['privacy', '个人隐私'],
  ['political', '政治性'],
  ['advertising', '广告用语'],
  ['wording', '规范用语'],
  ['custom', '自定义'],
] as const)

/** The document kind a new item takes from its column's kind. */
export const documentKindForColumn = (columnKind: ColumnKind | null | undefined): DocumentKind => {
  const same: readonly string[] = valuesOf(DOCUMENT_KINDS)
  if (columnKind && same.includes(columnKind)) return columnKind as DocumentKind
  return 'other'
}
