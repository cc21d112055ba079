/**
 * `GET /api/{letters}/:id/docx` and `GET /api/{letters}/:id/print`: the letter as a Word file or a printable page, with
 * the user's own access (another department's letter is not found). The letter holds applicant data, so each export
 * leaves a row in the export log.
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { letterKindLabel, letterLayout } from '../../../../domain/applications/letters'
import { idOf } from '../../../../domain/ids'
import { recordExport, type ExportFormat } from '../../exportLog'
import type { LettersContext } from '../context'
import { letterDocx } from '../letterDocx'
import { letterHtml } from '../letterHtml'
import { findLetter, type LetterRow } from './findLetter'

const PRIVATE = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' }

const logged = async (ctx: LettersContext, req: PayloadRequest, letter: LetterRow, format: ExportFormat) =>
  recordExport(req, ctx.exportLog, {
    subjectType: ctx.lettersSlug,
    subjectId: letter.id,
    subjectTitle: String(letter.title ?? ''),
    what: letterKindLabel(letter.kind),
    format,
    department: idOf(letter.department),
  })

export const docxEndpoint = (ctx: LettersContext): Endpoint => ({
  path: '/:id/docx',
  method: 'get',
  handler: async (req) => {
    const letter = await findLetter(ctx, req)
    const file = await letterDocx(letterLayout(letter.body ?? ''), { signed: letter.status === 'signed' })
    await logged(ctx, req, letter, 'docx')
    const name = `${String(letter.title ?? letterKindLabel(letter.kind)).replace(/[\\/:*?"<>|\s]+/g, '_')}.docx`
    return new Response(new Uint8Array(file), {
      headers: {
        ...PRIVATE,
        'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'content-disposition': `attachment; filename="letter-${letter.id}.docx"; filename*=UTF-8''${encodeURIComponent(name)}`,
      },
    })
  },
})

export const printEndpoint = (ctx: LettersContext): Endpoint => ({
  path: '/:id/print',
  method: 'get',
  handler: async (req) => {
    const letter = await findLetter(ctx, req)
    const html = letterHtml(letterLayout(letter.body ?? ''), { signed: letter.status === 'signed' })
    await logged(ctx, req, letter, 'print')
    return new Response(html, { headers: { ...PRIVATE, 'content-type': 'text/html; charset=utf-8' } })
  },
})
