/** The admin's corner icon (admin.components.graphics.Icon): the county's logo, or the first character of its name. */
import React from 'react'
import type { Payload } from 'payload'
import { readBranding } from './branding'

export const CountyIcon = async ({ payload }: { payload: Payload }) => {
  const { countyName, logo } = await readBranding(payload)
  if (logo) return <img data-testid="county-icon" src={logo} alt={`${countyName}标志`} title={countyName} style={{ height: 26, width: 'auto' }} />
  return (
    <span
      data-testid="county-icon"
      title={countyName}
      style={{
        display: 'inline-flex', alignItems: 'center', justifyContent: 'center', width: 26, height: 26, borderRadius: 6,
        background: '#b42318', color: '#fff', fontWeight: 700, fontSize: 15,
      }}
    >
      {countyName.replace(/^XX/, '').slice(0, 1) || '政'}
    </span>
  )
}

export default CountyIcon
