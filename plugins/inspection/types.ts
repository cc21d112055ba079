import type { Payload, PayloadRequest } from 'payload'
import type { DomainGradeLine, QuarterKey } from '../../domain/inspection/model'

export type DomainGradesSource = (payload: Payload, quarter: QuarterKey, req?: PayloadRequest) => Promise<readonly DomainGradeLine[] | null>

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
  /**
   * The quarter's grade of each 领域 of the 基层政务公开标准目录 (the catalogue plugin's `loadGrades`, composed by the
   * host): frozen with the quarter and written as the 通报's annex 2. Without it, annex 2 grades the units' columns.
   */
  domainGrades?: DomainGradesSource
  /** The auth collection of staff and where it keeps roles and department (domain/actors.ts). */
  users?: Partial<import('../../domain/actors').UserModel>
}
