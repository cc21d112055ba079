/**
 * Length-preserving normalisation, so that an offset in the folded text is the same offset in the original:
 * full-width ASCII (０-９, Ａ-Ｚ, ＊, ＋, －…) and the ideographic space become their half-width forms, and
 * {@link foldText} also lower-cases letters whose lower case is the same length (A-Z, À, Ａ…).
 */

const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/g
const HAS_FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/
const UPPER = /\p{Lu}/gu
const HAS_UPPER = /\p{Lu}/u

export function foldWidth(text: string): string {
  if (!HAS_FULL_WIDTH.test(text)) return text
  return text.replace(FULL_WIDTH, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)))
}

export function foldText(text: string): string {
  const narrow = foldWidth(text)
  if (!HAS_UPPER.test(narrow)) return narrow
  return narrow.replace(UPPER, (c) => {
    const lower = c.toLowerCase()
    return lower.length === c.length ? lower : c
  })
}
