/**
 * Where Payload finds the audit plugin's admin components. Paths are resolved against `admin.importMap.baseDir`
 * (the repository root in Gongkai); run `npm run generate` after changing them.
 */
const dir = '/plugins/audit/components'

export const AUDIT_COMPONENTS = {
  /** 等级 of a notice as a coloured badge (红 red, 黄 yellow, 绿 green), in the list. */
  severityCell: `${dir}/NoticeBadges#SeverityCell`,
  /** 对象 of a notice in the list: a link to the item it is about. */
  subjectCell: `${dir}/NoticeBadges#SubjectCell`,
  /** Edit view of a notice: its severity badge and a link to its item. */
  noticeSubject: `${dir}/NoticeBadges#NoticeSubject`,
  /** Dashboard: open notices by severity in the user's scope, with links to the filtered lists. */
  overdueSummary: `${dir}/OverdueSummary#OverdueSummary`,
  /** Above the list of a collection the audit watches: its items with an open 红/黄 notice. */
  overdueFilter: `${dir}/OverdueSummary#OverdueFilter`,
} as const
