/**
 * A letter as a Word file: A4 with the 公文 margins (GB/T 9704: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm), the
 * title in 小标宋 二号 centred, the text in 仿宋 三号 on a fixed 28 pt line, 落款 and date right-aligned; a draft opens
 * with a 草稿 line, a signed letter ends with （已签发）.
 */
import { AlignmentType, Document, LineRuleType, Packer, Paragraph, TextRun, convertMillimetersToTwip, type IRunOptions } from 'docx'
import type { LetterLayout } from '../../../domain/applications/letters'

const FANGSONG = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋_GB2312' }
const TITLE_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '方正小标宋简体' }
/** 三号 = 16 pt; docx sizes are half-points. */
const BODY_SIZE = 32
const TITLE_SIZE = 44
const LINE = { line: 560, lineRule: LineRuleType.EXACT }

const run = (text: string, options: Partial<IRunOptions> = {}) => new TextRun({ text, font: FANGSONG, size: BODY_SIZE, ...options })

export const letterDocx = async (layout: LetterLayout, state: { signed: boolean }): Promise<Buffer> => {
  const paragraphs: Paragraph[] = []
  if (!state.signed) {
    paragraphs.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [run('草稿（未经签发，不得送达）', { color: 'C00000', bold: true })] }))
  }
  paragraphs.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240 }, children: [run(layout.title, { font: TITLE_FONT, size: TITLE_SIZE })] }))
  if (layout.reference) paragraphs.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { ...LINE, after: 240 }, children: [run(layout.reference)] }))
  if (layout.salutation) paragraphs.push(new Paragraph({ spacing: LINE, children: [run(layout.salutation)] }))
  for (const text of layout.paragraphs) paragraphs.push(new Paragraph({ spacing: LINE, indent: { firstLine: 640 }, alignment: AlignmentType.JUSTIFIED, children: [run(text)] }))
  const right = { alignment: AlignmentType.RIGHT, spacing: LINE, indent: { right: 640 } }
  paragraphs.push(new Paragraph({ ...right, spacing: { ...LINE, before: 560 }, children: [run(layout.signature)] }))
  paragraphs.push(new Paragraph({ ...right, children: [run(layout.date)] }))
  if (state.signed) paragraphs.push(new Paragraph({ ...right, children: [run('（已签发）')] }))
  const doc = new Document({
    creator: '政务公开管理平台',
    title: layout.title,
    styles: { default: { document: { run: { font: FANGSONG, size: BODY_SIZE } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
            margin: { top: convertMillimetersToTwip(37), bottom: convertMillimetersToTwip(35), left: convertMillimetersToTwip(28), right: convertMillimetersToTwip(26) },
          },
        },
        children: paragraphs,
      },
    ],
  })
  return Packer.toBuffer(doc)
}
