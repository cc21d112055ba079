import React, { type CSSProperties } from 'react'
import { stageLabel } from '../../../../domain/workflow/states'
import { formatTime } from '../display'
import { panelStyles as s } from './panelStyles'
import type { PanelSignature } from './types'

/** 审核签名: one row per signature; one made on content changed since is struck through as void. */
export const SignatureTable = ({ signatures }: { signatures: PanelSignature[] }) => (
  <div>
    <div style={s.heading}>审核签名</div>
    {signatures.length === 0 ? (
      <div style={s.muted}>尚无签名。</div>
    ) : (
      <table data-testid="workflow-signatures" style={s.table}>
        <thead>
          <tr>
            <th style={s.th}>环节</th>
            <th style={s.th}>审核人</th>
            <th style={s.th}>意见</th>
            <th style={s.th}>时间</th>
          </tr>
        </thead>
        <tbody>
          {signatures.map((signature, index) => {
            const cell: CSSProperties = signature.valid ? s.td : { ...s.td, textDecoration: 'line-through', color: 'var(--theme-elevation-400)' }
            return (
              <tr key={index} title={signature.valid ? undefined : '签名后内容已修改，此签名作废'} data-valid={signature.valid ? 'true' : 'false'}>
                <td style={{ ...cell, whiteSpace: 'nowrap' }}>{stageLabel(signature.stage)}</td>
                <td style={{ ...cell, whiteSpace: 'nowrap' }}>{signature.userName ?? ''}</td>
                <td style={cell}>{signature.opinion ?? ''}</td>
                <td style={cell}>{formatTime(signature.at)}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    )}
    {signatures.some((sig) => !sig.valid) ? <div style={s.muted}>划线的签名因签名后内容被修改而作废。</div> : null}
  </div>
)
