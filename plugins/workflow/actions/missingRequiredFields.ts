/** Required fields an item must have before it is submitted (drafts may be saved incomplete): their labels. */
import type { ResolvedCollection } from '../options'

export const missingRequiredFields = (options: ResolvedCollection, item: Record<string, unknown>): string[] =>
  options.requiredToSubmit.filter(({ field }) => item[field] === undefined || item[field] === null || item[field] === '').map(({ label }) => label)
