/** Options of the annual-report plugin (政府信息公开工作年度报告, 条例第四十九、五十条; 国办公开办函〔2021〕30号). */
import type { UserModel } from '../../domain/actors'

export type AnnualReportPluginOptions = {
  /** Slug of the drafts collection (default 'annual-report-drafts'). */
  slug?: string
  /** The host's documents: section 二 counts them; the plugin adds 年度报告统计类别, 施行日期 and 有效期至 to them (default 'documents'). */
  documents?: string
  /** The 依申请公开 register read for section 三 and the 信息处理费 of section 六 (default 'applications'). */
  applications?: string
  /** The columns collection: the 年度报告 column of a department receives the generated document (default 'columns'). */
  columns?: string
  /** The departments collection (default 'departments'). */
  departments?: string
  /** The upload collection that receives the .docx (default 'media'). */
  media?: string
  /** Where the host keeps its staff, their roles and their department. */
  users?: Partial<UserModel>
  /** The settings global (default 'settings') and the group the plugin adds to it (default 'annualReport'). */
  settingsGlobal?: string
  settingsGroup?: string
  /**
   * The government's name in the title of a whole-government report: read from the settings global at `path`
   * (default 'branding.countyName'), else `fallback` (default 'XX县人民政府').
   */
  governmentName?: { path?: string; fallback?: string }
  /** The `kind` of the generated document and of the column that receives it (default 'annual-report' for both). */
  documentKind?: string
  columnKind?: string
  /** Admin group of the drafts collection (default '政务公开'). */
  adminGroup?: string
  /** false: the collection and fields stay (same schema) but no endpoints and no checks on save. */
  enabled?: boolean
}
