/**
 * The report as a .docx (the `docx` package): the title, the six headings of 国办公开办函〔2021〕30号, the texts, and the
 * tables of sections 二, 三 and 四 with their official headings (domain/annualReport/tables.ts), in 仿宋/黑体.
 */
import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx'
import { feeSentence } from '../../domain/annualReport/processingFees'
import type { AnnualReportModel } from '../../domain/annualReport/report'
import { activeDisclosureGrids, activeDisclosureSources, requestGrid, reviewGrid, type Grid } from '../../domain/annualReport/tables'

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

const BODY_FONT = '仿宋_GB2312'
const HEADING_FONT = '黑体'
const TITLE_FONT = '方正小标宋简体'

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' }
const borders = { top: border, bottom: border, left: border, right: border }

const table = (grid: Grid): Table =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: grid.map(
      (row) =>
        new TableRow({
          children: row.map(
            (cell) =>
              new TableCell({
                borders,
                ...(cell.colSpan ? { columnSpan: cell.colSpan } : {}),
                ...(cell.rowSpan ? { rowSpan: cell.rowSpan } : {}),
                children: [
                  new Paragraph({
                    alignment: cell.header || /^\d+(\.\d+)?$/.test(cell.text) ? AlignmentType.CENTER : AlignmentType.LEFT,
                    children: [new TextRun({ text: cell.text, bold: cell.header, font: cell.header ? HEADING_FONT : BODY_FONT, size: 21 })],
                  }),
                ],
              }),
          ),
        }),
    ),
  })

const heading = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 240, after: 120 }, children: [new TextRun({ text, font: HEADING_FONT, size: 32 })] })

const paragraphs = (text: string, empty = '（未填写）') =>
  (text || empty)
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => new Paragraph({ indent: { firstLine: 640 }, children: [new TextRun({ text: line, font: BODY_FONT, size: 32 })] }))

const note = (text: string) => new Paragraph({ children: [new TextRun({ text, font: BODY_FONT, size: 21 })] })

const gap = () => new Paragraph({ children: [] })

export const reportDocx = async (report: AnnualReportModel): Promise<Buffer> => {
  const grids = activeDisclosureGrids(report)
  const document = new Document({
    creator: report.issuer,
    title: report.title,
    description: '政府信息公开工作年度报告（国办公开办函〔2021〕30号格式）',
    sections: [
      {
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, heading: HeadingLevel.TITLE, spacing: { after: 240 }, children: [new TextRun({ text: report.title, font: TITLE_FONT, size: 44 })] }),
          heading(report.overview.heading),
          ...paragraphs(report.overview.text),
          heading(report.activeDisclosure.heading),
          ...grids.flatMap((grid) => [table(grid), gap()]),
          ...activeDisclosureSources(report).map((text) => note(`数据来源：${text}`)),
          heading(report.requests.heading),
          table(requestGrid(report)),
          heading(report.reviews.heading),
          table(reviewGrid(report)),
          heading(report.improvements.heading),
          ...paragraphs(report.improvements.text),
          heading(report.other.heading),
          ...paragraphs(report.other.text, ''),
          ...paragraphs(feeSentence(report.other.fees)),
        ],
      },
    ],
  })
  return Packer.toBuffer(document)
}
