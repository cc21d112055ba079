/**
 * A letter as a Word file: A4 with the 公文 margins (GB/T 9704: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm), the
 * title in 小标宋 二号 centred, the text in 仿宋 三号 on a fixed 28 pt line, 落款 and date right-aligned; a draft opens
 * with a 草稿 line, a signed letter ends with （已签发）.
 */
import { AlignmentType, Paragraph } from 'docx'
import { INDENT, LINE, TITLE_FONT, TITLE_SIZE, gongwenDocx, run } from '../../../domain/gongwenDocx'
import type { LetterLayout } from '../../../domain/applications/letters'


export const letterDocx = async (layout: LetterLayout, state: { signed: boolean }): Promise<Buffer> => {
  const paragraphs: Paragraph[] = []
  if (!state.signed) {
    paragraphs.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [run('草稿（未经签发，不得送达）', { color: 'C00000', bold: true })] }))
  }
  paragraphs.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240 }, children: [run(layout.title, { font: TITLE_FONT, size: TITLE_SIZE })] }))
  if (layout.reference) paragraphs.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { ...LINE, after: 240 }, children: [run(layout.reference)] }))
  if (layout.salutation) paragraphs.push(new Paragraph({ spacing: LINE, children: [run(layout.salutation)] }))
  for (const text of layout.paragraphs) paragraphs.push(new Paragraph({ spacing: LINE, indent: { firstLine: INDENT }, alignment: AlignmentType.JUSTIFIED, children: [run(text)] }))
  const right = { alignment: AlignmentType.RIGHT, spacing: LINE, indent: { right: INDENT } }
  paragraphs.push(new Paragraph({ ...right, spacing: { ...LINE, before: 560 }, children: [run(layout.signature)] }))
  paragraphs.push(new Paragraph({ ...right, children: [run(layout.date)] }))
  if (state.signed) paragraphs.push(new Paragraph({ ...right, children: [run('（已签发）')] }))
  return gongwenDocx(layout.title, paragraphs)
}
