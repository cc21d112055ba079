/**
 * Length-preserving normalisation, so that an offset in the folded text is the same offset in the original:
 * {@link foldWidth} turns full-width ASCII (０-９, Ａ-Ｚ, ＊, ＋, －, ，…) and the ideographic space into their
 * half-width forms; {@link foldText} also lower-cases Latin letters (A-Z, À-Þ, Ā-ɏ) whose lower case is one
 * character too, which makes term matching case- and width-insensitive.
 */

const UPPER_LATIN = /[A-Z\u00C0-\u00DE\u0100-\u024F]/g
const HAS_UPPER_LATIN = /[A-Z\u00C0-\u00DE\u0100-\u024F]/

const lower = (c: string) => {
  const l = c.toLowerCase()
  return l.length === 1 ? l : c
}

export function foldWidth(text: string): string {
  // A plain loop: Chinese prose is full of ，。：（）, and a replace() callback per character costs twice as much.
  let out = ''
  let copied = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if ((c >= 0xff01 && c <= 0xff5e) || c === 0x3000) {
      out += text.slice(copied, i) + (c === 0x3000 ? ' ' : String.fromCharCode(c - 0xfee0))
      copied = i + 1
    }
  }
  return copied === 0 ? text : out + text.slice(copied)
}

/** Lower-cases the Latin letters of text that {@link foldWidth} has already been applied to. */
export function lowerLatin(text: string): string {
  return HAS_UPPER_LATIN.test(text) ? text.replace(UPPER_LATIN, lower) : text
}

export function foldText(text: string): string {
  return lowerLatin(foldWidth(text))
}
