/**
 * Who answers for a column, and which top-level column it lies under. A column names its 保障单位 as an override:
 * without one it is its nearest ancestor's (a department's site is a subtree whose top names the department), and a
 * column no ancestor names is the county office's (the 政府办, department kind `office`) — never nobody's.
 */
import type { Id } from '../ids'

export type ColumnNode = { id: Id; title: string; parent: Id | null; department: Id | null }

export type ColumnPlace = { department: Id | null; root: { id: Id; title: string; department: Id | null } }

export const columnPlaces = (columns: readonly ColumnNode[], countyOffice: Id | null): Map<string, ColumnPlace> => {
  const byId = new Map(columns.map((c) => [String(c.id), c]))
  const chain = (column: ColumnNode): ColumnNode[] => {
    const out = [column]
    const seen = new Set([String(column.id)])
    for (let up = column.parent; up !== null; ) {
      const next = byId.get(String(up))
      // A parent the read did not return, or a loop in bad data, ends the walk.
      if (!next || seen.has(String(next.id))) break
      seen.add(String(next.id))
      out.push(next)
      up = next.parent
    }
    return out
  }
  const places = new Map<string, ColumnPlace>()
  for (const column of columns) {
    const path = chain(column)
    const top = path[path.length - 1]
    const responsible = (from: ColumnNode[]) => from.find((c) => c.department !== null)?.department ?? countyOffice
    places.set(String(column.id), { department: responsible(path), root: { id: top.id, title: top.title, department: responsible([top]) } })
  }
  return places
}
