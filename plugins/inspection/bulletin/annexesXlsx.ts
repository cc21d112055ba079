/** The 通报's three annexes as ONE workbook (exceljs): a sheet per annex, its title merged over row 1, the header on row 2. */
import ExcelJS from 'exceljs'
import type { AnnexTable } from '../../../domain/inspection/bulletinAnnexes'

const thin = { style: 'thin' as const }
const box = { top: thin, left: thin, bottom: thin, right: thin }

export const annexesXlsx = async (annexes: readonly AnnexTable[], title: string): Promise<Buffer> => {
  const book = new ExcelJS.Workbook()
  book.creator = '政务公开管理平台'
  book.title = title
  for (const annex of annexes) {
    const sheet = book.addWorksheet(annex.sheet)
    sheet.addRow([annex.title])
    sheet.mergeCells(1, 1, 1, annex.header.length)
    sheet.getRow(1).font = { bold: true, size: 14 }
    sheet.getRow(1).alignment = { horizontal: 'center' }
    sheet.addRow(annex.header).font = { bold: true }
    for (const row of annex.rows) sheet.addRow(row)
    sheet.columns.forEach((column, i) => (column.width = i === 0 ? 6 : i === 1 ? 22 : Math.max(10, (annex.header[i]?.length ?? 4) * 2 + 2)))
    for (let r = 2; r <= sheet.rowCount; r++) sheet.getRow(r).eachCell({ includeEmpty: true }, (cell) => (cell.border = box))
  }
  return Buffer.from(await book.xlsx.writeBuffer())
}
