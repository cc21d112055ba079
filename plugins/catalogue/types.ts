/** Options of the catalogue plugin (基层政务公开标准目录). Everything about the host comes in here: no app import. */
import type { UserModel } from '../../domain/actors'

export type CataloguePluginOptions = {
  /** The host's columns (default 'columns'): they get the relationship to 事项. */
  columns?: string
  /** The host's published items (default 'documents') and the names of their fields. */
  documents?: string
  documentFields?: Partial<CatalogueDocumentFields>
  /** The values of the documents' disclosure field the public reads (default proactive, partial). */
  publicDisclosures?: readonly string[]
  /** The settings global that receives the 标准目录 group (default 'settings'). */
  settingsGlobal?: string
  users?: Partial<UserModel>
  /** false: the shipped catalogue is not seeded on first start (default true). */
  seed?: boolean
  /** The admin group of the two collections (default '基层政务公开'). */
  adminGroup?: string
  /** false: collections, fields and settings stay (one schema); no seed, hooks or endpoint. */
  enabled?: boolean
}

export type CatalogueDocumentFields = {
  title: string
  column: string
  department: string
  disclosure: string
  publishedAt: string
  /** The dates a 时限 counts from ("信息形成或者变更之日起"): the latest one present wins. */
  startDates: readonly string[]
}
