/** What one reader may see of a quarter: everything, or (editors, first reviewers) their own department's row only. */
import type { Id } from '../ids'
import type { QuarterSnapshot } from './model'
import { emptyFigures } from './figures'

export const scopedSnapshot = (snapshot: QuarterSnapshot, department: Id | null): QuarterSnapshot => {
  if (department === null) return snapshot
  const own = snapshot.departments.filter((d) => String(d.id) === String(department))
  // The total would tell other departments' figures; the reader gets their own as the figures.
  const { site: _site, domains: _domains, ...rest } = snapshot
  return { ...rest, figures: own[0]?.figures ?? emptyFigures(), departments: own }
}
