/**
 * `npm run bench -- admin` (scripts/bench/adminPages.ts) is a report, run by hand: this keeps it loadable and its
 * definitions true to the admin it measures (the elements it waits for exist in the components), without a
 * browser and without asserting any timing.
 */
import fs from 'node:fs'
import path from 'node:path'
import { REVIEW_STATES } from '../../domain/workflow/states'
import { root } from '../helpers/appProcess'

const source = (relative: string) => fs.readFileSync(path.join(root, relative), 'utf8')

describe('the admin pages bench module', () => {
  it('loads, and builds nowhere near the development servers’ .next', async () => {
    const bench = await import('../../scripts/bench/adminPages')
    expect(typeof bench.benchAdminPages).toBe('function')
    expect(typeof bench.reportLines).toBe('function')
    expect(() => bench.ensureBenchBuild('.next')).toThrow(/\.next/)
  })

  it('reports the goals as PASS or MISS lines: edit p50 under 2 s, an action under 1 s with no full reload', async () => {
    const { goalLines, stats } = await import('../../scripts/bench/adminPages')
    const fast = stats([900, 1200, 1500])
    expect(goalLines(fast, { ...stats([300, 400, 500]), fullReloads: 0 })).toEqual([
      expect.stringMatching(/^PASS edit view/),
      expect.stringMatching(/^PASS workflow action/),
    ])
    const slow = stats([2500, 17500, 3000])
    const [edit, action] = goalLines(slow, { ...stats([300, 400, 500]), fullReloads: 1 })
    expect(edit).toMatch(/^MISS edit view.*p50 3000 ms/)
    // Fast, but the page reloaded: the goal is "without a full reload".
    expect(action).toMatch(/^MISS workflow action.*full page reload in 1 of 3/)
  })

  it('takes percentiles by nearest rank (p50 of 7 runs is the 4th)', async () => {
    const { percentile } = await import('../../scripts/bench/adminPages')
    expect(percentile([7, 1, 6, 2, 5, 3, 4], 0.5)).toBe(4)
    expect(percentile([7, 1, 6, 2, 5, 3, 4], 0.9)).toBe(7)
  })

  it('waits for elements the admin renders: 待我审核, the list table, the review panel’s state and 通过 button', async () => {
    const { USABLE } = await import('../../scripts/bench/adminPages')
    expect(USABLE.dashboard).toContain('my-reviews')
    expect(source('plugins/workflow/components/MyReviews.tsx')).toMatch(/data-testid="my-reviews" data-count=/)
    const panel = source('plugins/workflow/components/ReviewPanel.tsx')
    expect(panel).toContain('data-testid="review-panel"')
    expect(source('plugins/workflow/components/review/StateBadge.tsx')).toMatch(/data-testid="review-state" data-state=\{state\}/)
    expect(source('plugins/workflow/components/review/ActionButtons.tsx')).toContain("'data-testid': `workflow-action-${action}`")
    const states = REVIEW_STATES.map((state) => state.value as string)
    for (const selector of USABLE.edit) for (const [, state] of selector.matchAll(/data-state="([^"]+)"/g)) expect(states).toContain(state)
    expect(states).toEqual(expect.arrayContaining(['submitted', 'first-reviewed']))
  })
})
