'use client'
/**
 * The status line of a reviewed item's edit header, in place of Payload's: whether the website shows a published
 * version, and when the version being edited is not that one, 「网站上仍为已发布的版本」. Payload's 还原到已发布的版本
 * would publish (the workflow refuses it); throwing an edit away is 撤销修改 in the review panel, which publishes nothing.
 */
import { useDocumentInfo } from '@payloadcms/ui'
import React from 'react'

export const ReviewStatus = () => {
  const { id, hasPublishedDoc, unpublishedVersionCount, isTrashed } = useDocumentInfo()
  if (!id) return null
  const changed = hasPublishedDoc && unpublishedVersionCount > 0
  const text = isTrashed ? '已删除' : !hasPublishedDoc ? '未发布' : changed ? '网站上仍为已发布的版本（本页为修改稿）' : '已发布'
  return (
    <div className="status" data-testid="website-status" data-changed={changed ? 'true' : 'false'} title={`网站：${text}`}>
      <div className="status__value-wrap">
        <span className="status__label">网站：</span>
        <span className="status__value">{text}</span>
      </div>
    </div>
  )
}
