/**
 * Reads the text of an attachment for the pre-check: plain text (UTF-8, or GB18030 as older Windows tools
 * save it), .docx and .pdf. Anything else, or a file the library cannot read, gives null for the caller to note.
 */

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

type Kind = 'text' | 'docx' | 'pdf'

function kindOf(mimeType: string, filename: string): Kind | null {
  const mime = (mimeType ?? '').toLowerCase().split(';')[0]!.trim()
  const ext = /\.([a-z0-9]+)$/i.exec(filename ?? '')?.[1]?.toLowerCase() ?? ''
  if (mime === DOCX_MIME || ext === 'docx') return 'docx'
  if (mime === 'application/pdf' || ext === 'pdf') return 'pdf'
  if (mime === 'text/plain' || ext === 'txt') return 'text'
  return null
}

/** UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), otherwise GB18030, as older Windows tools save. */
function decodePlainText(data: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data).replace(/^\uFEFF/, '')
  } catch {
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(data)
    } catch {
      return new TextDecoder('utf-8').decode(data)
    }
  }
}

async function docxText(data: Buffer): Promise<string> {
  const { default: mammoth } = await import('mammoth')
  const result = await mammoth.extractRawText({ buffer: data })
  return result.value
}

async function pdfText(data: Buffer): Promise<string> {
  const { extractText: extractPdfText, getDocumentProxy } = await import('unpdf')
  // pdf.js takes ownership of (and detaches) the array it is given: hand it a copy.
  // Attachments are untrusted: no eval of font programs, and no console chatter about damaged files.
  const pdf = await getDocumentProxy(new Uint8Array(data), { isEvalSupported: false, verbosity: 0 })
  try {
    const { text } = await extractPdfText(pdf, { mergePages: true })
    return text
  } finally {
    await pdf.destroy().catch(() => undefined)
  }
}

export async function extractText(data: Buffer, mimeType: string, filename: string): Promise<string | null> {
  const kind = kindOf(mimeType, filename)
  if (!kind || !data) return null
  try {
    if (kind === 'text') return decodePlainText(data)
    if (kind === 'docx') return await docxText(data)
    return await pdfText(data)
  } catch {
    return null
  }
}
