/**
 * Every save of an item is kept as a version: the 政府信息's history is the record of what was changed before and after
 * each signature. Payload's default (`maxPerDoc` 100) would drop the oldest and read the item's versions on every save
 * to find them (one query of each create's dozen, issue 17); 0 keeps them all.
 */
import { Documents } from '../../../collections/Documents'

describe('the versions of a 政府信息', () => {
  it('are drafts, and none is ever pruned', () => {
    expect(Documents.versions).toEqual({ drafts: true, maxPerDoc: 0 })
  })
})
