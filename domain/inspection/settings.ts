/** The `inspection` settings group as stored, over the defaults: the one place stored settings become typed ones. */
import { DEFAULT_INSPECTION_SETTINGS } from './defaults'
import type { InspectionSettings, RubricItem } from './model'

type Stored = Record<string, unknown> | null | undefined

const numberOr = (value: unknown, fallback: number) => (typeof value === 'number' && Number.isFinite(value) ? value : fallback)
const stringsOr = (value: unknown, fallback: readonly string[]) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : fallback)

const rubricItem = (row: Record<string, unknown>): RubricItem => ({
  key: String(row.key ?? ''),
  label: String(row.label ?? row.key ?? ''),
  points: numberOr(row.points, 0),
  deductionPerFinding: numberOr(row.deductionPerFinding, 0),
  auditRules: stringsOr(row.auditRules, []),
  veto: row.veto === true,
  ...(row.countsWarnings === true ? { countsWarnings: true } : {}),
})

export const inspectionSettingsFrom = (group: Stored): InspectionSettings => {
  const d = DEFAULT_INSPECTION_SETTINGS
  const rows = Array.isArray(group?.rubric) ? (group.rubric as Record<string, unknown>[]).filter((r) => r && typeof r.key === 'string' && r.key) : []
  return {
    rubric: rows.length ? rows.map(rubricItem) : d.rubric,
    fullScore: numberOr(group?.fullScore, d.fullScore),
    yellowBelow: numberOr(group?.yellowBelow, d.yellowBelow),
    dailyWeight: numberOr(group?.dailyWeight, d.dailyWeight),
    yearEndWeight: numberOr(group?.yearEndWeight, d.yearEndWeight),
    rectificationDays: numberOr(group?.rectificationDays, d.rectificationDays),
    dynamicColumnKinds: stringsOr(group?.dynamicColumnKinds, d.dynamicColumnKinds),
    matrixColumnKinds: stringsOr(group?.matrixColumnKinds, d.matrixColumnKinds),
  }
}
