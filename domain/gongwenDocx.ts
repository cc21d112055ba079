/**
 * The 公文 page of every Word file Gongkai writes (告知书, 季度通报): A4, the margins of GB/T 9704-2012 (top 37 mm,
 * bottom 35, left 28, right 26), 仿宋_GB2312 三号 (16 pt) body on a fixed 28 pt line, first lines indented by two
 * characters. Built with the `docx` package, which only assembles the file in memory.
 */
import { Document, LineRuleType, Packer, TextRun, convertMillimetersToTwip, type IRunOptions, type Paragraph } from 'docx'

export const FANGSONG = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋_GB2312' }
/** 三号 = 16 pt, in half-points. */
export const BODY_SIZE = 32
/** A fixed line of 28 pt (560 twips): 22 lines a page. */
export const LINE = { line: 560, lineRule: LineRuleType.EXACT }
/** Titles: 方正小标宋简体 二号 (22 pt). */
export const TITLE_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '方正小标宋简体' }
export const TITLE_SIZE = 44
/** Two characters of 三号. */
export const INDENT = 640

/** A run of body text (options override the font and size). */
export const run = (text: string, options: Partial<IRunOptions> = {}) => new TextRun({ text, font: FANGSONG, size: BODY_SIZE, ...options })

/** The .docx of `paragraphs` on the 公文 page. */
export const gongwenDocx = (title: string, paragraphs: Paragraph[]): Promise<Buffer> =>
  Packer.toBuffer(
    new Document({
      creator: '政务公开管理平台',
      title,
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
    }),
  )
