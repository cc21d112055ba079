/** Options of the interpretations plugin: an interpretation collection linked to a policy collection within a deadline. */
import type { UserModel } from '../../domain/actors'

/**
 * The policies collection carries the fields domain/interpretationLinkage reads (`kind` 'policy', `disclosure`,
 * `requiresInterpretation`, `publishedAt`, `reviewState`, `publishAt`); the interpretations collection a relation
 * to it (`policyField`) and the link fields the plugin writes (added when the host has not declared them).
 */
export type InterpretationsPluginOptions = {
  /** Slug of the interpretations collection (default 'interpretations'). */
  interpretations?: string
  /** Slug of the policies collection (default 'documents'). */
  policies?: string
  /** The interpretation's relation to its policy (default 'policy'). */
  policyField?: string
  /**
   * The department field both collections share (default 'department'): 新建政策解读 on a policy's panel starts the
   * interpretation with the policy's department as well as the policy. false: only the policy is filled in.
   */
  departmentField?: string | false
  /**
   * The settings global holding `deadlines.interpretationLinkDays` / `interpretationLinkDayType` / `interpretationLinkFrom` and
   * `audit.timeZone` (default 'settings'; absent values fall back to the defaults).
   */
  settingsGlobal?: string
  /** `req.context` key marking the workflow's own writes, which the link check leaves alone (default 'gongkaiWorkflow'). */
  workflowContext?: string
  /** Where the host keeps its staff (the link status is for staff only). */
  users?: Partial<UserModel>
  /** false: the fields stay (same schema) but no hooks, endpoint or transition hooks. */
  enabled?: boolean
}
