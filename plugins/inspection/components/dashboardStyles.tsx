/** Inline styles of the 季度检查看板 (the admin's theme variables) and the colour badge. */
import React, { type CSSProperties } from 'react'
import { colourOf } from './dashboardData'

export const styles = {
  page: { padding: '24px var(--gutter-h, 40px) 48px', display: 'flex', flexDirection: 'column', gap: 20 } as CSSProperties,
  header: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 16 } as CSSProperties,
  title: { fontSize: 24, margin: 0, marginRight: 'auto' } as CSSProperties,
  picker: { display: 'flex', alignItems: 'center', gap: 8, fontSize: 13 } as CSSProperties,
  select: { padding: '4px 8px', fontSize: 13, border: '1px solid var(--theme-elevation-200)', borderRadius: 3, background: 'var(--theme-input-bg, var(--theme-elevation-0))', color: 'var(--theme-elevation-800)' } as CSSProperties,
  frozen: { fontSize: 12, padding: '2px 8px', borderRadius: 3, background: 'var(--theme-elevation-100)', color: 'var(--theme-elevation-800)' } as CSSProperties,
  live: { fontSize: 12, padding: '2px 8px', borderRadius: 3, background: '#eef4ff', color: '#3538cd' } as CSSProperties,
  box: { border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '14px 16px', background: 'var(--theme-elevation-0)' } as CSSProperties,
  heading: { fontSize: 16, fontWeight: 600, margin: '0 0 12px' } as CSSProperties,
  muted: { fontSize: 12, color: 'var(--theme-elevation-500)', margin: '8px 0 0', lineHeight: 1.6 } as CSSProperties,
  error: { border: '1px solid #f3aaa4', background: '#fef3f2', color: '#b42318', borderRadius: 3, padding: '8px 10px', fontSize: 13 } as CSSProperties,
  table: { borderCollapse: 'collapse', width: '100%', fontSize: 13, lineHeight: 1.5 } as CSSProperties,
  th: { textAlign: 'left', fontWeight: 600, padding: '6px 8px', borderBottom: '2px solid var(--theme-elevation-150)', color: 'var(--theme-elevation-800)', whiteSpace: 'nowrap' } as CSSProperties,
  td: { padding: '6px 8px', borderBottom: '1px solid var(--theme-elevation-100)', verticalAlign: 'top' } as CSSProperties,
  row: { cursor: 'pointer' } as CSSProperties,
  rowOpen: { background: 'var(--theme-elevation-50)' } as CSSProperties,
  reasons: { color: 'var(--theme-elevation-650)', fontSize: 12 } as CSSProperties,
  linkButton: { background: 'none', border: 0, padding: 0, font: 'inherit', color: 'var(--theme-elevation-900)', cursor: 'pointer', textAlign: 'left' } as CSSProperties,
  detailCell: { padding: '8px 16px 16px 32px', background: 'var(--theme-elevation-50)', borderBottom: '1px solid var(--theme-elevation-150)' } as CSSProperties,
  subheading: { fontSize: 13, fontWeight: 600, margin: '8px 0 6px' } as CSSProperties,
  list: { margin: 0, paddingLeft: 18, fontSize: 13, lineHeight: 1.8 } as CSSProperties,
  charts: { display: 'flex', flexWrap: 'wrap', gap: 24 } as CSSProperties,
  figure: { flex: '1 1 480px', margin: 0, minWidth: 0 } as CSSProperties,
  caption: { fontSize: 13, fontWeight: 600, marginBottom: 6 } as CSSProperties,
  button: { padding: '6px 14px', fontSize: 13, borderRadius: 3, border: '1px solid var(--theme-elevation-800)', background: 'var(--theme-elevation-800)', color: 'var(--theme-elevation-0)', cursor: 'pointer' } as CSSProperties,
  links: { display: 'flex', gap: 12, flexWrap: 'wrap', fontSize: 13 } as CSSProperties,
}

export const ColourBadge = ({ colour }: { colour: string }) => {
  const c = colourOf(colour)
  return (
    <span
      data-testid="colour-badge"
      data-colour={c.value}
      style={{ display: 'inline-block', padding: '1px 10px', borderRadius: 999, border: `1px solid ${c.border}`, background: c.background, color: c.text, fontWeight: 600, fontSize: 12, whiteSpace: 'nowrap' }}
    >
      {c.label}
    </span>
  )
}
