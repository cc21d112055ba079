/** Options of the editorial workflow plugin (三审: 初审 → 保密审查 → 终审, the approval register, scheduled publishing). */
import type { Payload, PayloadRequest } from 'payload'
import type { UserModel } from '../../domain/actors'
import type { ScheduledTask as DomainScheduledTask } from '../../domain/scheduledTasks'
import type { FaultPoint } from '../../domain/faultPoints'
import type { Id } from '../../domain/ids'

/** Slug of a collection that goes through the reviews. */
export type WorkflowCollection = string

/** What the pre-check scans of an item (only what would go on the web). */
export type PrecheckFields = {
  /** Rich-text fields scanned when the whole item is public (主动公开, or a collection without `disclosureField`). Default `['body']`. */
  fullTextFields?: string[]
  /** Rich-text fields scanned instead when the item is 部分公开 (`disclosure: 'partial'`). Default none. */
  partialTextFields?: string[]
  /** A plain-text field checked for a well-formed 发文字号. Default none. */
  docNumberField?: string
}

/** How the workflow reads one reviewed collection. */
export type WorkflowCollectionOptions = {
  /** Fields that make up the content: a change of any of them voids the signatures. */
  contentFields: readonly string[]
  /** Shown in the register, the approval form and 待我审核. Default `'title'`. */
  titleField?: string
  /** The relation to the department an item belongs to (own-department rules, the register). Default `'department'`. */
  departmentField?: string
  /** The 公开属性 select (`proactive` / `partial` / `on-request` / `withheld`); without one every item is 主动公开. */
  disclosureField?: string
  /** Fields linking files of the `uploads` collection: the files count as content by their bytes and are pre-checked. */
  attachmentsField?: string
  /** Fields that must be filled before 提交审核 (drafts may be saved incomplete); the refusal names their labels. */
  requiredToSubmit?: readonly string[]
  /** What the pre-check scans besides the title. */
  precheck?: PrecheckFields
  /** 索引号 shown on the approval form. */
  indexNumberField?: string
  /** A date field set at the first publication and kept by later versions (发布日期). */
  publishedAtField?: string
  /** 信息类别 on the approval form and in 待我审核. Default: the collection's singular label. */
  label?: string
  /**
   * A select field giving each item its own 信息类别 on the approval form (政策文件, 通知公告 …): the chosen option's
   * label is printed; an item with none, or a collection without this option, prints `label`.
   */
  kindField?: string
}

/** Arguments of a hook run before a transition is written. */
export type BeforeTransitionArgs = {
  req: PayloadRequest
  collection: string
  /** The item's latest version as it is before the transition. */
  item: Record<string, unknown>
  action: string
  from: string
  to: string
  publishAt: string | null
  now: Date
}

/**
 * Runs inside the transition's transaction, after the workflow's own refusals: the fields it returns are merged
 * into the update; throwing refuses the transition (the error reaches the caller unchanged).
 */
export type BeforeTransition = (args: BeforeTransitionArgs) => Promise<Record<string, unknown> | void>

/** Arguments of a hook run after a transition is written. */
export type AfterTransitionArgs = {
  req: PayloadRequest
  collection: string
  /** The updated row. */
  item: Record<string, unknown>
  action: string
  from: string
  to: string
  /** False when the transition wrote the public row (published, withdrawn). */
  draft: boolean
}

/** Runs inside the transition's transaction, after the update and before the register entry. */
export type AfterTransition = (args: AfterTransitionArgs) => Promise<void>

export type TransitionHooks = { beforeTransition?: BeforeTransition[]; afterTransition?: AfterTransition[] }

/**
 * The extension point for other plugins: a reviewed collection's `custom.workflow` may carry transition hooks
 * (e.g. a linkage that refuses publishing before another item, or flags related items after a withdrawal).
 */
export type WorkflowCollectionCustom = { workflow?: TransitionHooks }

/** A task for the scheduler plugin (the contract is domain/scheduledTasks.ts). */
export type ScheduledTask = DomainScheduledTask<Payload>

export type WorkflowPluginOptions = {
  /** Collections that go through 初审 → 保密审查 → 终审, by slug. */
  collections?: Record<string, WorkflowCollectionOptions>
  /** A disabled plugin still adds its fields and the register (schema stays the same) but no hooks, endpoints or schedule. */
  enabled?: boolean
  /** Where the host keeps its staff, their roles and their department. */
  users?: Partial<UserModel>
  /** The departments collection the register files each entry under, or false for none. */
  departments?: string | false
  /** The upload collection whose files are content: hashed on upload, bound to the signatures, pre-checked. */
  uploads?: string | false
  /** The collection of sensitive terms (`term`, `level`, `category`, `note`) the pre-check matches, or false for none. */
  sensitiveTerms?: string | false
  /** The named robot user that publishes scheduled items; `data` is added when it is created (e.g. its least role). */
  robotUser?: { email: string; name: string; data?: Record<string, unknown> }
  /** When the scheduler publishes due items; false leaves 定时发布 to the host. Needs the scheduler plugin. */
  /**
   * The 定时发布 pass. `exclusive` runs a pass unless another is under way, here or on another instance (the host's
   * lock: overlapping passes on two instances would both publish an item still scheduled).
   */
  schedule?: { cron?: string; timezone?: string; exclusive?: ExclusivePass } | false
  /** The host's own behaviour around transitions (run after the collections' `custom.workflow` hooks). */
  hooks?: TransitionHooks
  /**
   * 办理时限 of one review stage, in working days from the day the item entered it (submission or the last
   * signature), read at each request (e.g. from the host's settings). 待我审核 shows each item's deadline from it,
   * counted on the calendar plugin's working-day calendar (`config.custom.calendar`). Default: none (only the days waited).
   */
  reviewWorkingDays?: (req: PayloadRequest) => Promise<number | null>
  /** Test seam awaited after each item scheduled publishing commits (domain/faultPoints.ts); absent in production. */
  faultPoint?: FaultPoint
  /**
   * Locks the item's row in the transition's transaction before the item is read, until the commit: two transitions of
   * one item at once (two reviewers signing, a return and an approval) then run one after the other, and the second
   * reads the first's state. The host gives it where its database runs transactions side by side (PostgreSQL); without
   * it both would read the same state and both sign it.
   */
  lockItem?: (req: PayloadRequest, collection: string, id: Id) => Promise<void>
}

/** Runs the pass `work`, or skips it when a pass is under way elsewhere. */
export type ExclusivePass = (payload: Payload, work: () => Promise<void>) => Promise<void>
