import React from 'react'
import { panelStyles as s } from './panelStyles'

/** 终审's optional 定时发布 time, in the browser's local time (sent as ISO; workflowEndpoint checks it). */
export const PublishAtInput = ({ value, onChange }: { value: string; onChange: (value: string) => void }) => (
  <>
    <label style={s.label} htmlFor="workflow-publish-at">
      定时发布时间（可选，留空则审核通过后立即发布）
    </label>
    <input
      id="workflow-publish-at"
      data-testid="workflow-publish-at"
      type="datetime-local"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      style={{ ...s.textarea, minHeight: 0, height: 32 }}
    />
  </>
)
