/**
 * The 通报 as a Word file in 公文 style (GB/T 9704, as plugins/applications/letters/letterDocx.ts): A4, margins 37/35/
 * 28/26 mm, title 小标宋 二号 centred, text 仿宋 三号 on a fixed 28 pt line, 一、 headings in 黑体, 落款 and date
 * right-aligned. A preview of a quarter not yet frozen opens with a red line saying so.
 */
import { AlignmentType, Paragraph } from 'docx'
import { INDENT, LINE, TITLE_FONT, TITLE_SIZE, gongwenDocx, run } from '../../../domain/gongwenDocx'
import type { Bulletin, BulletinBlock } from '../../../domain/inspection/bulletin'

const HEITI = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体' }

const paragraphOf = (block: BulletinBlock): Paragraph => {
  switch (block.kind) {
    case 'title':
      return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 240, after: 480 }, children: [run(block.text, { font: TITLE_FONT, size: TITLE_SIZE })] })
    case 'salutation':
      return new Paragraph({ spacing: LINE, children: [run(block.text)] })
    case 'heading':
      return new Paragraph({ spacing: LINE, indent: { firstLine: INDENT }, children: [run(block.text, { font: HEITI })] })
    case 'annex':
      return new Paragraph({ spacing: block.text.startsWith('附件') ? { ...LINE, before: 560 } : LINE, indent: { firstLine: INDENT }, children: [run(block.text)] })
    case 'signature':
      return new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { ...LINE, before: 1120 }, indent: { right: INDENT }, children: [run(block.text)] })
    case 'date':
      return new Paragraph({ alignment: AlignmentType.RIGHT, spacing: LINE, indent: { right: INDENT }, children: [run(block.text)] })
    default:
      return new Paragraph({ spacing: LINE, indent: { firstLine: INDENT }, alignment: AlignmentType.JUSTIFIED, children: [run(block.text)] })
  }
}

export const bulletinDocx = async (bulletin: Bulletin, state: { frozen: boolean }): Promise<Buffer> => {
  const paragraphs = bulletin.blocks.map(paragraphOf)
  if (!state.frozen) paragraphs.unshift(new Paragraph({ alignment: AlignmentType.CENTER, children: [run('预览：本季度尚未冻结，数据可能变化', { color: 'C00000', bold: true })] }))
  return gongwenDocx(bulletin.title, paragraphs)
}
