/** A small seeded random generator (mulberry32) for tests that draw their cases: the same seed draws the same run. */

export type Prng = {
  /** A float in [0, 1). */
  next: () => number
  /** An integer in [0, n). */
  int: (n: number) => number
  /** True with probability p. */
  chance: (p: number) => boolean
  pick: <T>(items: readonly T[]) => T
  /** One of the keys, each drawn in proportion to its weight. */
  weighted: <K extends string>(weights: Readonly<Record<K, number>>) => K
}

export const mulberry32 = (seed: number): Prng => {
  let state = seed | 0
  const next = () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n: number) => Math.floor(next() * n)
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list')
      return items[int(items.length)]
    },
    weighted: (weights) => {
      const entries = Object.entries(weights) as Array<[keyof typeof weights, number]>
      const total = entries.reduce((sum, [, w]) => sum + w, 0)
      let draw = next() * total
      for (const [key, weight] of entries) {
        draw -= weight
        if (draw < 0) return key
      }
      return entries[entries.length - 1][0]
    },
  }
}
