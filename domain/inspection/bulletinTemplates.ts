/**
 * The editable texts of the 通报 (系统设置 › 季度通报): the defaults follow 甘州's 通报 (seeds/004). Placeholders:
 * `{季度}` (2026年第四季度) and `{整改期限}` (2027年1月15日).
 */
import type { ProblemKey } from './bulletinProblems'

export type BulletinTemplates = {
  /** 发文机关 (落款). */
  issuer: string
  /** 主送机关. */
  salutation: string
  opening: string
  /** 三、工作建议: the general paragraph, always first. */
  general: string
  /** 三、工作建议: one paragraph per problem type, used when the 通报 lists that problem. */
  suggestions: Record<ProblemKey, string>
  deadlineSentence: string
}

export const DEFAULT_BULLETIN_TEMPLATES: BulletinTemplates = {
  issuer: '县政务公开工作领导小组办公室',
  salutation: '各乡镇人民政府，各街道办事处，县政府各部门：',
  opening: '为全面掌握全县政务公开工作情况，推进政务公开工作规范化、标准化，县政务公开工作领导小组办公室对全县{季度}政务公开工作进行了检查，现将有关情况通报如下：',
  general:
    '切实提高思想认识。各单位要进一步提高对政务公开工作重要性和必要性的认识，强化公开主体责任，健全工作机制，定期开展自查，严格执行政府信息公开“三级审核”制度，未经审核不得公开发布。',
  suggestions: {
    'column-stale': '加强栏目内容保障。各单位要严格按照责任分工和更新要求，做好所负责栏目的信息更新，确保动态信息、通知公告、政策文件等栏目按期更新。',
    'column-empty': '及时补齐空白栏目。各单位要对照政府信息公开目录，补充完善信息公开指南、机构概况、领导简介、年度报告等内容，杜绝空白栏目。',
    interpretation: '全面精准解读政策。要做到政策文件与解读材料同组织、同审签、同部署，注重利用图片、视频等形式丰富解读。',
    timeliness: '严格落实公开时限。信息形成后要在规定时限内公开，审核各环节要及时办理，不得积压。',
    applications: '规范依申请公开办理。严格按照条例规定的期限答复申请，做到答复规范、告知完整。',
    'new-media': '加强政务新媒体监管。按照“谁主管谁负责、谁主办谁负责”原则，明确责任领导和联系人，做好政务新媒体报备、更新、注销和常态化监管工作。',
    other: '举一反三抓好整改。各单位要对照本通报指出的问题逐项整改，建立长效机制，防止问题反弹。',
  },
  deadlineSentence: '此次通报存在的问题，请各相关单位于{整改期限}前整改完成。',
}

/** Stored values over the defaults: an empty text keeps the default (a cleared textarea is not a wish for silence). */
export const bulletinTemplatesFrom = (stored: Record<string, unknown> | null | undefined): BulletinTemplates => {
  const text = (value: unknown, fallback: string) => (typeof value === 'string' && value.trim() ? value.trim() : fallback)
  const d = DEFAULT_BULLETIN_TEMPLATES
  const s = stored ?? {}
  return {
    issuer: text(s.issuer, d.issuer),
    salutation: text(s.salutation, d.salutation),
    opening: text(s.opening, d.opening),
    general: text(s.general, d.general),
    suggestions: Object.fromEntries(Object.entries(d.suggestions).map(([key, value]) => [key, text(s[suggestionField(key as ProblemKey)], value)])) as BulletinTemplates['suggestions'],
    deadlineSentence: text(s.deadlineSentence, d.deadlineSentence),
  }
}

/** The settings field holding a problem type's suggestion (`suggestion_column_stale`). */
export const suggestionField = (key: ProblemKey): string => `suggestion_${key.replace(/-/g, '_')}`
