/**
 * The 通报's three annexes as plain tables (甘州's 通报, seeds/004): 1. 主要栏目添加情况汇总表, 2. 基层政务公开专栏信息添加
 * 情况, 3. 政务新媒体检查情况汇总表. The .xlsx writes them as they are; the tests read the cells back.
 */
import type { ColumnCell, DomainGradeLine, Figures, QuarterSnapshot } from './model'
import { COLUMN_KINDS } from '../vocabulary'
import { columnLabel } from './bulletinProblems'
import { percent } from './bulletinFormat'

export type AnnexCell = string | number
export type AnnexTable = { key: 'main-columns' | 'grassroots-columns' | 'new-media'; sheet: string; title: string; header: string[]; rows: AnnexCell[][] }

/** The main columns of annex 1 (column kinds); every other kind of the matrix goes to annex 2. */
export const MAIN_COLUMN_KINDS = ['guide', 'organization', 'leaders', 'annual-report'] as const

export const MAIN_CELL_LABELS: Record<ColumnCell, string> = { fresh: '已添加', stale: '未更新', missing: '未添加' }
export const GRASSROOTS_CELL_LABELS: Record<ColumnCell, string> = { fresh: '较好', stale: '未更新', missing: '数量不足' }
/** A unit without such a column kind in its matrix. */
export const NO_CELL = '—'

const kindOrder = (kind: string): number => {
  const index = COLUMN_KINDS.findIndex((k) => k.value === kind)
  return index < 0 ? COLUMN_KINDS.length : index
}

const matrixKinds = (snapshot: QuarterSnapshot, main: readonly string[]): string[] => {
  const kinds = new Set<string>()
  for (const d of snapshot.departments) for (const kind of Object.keys(d.figures.columns)) if (!main.includes(kind)) kinds.add(kind)
  return [...kinds].sort((a, b) => kindOrder(a) - kindOrder(b) || a.localeCompare(b))
}

const cellsTable = (snapshot: QuarterSnapshot, kinds: readonly string[], labels: Record<ColumnCell, string>, totals: readonly ColumnCell[]): { header: string[]; rows: AnnexCell[][] } => {
  const rows: AnnexCell[][] = snapshot.departments.map((d, i) => [i + 1, d.name, ...kinds.map((k) => (d.figures.columns[k] ? labels[d.figures.columns[k]!] : NO_CELL))])
  for (const cell of totals) {
    rows.push(['', `${labels[cell]}单位数`, ...kinds.map((k) => snapshot.departments.filter((d) => d.figures.columns[k] === cell).length)])
  }
  return { header: ['序号', '单位', ...kinds.map(columnLabel)], rows }
}

const newMediaRow = (n: Figures['newMedia']): AnnexCell[] => [n.accounts, n.qualified, n.unqualified, n.closing, n.passRate === null ? NO_CELL : percent(n.passRate), n.posts]

/** Counts of 领域 per grade, in 甘州's words: 较好 8 个，数量不足 10 个，未更新 8 个. */
export const domainGradeCounts = (domains: readonly DomainGradeLine[]) => ({
  good: domains.filter((d) => d.grade === 'good').length,
  insufficient: domains.filter((d) => d.grade === 'insufficient').length,
  stale: domains.filter((d) => d.grade === 'stale').length,
})

/** Annex 2 from the 标准目录: each 领域, the items published in its columns and its grade, then the counts. */
const domainsTable = (domains: readonly DomainGradeLine[]): { header: string[]; rows: AnnexCell[][] } => {
  const counts = domainGradeCounts(domains)
  return {
    header: ['序号', '领域', '本季度公开信息（条）', '情况'],
    rows: [
      ...domains.map((d, i) => [i + 1, d.name, d.published, d.label]),
      ['', '合计', domains.reduce((sum, d) => sum + d.published, 0), `较好${counts.good}个，数量不足${counts.insufficient}个，未更新${counts.stale}个`],
    ],
  }
}

export const bulletinAnnexes = (snapshot: QuarterSnapshot, quarterName: string, main: readonly string[] = MAIN_COLUMN_KINDS): AnnexTable[] => {
  const first = cellsTable(snapshot, main, MAIN_CELL_LABELS, ['missing', 'stale'])
  // Per 领域 of the 标准目录 when the quarter was graded by it; else the units' other statutory columns.
  const second = snapshot.domains?.length ? domainsTable(snapshot.domains) : cellsTable(snapshot, matrixKinds(snapshot, main), GRASSROOTS_CELL_LABELS, ['fresh', 'missing', 'stale'])
  const withAccounts = snapshot.departments.filter((d) => d.figures.newMedia.accounts > 0)
  return [
    { key: 'main-columns', sheet: '附件1 主要栏目', title: `附件1 ${quarterName}政务公开主要栏目添加情况汇总表`, ...first },
    { key: 'grassroots-columns', sheet: '附件2 基层政务公开专栏', title: `附件2 ${quarterName}基层政务公开专栏信息添加情况`, ...second },
    {
      key: 'new-media',
      sheet: '附件3 政务新媒体',
      title: `附件3 ${quarterName}政务新媒体检查情况汇总表`,
      header: ['序号', '单位', '账号数', '合格', '不合格', '注销中', '合格率', '本季度发布信息（条）'],
      rows: [...withAccounts.map((d, i) => [i + 1, d.name, ...newMediaRow(d.figures.newMedia)]), ['', '合计', ...newMediaRow(snapshot.figures.newMedia)]],
    },
  ]
}
