/** An item as the workflow domain sees it: content hash, current pre-check findings, signatures and acknowledgements. */
import type { PayloadRequest } from 'payload'
import { findingKey, findingsToReview, type Finding } from '../../../domain/precheck'
import { contentHash } from '../../../domain/workflow/contentHash'
import type { WorkflowItem } from '../../../domain/workflow/refusals'
import type { ReviewState } from '../../../domain/workflow/states'
import { collectionOptionsOf } from '../options'
import { runPrecheck } from './runPrecheck'
import { fileHashesOf } from './fileHashes'
import { idOf, type Id } from '../../../domain/ids'
import { authorsOf } from '../../../domain/workflow/authorship'

import type { Acknowledgement, WorkflowRow } from '../item'

export type { Acknowledgement } from '../item'


export type Assessment = {
  hash: string
  findings: Finding[]
  /** Stored acknowledgements that still match a current `review` finding. */
  acknowledgements: Acknowledgement[]
  workflowItem: WorkflowItem
}

/** The content hash of an item as its collection's options define its content. */
export const itemHash = (collection: string, item: Record<string, unknown>, fileHashes: Record<string, string | null>, req: PayloadRequest): string => {
  const { contentFields, attachmentsField } = collectionOptionsOf(req.payload, collection)
  return contentHash(contentFields, item, fileHashes, attachmentsField ? [attachmentsField] : [])
}

/** `rescan` runs the pre-check on the content as it is now; otherwise the findings stored at the last step are used. */
export const assessItem = async (
  req: PayloadRequest,
  collection: string,
  item: WorkflowRow,
  { rescan, extraAcknowledged = [] }: { rescan: boolean; extraAcknowledged?: string[] },
): Promise<Assessment> => {
  const hash = itemHash(collection, item, await fileHashesOf(req, collection, item), req)
  const findings: Finding[] = rescan ? await runPrecheck(req, collection, item) : (item.precheckFindings ?? [])
  const reviewKeys = findingsToReview(findings).map(findingKey)
  const acknowledgements: Acknowledgement[] = (item.precheckAcknowledgements ?? []).filter((a) => reviewKeys.includes(a.key))
  return {
    hash,
    findings,
    acknowledgements,
    workflowItem: {
      reviewState: (item.reviewState ?? 'draft') as ReviewState,
      department: idOf(item[collectionOptionsOf(req.payload, collection).departmentField]),
      submittedBy: idOf(item.submittedBy),
      authors: authorsOf(idOf(item.author), (item.contentEditors ?? []).map(idOf).filter((id): id is Id => id !== null)),
      contentHash: hash,
      signatures: (item.signatures ?? []).map((s) => ({ stage: s.stage, user: idOf(s.user) as Id, contentHash: s.contentHash ?? '' })),
      forcePublished: Boolean(item.forcePublished),
      forcePublishedBy: idOf(item.forcePublishedBy),
      blockingFindings: findings.filter((f) => f.level === 'block').length,
      reviewFindingKeys: reviewKeys,
      acknowledgedKeys: [...acknowledgements.map((a) => a.key), ...extraAcknowledged.filter((key) => reviewKeys.includes(key))],
    },
  }
}
