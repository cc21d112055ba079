/** Options of the inspection plugin (季度检查与通报). Every slug has a default (defaults.ts). */
export type InspectionPluginOptions = {
  /** false: keeps the collections and settings (same schema) but adds no endpoints. */
  enabled?: boolean
  documents?: string
  columns?: string
  departments?: string
  newMediaAccounts?: string
  /** The audit's 督办通知 collection. */
  notices?: string
  /** The 依申请公开 register; skipped when the config has no such collection. */
  applications?: string
  /** The interpretations collection (a policy counts as 已解读 when a published one links to it). */
  interpretations?: string
  /** The settings global the `inspection` group is added to. */
  settingsGlobal?: string
  /** Slugs of the collections the plugin adds. */
  posts?: string
  snapshots?: string
  deductions?: string
  /** 年终考核成绩 (one per year and department). */
  yearScores?: string
  /** The auth collection of staff and where it keeps roles and department (domain/actors.ts). */
  users?: Partial<import('../../domain/actors').UserModel>
}
