/** What anonymous readers may see of each content collection, as Payload `where` constraints. */
import type { Where } from 'payload'
import { PUBLIC_DISCLOSURES } from '../../domain/vocabulary'

/** The published version of a document, when its disclosure attribute is public. */
export const PUBLIC_DOCUMENT_WHERE: Where = {
  and: [{ _status: { equals: 'published' } }, { disclosure: { in: [...PUBLIC_DISCLOSURES] } }],
}

/** A published interpretation whose policy is public. */
export const PUBLIC_INTERPRETATION_WHERE: Where = {
  and: [
    { _status: { equals: 'published' } },
    { 'policy._status': { equals: 'published' } },
    { 'policy.disclosure': { in: [...PUBLIC_DISCLOSURES] } },
  ],
}

export const PUBLIC_COLUMN_WHERE: Where = { status: { equals: 'open' } }

export const PUBLIC_ACCOUNT_WHERE: Where = { status: { equals: 'active' } }

/** Policies an interpretation may name: 政策文件, publicly disclosed, not withdrawn (published or on their way). */
export const ELIGIBLE_POLICY_WHERE: Where = {
  and: [
    { kind: { equals: 'policy' } },
    { disclosure: { in: [...PUBLIC_DISCLOSURES] } },
    { reviewState: { not_equals: 'withdrawn' } },
  ],
}
