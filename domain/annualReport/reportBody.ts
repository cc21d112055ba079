/**
 * The report as the body of a document (the 年度报告 column's item): headings and paragraphs, the tables written out
 * as sentences, as a Lexical rich-text value of the default features (headings and paragraphs only).
 */
import { APPLICANT_TYPES } from '../applications/vocabulary'
import { cellText } from './tables'
import { feeSentence } from './processingFees'
import type { AnnualReportModel } from './report'
import { REVIEW_GROUPS, REVIEW_RESULTS, reviewGroupName } from './reviews'
import { activeDisclosureSources } from './tables'

export type Block = { kind: 'heading' | 'paragraph'; text: string }

const paragraphs = (text: string): Block[] =>
  text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => ({ kind: 'paragraph', text: line }))

export const reportBlocks = (report: AnnualReportModel): Block[] => {
  const s = report.activeDisclosure
  const columns = [...APPLICANT_TYPES.map((t) => t.label), '总计']
  return [
    { kind: 'heading', text: report.overview.heading },
    ...paragraphs(report.overview.text || '（未填写）'),
    { kind: 'heading', text: report.activeDisclosure.heading },
    ...(
      [
        ['规章', s.documents.regulation],
        ['行政规范性文件', s.documents.normative],
      ] as const
    ).map(([label, row]): Block => ({ kind: 'paragraph', text: `${label}：本年制发 ${cellText(row.issued)} 件，本年废止 ${cellText(row.repealed)} 件，现行有效 ${cellText(row.inForce)} 件。` })),
    ...(
      [
        ['行政许可', s.decisions.license],
        ['行政处罚', s.decisions.penalty],
        ['行政强制', s.decisions.enforcement],
      ] as const
    ).map(([label, cell]): Block => ({ kind: 'paragraph', text: `${label}：本年处理决定数量 ${cellText(cell)}。` })),
    { kind: 'paragraph', text: `行政事业性收费：本年收费金额 ${cellText(s.fee)} 万元。` },
    ...activeDisclosureSources(report).map((text): Block => ({ kind: 'paragraph', text: `数据来源　${text}` })),
    { kind: 'heading', text: report.requests.heading },
    ...report.requests.rows.map(
      (row): Block => ({ kind: 'paragraph', text: row.cells ? `${row.label}：${row.cells.map((n, i) => `${columns[i]} ${n}`).join('，')}` : row.label }),
    ),
    { kind: 'heading', text: report.reviews.heading },
    ...REVIEW_GROUPS.map(
      (g): Block => ({ kind: 'paragraph', text: `${reviewGroupName(g.value)}：${REVIEW_RESULTS.map((r) => `${r.label} ${report.reviews.cells[g.value][r.value]}`).join('，')}` }),
    ),
    { kind: 'heading', text: report.improvements.heading },
    ...paragraphs(report.improvements.text || '（未填写）'),
    { kind: 'heading', text: report.other.heading },
    ...paragraphs(report.other.text),
    { kind: 'paragraph', text: feeSentence(report.other.fees) },
  ]
}

const textNode = (text: string) => ({ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 })

export const lexicalFromBlocks = (blocks: readonly Block[]) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: blocks.map((block) =>
      block.kind === 'heading'
        ? { type: 'heading', tag: 'h2', format: '', indent: 0, version: 1, direction: 'ltr', children: [textNode(block.text)] }
        : { type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, textStyle: '', children: [textNode(block.text)] },
    ),
  },
})
