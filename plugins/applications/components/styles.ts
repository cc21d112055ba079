/** Inline styles of the 办理 panel and table 三: the admin's theme variables, and the alert colours of the edit view. */
import type { CSSProperties } from 'react'

export const styles = {
  panel: { display: 'flex', flexDirection: 'column', gap: 12, margin: '12px 0 4px', padding: 16, border: '1px solid var(--theme-elevation-150)', borderRadius: 4, background: 'var(--theme-elevation-0)' } as CSSProperties,
  heading: { fontSize: 14, fontWeight: 600, color: 'var(--theme-elevation-800)', margin: 0 } as CSSProperties,
  summary: { display: 'flex', flexWrap: 'wrap', gap: '8px 32px', fontSize: 13 } as CSSProperties,
  term: { color: 'var(--theme-elevation-500)', marginRight: 6 } as CSSProperties,
  value: { color: 'var(--theme-elevation-800)', fontWeight: 600 } as CSSProperties,
  buttons: { display: 'flex', flexWrap: 'wrap', gap: 8 } as CSSProperties,
  form: { display: 'flex', flexDirection: 'column', gap: 4, padding: 12, border: '1px solid var(--theme-elevation-150)', borderRadius: 4, background: 'var(--theme-elevation-50)', maxWidth: 640 } as CSSProperties,
  label: { display: 'block', fontSize: 12, color: 'var(--theme-elevation-650)', margin: '8px 0 4px' } as CSSProperties,
  input: {
    width: '100%', padding: '6px 8px', fontSize: 13, lineHeight: 1.5, fontFamily: 'inherit', boxSizing: 'border-box',
    border: '1px solid var(--theme-elevation-200)', borderRadius: 3, background: 'var(--theme-input-bg, var(--theme-elevation-0))', color: 'var(--theme-elevation-800)',
  } as CSSProperties,
  fieldError: { color: '#b42318', fontSize: 12, lineHeight: 1.5, marginTop: 4 } as CSSProperties,
  error: { border: '1px solid #f3aaa4', background: '#fef3f2', color: '#b42318', borderRadius: 3, padding: '8px 10px', fontSize: 13, lineHeight: 1.5 } as CSSProperties,
  success: { border: '1px solid #9fd8ad', background: '#ecfdf3', color: '#1e7a34', borderRadius: 3, padding: '8px 10px', fontSize: 13, lineHeight: 1.5 } as CSSProperties,
  muted: { fontSize: 12, color: 'var(--theme-elevation-500)', lineHeight: 1.6 } as CSSProperties,
  history: { margin: 0, paddingLeft: 18, fontSize: 13, lineHeight: 1.7, color: 'var(--theme-elevation-800)' } as CSSProperties,
  table: { borderCollapse: 'collapse', fontSize: 13, lineHeight: 1.5, minWidth: 720 } as CSSProperties,
  th: { textAlign: 'left', fontWeight: 600, padding: '4px 8px', border: '1px solid var(--theme-elevation-150)', background: 'var(--theme-elevation-50)', color: 'var(--theme-elevation-800)' } as CSSProperties,
  td: { textAlign: 'right', padding: '4px 8px', border: '1px solid var(--theme-elevation-150)', fontVariantNumeric: 'tabular-nums' } as CSSProperties,
}
