/**
 * What the public may see (docs/content-api.md → What the public can read; 公开属性 after 《中华人民共和国政府信息公开条例》
 * 第十四至十六条、第十九条): a document once published and only while its 公开属性 is 主动公开 or 部分公开 (of a 部分公开
 * item only the 公开文本); an interpretation while it and its policy are; an open column; an active 政务新媒体
 * account. Stated once, twice over:
 * as `where` data the database evaluates (collections' anonymous read access, the change feed) and as predicates
 * over a row already read (the linkage rules, the feed's text). Pure: no Payload import; Payload's `Where` accepts
 * the `WhereData` below as it is.
 */
import { PUBLIC_DISCLOSURES, type Disclosure } from './vocabulary'

/** A field condition of a Payload `where` (the operators used here). */
export type FieldCondition = { equals?: string | number | boolean; not_equals?: string | number | boolean; in?: string[] }
/** A Payload `where` as plain data: a conjunction, a disjunction or conditions on paths. */
export type WhereData = { and: WhereData[] } | { or: WhereData[] } | { [path: string]: FieldCondition }

/** The `_status` of the version anonymous readers get (drafts never reach them). */
export const PUBLISHED = 'published'
/** The column status whose pages and feed are public. */
export const OPEN_COLUMN = 'open'
/** The account status listed in the public 政务新媒体 directory. */
export const ACTIVE_ACCOUNT = 'active'

export { PUBLIC_DISCLOSURES }

export const hasPublicDisclosure = (disclosure: unknown): boolean => PUBLIC_DISCLOSURES.includes(disclosure as Disclosure)

/** 主动公开: the full text is public; a 部分公开 item shows only its 公开文本 (`publicBody`). */
export const isFullTextPublic = (disclosure: unknown): boolean => disclosure === 'proactive'

/** The published version of a document, when its disclosure attribute is public. */
export const PUBLIC_DOCUMENT_WHERE: WhereData = {
  and: [{ _status: { equals: PUBLISHED } }, { disclosure: { in: [...PUBLIC_DISCLOSURES] } }],
}

/** A published interpretation whose policy is public. */
export const PUBLIC_INTERPRETATION_WHERE: WhereData = {
  and: [
    { _status: { equals: PUBLISHED } },
    { 'policy._status': { equals: PUBLISHED } },
    { 'policy.disclosure': { in: [...PUBLIC_DISCLOSURES] } },
  ],
}

export const PUBLIC_COLUMN_WHERE: WhereData = { status: { equals: OPEN_COLUMN } }

export const PUBLIC_ACCOUNT_WHERE: WhereData = { status: { equals: ACTIVE_ACCOUNT } }

/** Policies an interpretation may name: 政策文件, publicly disclosed, not withdrawn (published or on their way). */
export const ELIGIBLE_POLICY_WHERE: WhereData = {
  and: [{ kind: { equals: 'policy' } }, { disclosure: { in: [...PUBLIC_DISCLOSURES] } }, { reviewState: { not_equals: 'withdrawn' } }],
}

type DocumentRow = { _status?: unknown; disclosure?: unknown }

/** Published, with a public disclosure attribute: what anonymous readers see of a document's main row. */
export const isPublicDocument = (row: DocumentRow): boolean => row._status === PUBLISHED && hasPublicDisclosure(row.disclosure)

/** A published interpretation whose policy (populated) is public; a policy given as a bare id is not known to be. */
export const isPublicInterpretation = (row: { _status?: unknown; policy?: unknown }): boolean =>
  row._status === PUBLISHED && typeof row.policy === 'object' && row.policy !== null && isPublicDocument(row.policy as DocumentRow)

export const isPublicColumn = (row: { status?: unknown }): boolean => row.status === OPEN_COLUMN

export const isPublicAccount = (row: { status?: unknown }): boolean => row.status === ACTIVE_ACCOUNT

/** The rich text a public reader of a document gets: the 公开文本 of a 部分公开 item, else the body. */
export const publicTextOf = (row: { [field: string]: unknown }): unknown =>
  row.disclosure === 'partial' ? row.publicBody : row.body

/** Each public collection's rule, by the Gongkai slug. */
export const PUBLIC_DEFINITION = {
  documents: { where: PUBLIC_DOCUMENT_WHERE, isPublic: isPublicDocument },
  interpretations: { where: PUBLIC_INTERPRETATION_WHERE, isPublic: isPublicInterpretation },
  columns: { where: PUBLIC_COLUMN_WHERE, isPublic: isPublicColumn },
  'new-media-accounts': { where: PUBLIC_ACCOUNT_WHERE, isPublic: isPublicAccount },
} as const
