/** Inline styles of the review panel: the admin's theme variables, and the alert colours of the edit view. */
import type { CSSProperties } from 'react'

export const panelStyles = {
  panel: { display: 'flex', flexDirection: 'column', gap: 16, marginBottom: 24 } as CSSProperties,
  heading: { fontSize: 13, fontWeight: 600, color: 'var(--theme-elevation-800)', margin: '0 0 6px' } as CSSProperties,
  muted: { fontSize: 12, color: 'var(--theme-elevation-500)', lineHeight: 1.6 } as CSSProperties,
  box: { border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 12, background: 'var(--theme-elevation-0)' } as CSSProperties,
  textarea: {
    width: '100%', minHeight: 64, padding: '6px 8px', fontSize: 13, lineHeight: 1.5, fontFamily: 'inherit', resize: 'vertical',
    border: '1px solid var(--theme-elevation-200)', borderRadius: 3, background: 'var(--theme-input-bg, var(--theme-elevation-0))',
    color: 'var(--theme-elevation-800)', boxSizing: 'border-box',
  } as CSSProperties,
  label: { display: 'block', fontSize: 12, color: 'var(--theme-elevation-650)', margin: '8px 0 4px' } as CSSProperties,
  error: {
    border: '1px solid #f3aaa4', background: '#fef3f2', color: '#b42318', borderRadius: 3, padding: '8px 10px', fontSize: 13, lineHeight: 1.5,
  } as CSSProperties,
  success: {
    border: '1px solid #9fd8ad', background: '#ecfdf3', color: '#1e7a34', borderRadius: 3, padding: '8px 10px', fontSize: 13, lineHeight: 1.5,
  } as CSSProperties,
  notice: {
    border: '1px solid #f5c26b', background: '#fffaeb', color: '#9a5b00', borderRadius: 3, padding: '8px 10px', fontSize: 12, lineHeight: 1.5,
  } as CSSProperties,
  table: { width: '100%', borderCollapse: 'collapse', fontSize: 12, lineHeight: 1.5 } as CSSProperties,
  th: { textAlign: 'left', fontWeight: 600, padding: '4px 4px', borderBottom: '1px solid var(--theme-elevation-150)', whiteSpace: 'nowrap', color: 'var(--theme-elevation-650)' } as CSSProperties,
  td: { padding: '4px 4px', borderBottom: '1px solid var(--theme-elevation-100)', verticalAlign: 'top', wordBreak: 'break-all' } as CSSProperties,
}
