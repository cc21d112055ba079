/** 密级标志 (GB/T 9704-2012 and the State Secrets Law) and the phrases that mark a text as internal. */

export type MarkingMatch = { start: number; end: number; marking: string }

/**
 * A classification level only counts with its star (★, also ☆ or * as typed), optionally followed by the term
 * of secrecy (1年, 6个月, 长期, 2030年12月31日…): "商业秘密" or "做好保密工作" in ordinary prose are not markings.
 * The phrases after it are flagged wherever they occur.
 */
const MARKINGS =
  /(?:绝密|机密|秘密)[ \t]*[★☆*](?:[ \t]*(?:\d{1,4}[ \t]*(?:年(?:\d{1,2}月(?:\d{1,2}日)?)?|个月|月|天|日)|长期|永久))?|内部资料|内部文件|注意保密|不得外传|严禁外传|内部使用|秘密文件/g

/** Markings in `text`, which should already be width-folded so that ＊ and ０-９ read as * and 0-9. */
export function findMarkings(text: string): MarkingMatch[] {
  const out: MarkingMatch[] = []
  for (const m of text.matchAll(MARKINGS)) {
    out.push({ start: m.index, end: m.index + m[0].length, marking: m[0].replace(/[ \t]+/g, '') })
  }
  return out
}
