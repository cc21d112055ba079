/**
 * The 政府信息公开工作年度报告 as data (条例第四十九、五十条; format 国办公开办函〔2021〕30号): its title, the six sections
 * with every computed cell and its source, and the problems that stand in the way of publishing it. A draft stores
 * only what people write and enter; everything else is recomputed from the register and the documents each time.
 */
import type { AnnualTable } from '../applications/annualTable'
import { activeDisclosure, missingFigures, type ActiveDisclosure, type DocumentFact, type EnteredActiveDisclosure } from './activeDisclosure'
import { rowLabel } from './categories'
import type { FeeFigures } from './processingFees'
import { requestTableLayout, type RequestTableLayout } from './requestTable'
import { reviewCells, reviewProblems, type ReviewCells, type StoredReviewCells } from './reviews'

export const SECTION_HEADINGS = {
  overview: '一、总体情况',
  activeDisclosure: '二、主动公开政府信息情况',
  requests: '三、收到和处理政府信息公开申请情况',
  reviews: '四、政府信息公开行政复议、行政诉讼情况',
  improvements: '五、存在的主要问题及改进情况',
  other: '六、其他需要报告的事项',
} as const
export type SectionKey = keyof typeof SECTION_HEADINGS

export type ReportProblem = {
  section: SectionKey
  message: string
  /** A blocking problem refuses the .docx-to-document step (publish-draft); the others are reminders. */
  blocking: boolean
}

export type AnnualReportModel = {
  year: number
  issuer: string
  title: string
  overview: { heading: string; text: string }
  activeDisclosure: { heading: string } & ActiveDisclosure
  requests: { heading: string } & RequestTableLayout
  reviews: { heading: string; cells: ReviewCells; problems: string[] }
  improvements: { heading: string; text: string }
  other: { heading: string; text: string; fees: FeeFigures }
  problems: ReportProblem[]
}

export type ReportInput = {
  year: number
  /** XX县人民政府, or the department's name. */
  issuer: string
  texts: { overview?: string | null; improvements?: string | null; other?: string | null }
  documents: readonly DocumentFact[]
  figures: EnteredActiveDisclosure
  requests: AnnualTable
  reviews: StoredReviewCells
  fees: FeeFigures
}

export const reportTitle = (issuer: string, year: number): string => `${issuer}${year}年政府信息公开工作年度报告`

const text = (value: string | null | undefined) => (typeof value === 'string' ? value.trim() : '')

export const buildReport = (input: ReportInput): AnnualReportModel => {
  const section2 = activeDisclosure(input.year, input.documents, input.figures)
  const layout = requestTableLayout(input.requests)
  const cells = reviewCells(input.reviews)
  const section4 = reviewProblems(cells)
  const texts = { overview: text(input.texts.overview), improvements: text(input.texts.improvements), other: text(input.texts.other) }
  const problems: ReportProblem[] = [
    ...(texts.overview ? [] : [{ section: 'overview' as const, message: '“一、总体情况”尚未填写', blocking: false }]),
    ...missingFigures(section2).map((row) => ({
      section: 'activeDisclosure' as const,
      message: row === 'fee' ? '“行政事业性收费”的本年收费金额尚未填写（没有收费请填 0）' : `“${rowLabel(row)}”的本年处理决定数量尚未填写（没有请填 0）`,
      blocking: false,
    })),
    ...layout.imbalances.map((message) => ({ section: 'requests' as const, message, blocking: true })),
    ...section4.map((message) => ({ section: 'reviews' as const, message, blocking: true })),
    ...(texts.improvements ? [] : [{ section: 'improvements' as const, message: '“五、存在的主要问题及改进情况”尚未填写', blocking: false }]),
  ]
  return {
    year: input.year,
    issuer: input.issuer,
    title: reportTitle(input.issuer, input.year),
    overview: { heading: SECTION_HEADINGS.overview, text: texts.overview },
    activeDisclosure: { heading: SECTION_HEADINGS.activeDisclosure, ...section2 },
    requests: { heading: SECTION_HEADINGS.requests, ...layout },
    reviews: { heading: SECTION_HEADINGS.reviews, cells, problems: section4 },
    improvements: { heading: SECTION_HEADINGS.improvements, text: texts.improvements },
    other: { heading: SECTION_HEADINGS.other, text: texts.other, fees: input.fees },
    problems,
  }
}

/** The blocking problems, one sentence for a refusal; empty when the report may become a document. */
export const blockingProblems = (report: AnnualReportModel): string[] => report.problems.filter((p) => p.blocking).map((p) => p.message)
