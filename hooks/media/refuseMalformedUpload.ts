/**
 * A multipart body the parser (busboy) cannot read — a raw NUL or other control character in a part
 * header, say — fails before any hook can look at it, as a 500. It is the client's bad input: a Chinese 400.
 */
import type { AfterErrorHook } from 'payload'
import { ATTACHMENT_MESSAGES } from '../../domain/attachments'

const fromMultipartParser = (error: Error) => !(error as { status?: number }).status && /[/\\]busboy[/\\]/.test(error.stack ?? '')

export const refuseMalformedUpload: AfterErrorHook = ({ error }) =>
  fromMultipartParser(error) ? { status: 400, response: { errors: [{ message: ATTACHMENT_MESSAGES.malformedUpload }] } } : undefined
