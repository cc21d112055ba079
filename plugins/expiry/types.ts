/** Options of the expiry plugin (有效期): which collection and fields hold the 有效期 and the 有效性. */
import type { Payload, Where } from 'payload'
import type { Id } from '../../domain/ids'

export type ExpiryPluginOptions = {
  /** The collection of items with an expiry date (default 'documents'). */
  collection?: string
  /** Field names on it (defaults: effectiveUntil, validity, validityChangedAt, keepAfterExpiry, department, title). */
  fields?: Partial<ExpiryFields>
  /** The validity value an expired item gets (default 'expired') and those it may replace (default valid, amended). */
  expiredValue?: string
  expirableValues?: readonly string[]
  /** What the public sees of the collection: only public items are flagged as 过期信息 online. */
  publicWhere?: Where
  /** The settings global that receives the 有效期 group (default 'settings'). */
  settingsGlobal?: string
  /** false: no daily pass (the expiry still runs through `expireItems`); needs the scheduler plugin otherwise. */
  schedule?: boolean
  /** Called after the pass wrote its changes (e.g. to tell the content API's change log), with the ids changed. */
  onExpired?: (payload: Payload, ids: Id[]) => Promise<void> | void
  /** false: the field and settings stay (one schema), no pass and no hooks. */
  enabled?: boolean
}

export type ExpiryFields = {
  effectiveUntil: string
  validity: string
  validityChangedAt: string
  keepOnline: string
  department: string
  title: string
}
