/** The login page's logo (admin.components.graphics.Logo): the county's logo and name from 系统设置. */
import React from 'react'
import type { Payload } from 'payload'
import { readBranding } from './branding'

export const CountyLogo = async ({ payload }: { payload: Payload }) => {
  const { countyName, portalName, logo } = await readBranding(payload)
  return (
    <div data-testid="county-logo" style={{ display: 'flex', alignItems: 'center', gap: 16 }}>
      {logo ? <img src={logo} alt={`${countyName}标志`} style={{ height: 64, width: 'auto' }} /> : null}
      <div style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
        <span data-testid="county-name" style={{ fontSize: 26, fontWeight: 700, letterSpacing: 2 }}>{countyName}</span>
        <span data-testid="portal-name" style={{ fontSize: 18, color: 'var(--theme-elevation-600)', letterSpacing: 1 }}>{portalName}</span>
      </div>
    </div>
  )
}

export default CountyLogo
