/** The context shown with a finding: a short single line around the match, cut on whole characters. */

export const EXCERPT_CONTEXT = 12

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff

/**
 * `context` UTF-16 units either side of [start, end) of `text` (which should already be masked), whitespace
 * and line breaks collapsed to single spaces, with … where the text was cut.
 */
export function excerptAround(text: string, start: number, end: number, context = EXCERPT_CONTEXT): string {
  let from = Math.max(0, start - context)
  let to = Math.min(text.length, end + context)
  if (from > 0 && isLowSurrogate(text.charCodeAt(from)) && isHighSurrogate(text.charCodeAt(from - 1))) from--
  if (to < text.length && isLowSurrogate(text.charCodeAt(to)) && isHighSurrogate(text.charCodeAt(to - 1))) to++
  const line = text.slice(from, to).replace(/\s+/g, ' ').trim()
  return `${from > 0 ? '…' : ''}${line}${to < text.length ? '…' : ''}`
}
