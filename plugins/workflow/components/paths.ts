/**
 * Where Payload finds the workflow's admin components. Paths are resolved against `admin.importMap.baseDir`,
 * which src/payload.config.ts sets to the repository root; run `npm run generate` after changing them.
 */
const dir = '/plugins/workflow/components'

export const WORKFLOW_COMPONENTS = {
  /** The `Field` of the sidebar field `reviewState`: the 审核面板. */
  reviewPanel: `${dir}/ReviewPanel#ReviewPanel`,
  /** Replaces the 发布 button of reviewed collections. */
  publishHint: `${dir}/PublishHint#PublishHint`,
  /** Replaces the 保存草稿 button of reviewed collections: asks before a save that ends the review under way. */
  saveDraft: `${dir}/ReviewSaveDraftButton#ReviewSaveDraftButton`,
  /** Replaces the status line of the edit header: 网站上仍为已发布的版本, and 撤销修改 instead of Payload's revert. */
  status: `${dir}/ReviewStatus#ReviewStatus`,
  /** Replaces the 取消发布 button of reviewed collections. */
  noUnpublish: `${dir}/PublishHint#NoUnpublish`,
  /** The `precheck` snapshot of an approval-register entry, as a readable list. */
  precheckSnapshot: `${dir}/PrecheckSnapshot#PrecheckSnapshot`,
  /** Dashboard list 待我审核. */
  myReviews: `${dir}/MyReviews#MyReviews`,
  /** The 审核状态 column of the lists (`Cell` of `reviewState`). */
  reviewStateCell: `${dir}/ReviewStateBadge#ReviewStateCell`,
  /** The 审核状态 in the edit view's header (`beforeDocumentControls`). */
  reviewStateHeader: `${dir}/ReviewStateBadge#ReviewStateHeader`,
  /** One-click 审核状态 filters above the list (`beforeListTable`). */
  reviewStateFilters: `${dir}/ReviewStateFilters#ReviewStateFilters`,
} as const
