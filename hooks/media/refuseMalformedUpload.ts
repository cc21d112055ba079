/**
 * A multipart body the parser (busboy) cannot read — a raw NUL or other control character in a part
 * header, say — fails before any hook can look at it, as a 500. It is the client's bad input: a Chinese 400.
 */
import type { AfterErrorHook } from 'payload'
import { codedError } from '../../domain/errors'

const fromMultipartParser = (error: Error) => !(error as { status?: number }).status && /[/\\]busboy[/\\]/.test(error.stack ?? '')

export const refuseMalformedUpload: AfterErrorHook = ({ error }) => {
  if (!fromMultipartParser(error)) return undefined
  const refusal = codedError('app.upload-malformed')
  return { status: refusal.status, response: { errors: [{ message: refusal.message }] } }
}
