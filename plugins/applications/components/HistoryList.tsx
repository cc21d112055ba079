/** 办理经过: the application's history in a few words a line (date, step, days or outcome, reason). */
import React from 'react'
import { outcomeLabel } from './labels'
import { HISTORY_LABELS } from './steps'
import { styles as s } from './styles'

export type HistoryItem = { type?: string | null; date?: string | null; reason?: string | null; days?: number | null; party?: string | null; until?: string | null; outcome?: string | null }

const PARTIES: Record<string, string> = { 'third-party': '第三方', agency: '其他机关' }

export const historyLine = (entry: HistoryItem): string => {
  const label = HISTORY_LABELS[entry.type ?? ''] ?? entry.type ?? ''
  const party = entry.party && entry.type?.startsWith('consultation') ? `（${PARTIES[entry.party] ?? entry.party}）` : ''
  const days = entry.days ? `，${entry.days} 个工作日` : ''
  const until = entry.until ? `，延迟至 ${entry.until}` : ''
  const outcome = entry.outcome ? `：${outcomeLabel(entry.outcome)}` : ''
  const reason = entry.reason ? `。${entry.reason}` : ''
  return `${entry.date ?? ''} ${label}${party}${days}${until}${outcome}${reason}`
}

export const HistoryList = ({ history }: { history: readonly HistoryItem[] }) => (
  <div>
    <div style={{ ...s.muted, marginBottom: 4 }}>办理经过</div>
    <ol data-testid="application-history" style={s.history}>
      {history.map((entry, index) => (
        <li key={index} data-testid="application-history-item" data-type={entry.type ?? ''}>
          {historyLine(entry)}
        </li>
      ))}
    </ol>
  </div>
)
