/** Specification of attachment text extraction for the pre-check; the fixtures are built here, offline. */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { Document, Packer, Paragraph, TextRun } from 'docx'
import PDFDocument from 'pdfkit'

import { extractText } from '../../../plugins/workflow/actions/extractText'
import { precheck } from '../../../domain/precheck'

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const NOW = new Date('2026-03-15T04:00:00Z')

async function buildDocx(paragraphs: string[]): Promise<Buffer> {
  const doc = new Document({
    sections: [{ children: paragraphs.map((p) => new Paragraph({ children: [new TextRun(p)] })) }],
  })
  return Packer.toBuffer(doc)
}

/** pdfkit's built-in Helvetica has no CJK glyphs, so the PDF carries ASCII text only. */
function buildPdf(pages: string[][]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ autoFirstPage: false, info: { CreationDate: new Date(0) } })
    const chunks: Buffer[] = []
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
    for (const lines of pages) {
      doc.addPage()
      for (const line of lines) doc.text(line)
    }
    doc.end()
  })
}

// GB18030 bytes of “内部资料，电话13912345678”, written out so the test needs no encoder.
const GB18030_TEXT = Buffer.concat([
  Buffer.from([0xc4, 0xda, 0xb2, 0xbf, 0xd7, 0xca, 0xc1, 0xcf, 0xa3, 0xac, 0xb5, 0xe7, 0xbb, 0xb0]),
  Buffer.from('13912345678', 'ascii'),
])

describe('extractText', () => {
  let docx: Buffer
  let pdf: Buffer

  beforeAll(async () => {
    docx = await buildDocx(['关于做好防汛工作的通知', '机密★1年', '联系人身份证号：11010519491231002X'])
    pdf = await buildPdf([['Applicant ID 11010519491231002X'], ['Card 6222021234567890128', 'Mobile 13912345678']])
  })

  it('reads UTF-8 plain text', async () => {
    expect(await extractText(Buffer.from('内部资料，电话13912345678', 'utf8'), 'text/plain', 'a.txt')).toBe(
      '内部资料，电话13912345678',
    )
  })

  it('drops a UTF-8 byte-order mark', async () => {
    expect(await extractText(Buffer.from('\uFEFF内部资料', 'utf8'), 'text/plain; charset=utf-8', 'a.txt')).toBe(
      '内部资料',
    )
  })

  it('reads GB18030 plain text when it is not valid UTF-8', async () => {
    expect(await extractText(GB18030_TEXT, 'text/plain', 'a.txt')).toBe('内部资料，电话13912345678')
  })

  it('reads the paragraphs of a .docx', async () => {
    const text = await extractText(docx, DOCX, '通知.docx')
    expect(text).toContain('关于做好防汛工作的通知')
    expect(text).toContain('机密★1年')
    expect(text).toContain('11010519491231002X')
  })

  it('recognises a .docx by its extension when the MIME type is generic', async () => {
    expect(await extractText(docx, 'application/octet-stream', '通知.DOCX')).toContain('机密★1年')
  })

  it('reads the text of every page of a PDF', async () => {
    const text = await extractText(pdf, 'application/pdf', 'scan.pdf')
    expect(text).toContain('11010519491231002X')
    expect(text).toContain('6222021234567890128')
    expect(text).toContain('13912345678')
  })

  it('gives text the pre-check finds the ID number, card and mobile in', async () => {
    const text = (await extractText(pdf, 'application/pdf', 'scan.pdf'))!
    const findings = precheck({ texts: [{ field: 'attachments:scan.pdf', text }], now: NOW })
    expect(findings.map((f) => f.kind).sort()).toEqual(['bank-card', 'mobile-number', 'resident-id'])
  })

  it.each([
    ['an image', 'image/png', 'photo.png'],
    ['a legacy .doc', 'application/msword', 'old.doc'],
    ['a spreadsheet', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'table.xlsx'],
  ])('returns null for %s', async (_, mime, name) => {
    expect(await extractText(Buffer.from('whatever'), mime, name)).toBeNull()
  })

  it.each([
    ['a corrupt .docx', DOCX, 'broken.docx', () => Buffer.from('PK\u0003\u0004 not really a zip')],
    ['a corrupt PDF', 'application/pdf', 'broken.pdf', () => Buffer.from('%PDF-1.7\n garbage')],
    ['an empty PDF', 'application/pdf', 'empty.pdf', () => Buffer.alloc(0)],
    ['a truncated PDF', 'application/pdf', 'cut.pdf', () => pdf.subarray(0, Math.floor(pdf.length / 3))],
  ])('returns null instead of throwing for %s', async (_, mime, name, data) => {
    await expect(extractText(data(), mime, name)).resolves.toBeNull()
  })
})
