/** The catalogue's resolved options, stored on the config and read back by the endpoint, the rule and the seed. */
import type { Payload } from 'payload'
import type { ActorRules, UserModel } from '../../domain/actors'
import { CATALOGUE_KEY } from './defaults'
import type { CatalogueDocumentFields } from './types'

export type ResolvedCatalogueOptions = {
  domains: string
  matters: string
  columns: string
  columnField: string
  documents: string
  fields: CatalogueDocumentFields
  publicDisclosures: readonly string[]
  settingsGlobal: string
  users: UserModel
  actors: ActorRules
  adminGroup: string
}

export const catalogueOptions = (payload: Payload): ResolvedCatalogueOptions => {
  const resolved = (payload.config.custom as Record<string, unknown> | undefined)?.[CATALOGUE_KEY] as ResolvedCatalogueOptions | undefined
  if (!resolved) throw new Error('标准目录插件未安装：请在 plugins 中加入 cataloguePlugin')
  return resolved
}
