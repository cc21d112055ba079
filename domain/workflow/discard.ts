/**
 * 撤销修改: an item published through the reviews and then edited keeps its published version on the website;
 * the person who may edit it can throw the edit away, and the published version becomes the version being edited
 * again. Nothing is published: the website never stopped showing that version. Who may, and when:
 */
import type { Role } from '../vocabulary'
import type { Id } from '../ids'
import { stateLabel, type ReviewState } from './states'

export type DiscardItem = {
  /** The state of the version being edited (the latest one). */
  reviewState: ReviewState
  department: Id | null
  /** The website shows a published version of the item. */
  published: boolean
  /** The version being edited differs from the published one (their content hashes differ). */
  changed: boolean
}

export type DiscardActor = { roles: ReadonlyArray<Role | 'system'>; department: Id | null }

export type DiscardRefusal =
  | { code: 'workflow.discard-unpublished' | 'workflow.discard-unchanged' | 'workflow.discard-forbidden'; args: [] }
  | { code: 'workflow.discard-in-review'; args: [string] }

/** Why this actor may not discard the edit (the first reason), or null when they may. */
export const discardRefusal = (item: DiscardItem, actor: DiscardActor): DiscardRefusal | null => {
  const admin = actor.roles.includes('admin')
  const editor = actor.roles.includes('editor') && actor.department !== null && String(actor.department) === String(item.department)
  if (!admin && !editor) return { code: 'workflow.discard-forbidden', args: [] }
  if (!item.published) return { code: 'workflow.discard-unpublished', args: [] }
  if (!item.changed) return { code: 'workflow.discard-unchanged', args: [] }
  // An edit under review is a reviewer's: it goes back to 草稿 (退回) before its author discards it.
  if (item.reviewState !== 'draft') return { code: 'workflow.discard-in-review', args: [stateLabel(item.reviewState)] }
  return null
}

/** What the register says of a discarded edit. */
export const DISCARD_NOTE = '撤销修改，恢复为网站上的已发布版本'
