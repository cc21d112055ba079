/**
 * Who wrote the version under review (second pair of eyes: the 三级审核 of 甘州区《关于全区第一季度政府
 * 信息公开情况的通报》): its original author, and everyone who changed its content since it was last
 * published through the three reviews. The reviews of a published version were independent of these people;
 * a return or a voided signature is no such review, so the list is kept across them.
 */
import type { ReviewState } from './states'
import type { Id } from '../ids'

const same = (a: Id, b: Id) => String(a) === String(b)

/** The editors of the content after `editor` changed it. */
export const withContentEditor = (editors: readonly Id[], editor: Id | null | undefined): Id[] => {
  const kept = editors.filter((id) => id !== null && id !== undefined)
  if (editor === null || editor === undefined || kept.some((id) => same(id, editor))) return kept
  return [...kept, editor]
}

/** Publication after the three reviews (or the retrospective 终审) starts a new list; force-publishing does not. */
export const clearsContentEditors = (action: string, to: ReviewState): boolean => to === 'published' && action !== 'force-publish'

/** Everyone who may sign none of the reviews of this version. */
export const authorsOf = (author: Id | null | undefined, editors: readonly Id[]): Id[] =>
  editors.reduce<Id[]>((list, editor) => withContentEditor(list, editor), withContentEditor([], author))
