import React, { useEffect, useState } from 'react'
import { DATE_TIME_PATTERN, formatBeijing, parseBeijing } from '../../../../domain/beijingTime'
import { panelStyles as s } from './panelStyles'

/**
 * 终审's optional 定时发布 time, typed as yyyy-MM-dd HH:mm in Beijing time whatever the browser's locale and zone
 * (a native datetime-local would show mm/dd/yyyy and local time). `onChange` receives the ISO instant, '' when
 * empty, or 'invalid' for text that is no date, which actionRequest refuses; workflowEndpoint checks the instant.
 */
export const PublishAtInput = ({ value, onChange }: { value: string; onChange: (value: string) => void }) => {
  const [text, setText] = useState(() => formatBeijing(value))
  // The form clears the value after an action: clear the text with it.
  useEffect(() => {
    if (!value) setText((current) => (parseBeijing(current) ? '' : current))
  }, [value])
  const parsed = text.trim() ? parseBeijing(text) : ''
  return (
    <>
      <label style={s.label} htmlFor="workflow-publish-at">
        定时发布时间（北京时间，可选，留空则审核通过后立即发布）
      </label>
      <input
        id="workflow-publish-at"
        data-testid="workflow-publish-at"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={DATE_TIME_PATTERN}
        value={text}
        aria-invalid={parsed === null}
        onChange={(event) => {
          const next = event.target.value
          setText(next)
          onChange(next.trim() ? (parseBeijing(next) ?? 'invalid') : '')
        }}
        style={{ ...s.textarea, minHeight: 0, height: 32, fontFamily: 'inherit' }}
      />
      {parsed === null ? (
        <div style={{ color: 'var(--theme-error-500)', fontSize: 12 }}>请按 {DATE_TIME_PATTERN} 格式填写北京时间，例如 2026-12-02 16:45</div>
      ) : parsed ? (
        <div style={{ color: 'var(--theme-elevation-500)', fontSize: 12 }}>将于北京时间 {formatBeijing(parsed)} 发布</div>
      ) : null}
    </>
  )
}
