/** The inspection plugin's resolved options, stored on the config by the transform and read back here. */
import type { Payload } from 'payload'
import type { ActorRules, UserModel } from '../../domain/actors'
import { INSPECTION_KEY, SLUGS } from './defaults'
import type { DomainGradesSource } from './types'

export type ResolvedInspectionOptions = { -readonly [K in keyof typeof SLUGS]: string } & {
  /** The host's 领域 grades of the 标准目录, or null (types.ts → domainGrades). */
  domainGrades: DomainGradesSource | null
  /** The applications slug when the config has that collection, else null. */
  register: string | null
  users: UserModel
  actors: ActorRules
}

export const inspectionOptions = (payload: Payload): ResolvedInspectionOptions => {
  const resolved = (payload.config.custom as Record<string, unknown> | undefined)?.[INSPECTION_KEY] as ResolvedInspectionOptions | undefined
  if (!resolved) throw new Error('季度检查插件未安装：请在 plugins 中加入 inspectionPlugin')
  return resolved
}
