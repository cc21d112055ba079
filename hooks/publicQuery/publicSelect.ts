/**
 * The `select` of what an anonymous reader may see of a collection: every top-level field except those its field
 * access refuses to anyone anonymous whatever the item (the access function says no without looking at the item)
 * and hidden ones. A field whose access depends on the item (the `body` of a 部分公开 item) stays selected, and field
 * access still runs on every read: the select only keeps columns nobody anonymous may see out of the query.
 */
import type { FieldAccess, PayloadRequest, SanitizedCollectionConfig, SelectType } from 'payload'

const selects = new WeakMap<SanitizedCollectionConfig, Promise<SelectType>>()

/** Whether the access function refuses this anonymous request without reading anything of the item. */
const refusedWhateverTheItem = async (read: FieldAccess, req: PayloadRequest): Promise<boolean> => {
  let looked = false
  const item = new Proxy({}, { get: () => ((looked = true), undefined), has: () => ((looked = true), false) })
  try {
    const allowed = await read({ req, doc: item, siblingData: item, data: item, id: undefined } as Parameters<FieldAccess>[0])
    return allowed === false && !looked
  } catch {
    return false
  }
}

const build = async (collection: SanitizedCollectionConfig, req: PayloadRequest): Promise<SelectType> => {
  const select: SelectType = {}
  for (const field of collection.flattenedFields) {
    if (field.name === 'id' || ('hidden' in field && field.hidden === true)) continue
    const read = field.access?.read
    if (read && (await refusedWhateverTheItem(read, req))) continue
    select[field.name] = true
  }
  return select
}

/** The public select of a collection, worked out once from an anonymous request (`req.user` empty). */
export const publicSelect = (collection: SanitizedCollectionConfig, req: PayloadRequest): Promise<SelectType> => {
  if (req.user) throw new Error('publicSelect needs an anonymous request')
  let select = selects.get(collection)
  if (!select) {
    select = build(collection, req)
    selects.set(collection, select)
  }
  return select
}
