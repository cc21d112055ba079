/** The plugin's resolved options, shared by its collection, hooks and endpoints. */
import type { ActorRules, UserModel } from '../../domain/actors'
import type { DocumentFields } from '../../domain/annualReport/documentFact'

export type AnnualReportContext = {
  slug: string
  documents: string
  applications: string
  columns: string
  departments: string
  media: string
  users: UserModel
  actors: ActorRules
  settingsGlobal: string
  settingsGroup: string
  governmentName: { path: string; fallback: string }
  documentKind: string
  columnKind: string
  adminGroup: string
  fields: DocumentFields
}
