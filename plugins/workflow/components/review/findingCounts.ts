/** How many pre-check findings the item has at each level (block, review, warn). */
import type { PanelFinding } from './types'

export type FindingCounts = Record<PanelFinding['level'], number>

export const findingCounts = (findings: readonly PanelFinding[]): FindingCounts => {
  const counts: FindingCounts = { block: 0, review: 0, warn: 0 }
  for (const f of findings) counts[f.level] = (counts[f.level] ?? 0) + 1
  return counts
}
