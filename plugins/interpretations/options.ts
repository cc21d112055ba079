/** The plugin's resolved options, stored on the config by the transform and read back here. */
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import type { WorkingDayCalendar } from '../../domain/calendar'
import { INTERPRETATIONS_KEY } from './defaults'

export type ResolvedInterpretationsOptions = {
  interpretations: CollectionSlug
  policies: CollectionSlug
  policyField: string
  settingsGlobal: string
  workflowContext: string
  loadCalendar: (payload: Payload, req?: PayloadRequest) => Promise<WorkingDayCalendar>
}

export const interpretationsOptions = (payload: Payload): ResolvedInterpretationsOptions => {
  const resolved = (payload.config.custom as Record<string, unknown> | undefined)?.[INTERPRETATIONS_KEY] as ResolvedInterpretationsOptions | undefined
  if (!resolved) throw new Error('政策解读插件未安装：请在 plugins 中加入 interpretationsPlugin')
  return resolved
}
