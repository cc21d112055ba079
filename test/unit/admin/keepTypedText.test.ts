/**
 * A save right after typing in 正文 waits for the rich-text field to hand over the last words
 * (src/admin/boundedIdleWork.ts, src/admin/KeepTypedText.tsx, src/admin/keepTypedText.ts). The browser's idle queue is
 * played here by hand; test/e2e/fieldErrors.test.ts saves at once after typing in a throttled browser.
 */
import type { CollectionConfig, SanitizedConfig } from 'payload'
import { trackBoundedIdleWork, type IdleWindow } from '../../../src/admin/boundedIdleWork'
import { hasRichText, keepTypedText, KEEP_TYPED_TEXT_COMPONENT } from '../../../src/admin/keepTypedText'
import configPromise from '../../../src/payload.config'

/** A window whose idle callbacks run only when `runIdle` says so, in the order they were asked for. */
const idleWindow = () => {
  let next = 1
  const queue = new Map<number, IdleRequestCallback>()
  const win: IdleWindow = {
    requestIdleCallback: (callback) => {
      const handle = next++
      queue.set(handle, callback)
      return handle
    },
    cancelIdleCallback: (handle) => void queue.delete(handle),
  }
  const runIdle = () => {
    const due = [...queue.entries()]
    queue.clear()
    for (const [, callback] of due) callback({ didTimeout: false, timeRemaining: () => 10 } as IdleDeadline)
  }
  return { win, runIdle, queued: () => queue.size }
}

/** Whether a promise has settled after the microtasks queued so far. */
const isSettled = async (promise: Promise<unknown>) => {
  let settled = false
  void promise.then(() => (settled = true))
  for (let i = 0; i < 5; i++) await Promise.resolve()
  return settled
}

describe('bounded idle work', () => {
  it('counts a callback asked for with a timeout until it has run, and settles after it', async () => {
    const { win, runIdle } = idleWindow()
    const work = trackBoundedIdleWork(win)
    const handedOver: string[] = []
    win.requestIdleCallback(() => handedOver.push('正文'), { timeout: 500 })
    expect(work.pending()).toBe(1)
    const settled = work.settled()
    expect(await isSettled(settled)).toBe(false)
    runIdle()
    expect(handedOver).toEqual(['正文'])
    expect(work.pending()).toBe(0)
    expect(await isSettled(settled)).toBe(true)
  })

  it('keeps waiting when the editor cancels its handover and asks again in one go (a key typed meanwhile)', async () => {
    const { win, runIdle } = idleWindow()
    const work = trackBoundedIdleWork(win)
    const first = win.requestIdleCallback(() => undefined, { timeout: 500 })
    const settled = work.settled()
    win.cancelIdleCallback(first)
    win.requestIdleCallback(() => undefined, { timeout: 500 })
    expect(work.pending()).toBe(1)
    expect(await isSettled(settled)).toBe(false)
    runIdle()
    expect(await isSettled(settled)).toBe(true)
  })

  it('settles when the only pending handover is cancelled, and at once when none is pending', async () => {
    const { win } = idleWindow()
    const work = trackBoundedIdleWork(win)
    expect(await isSettled(work.settled())).toBe(true)
    const handle = win.requestIdleCallback(() => undefined, { timeout: 500 })
    const settled = work.settled()
    win.cancelIdleCallback(handle)
    expect(await isSettled(settled)).toBe(true)
  })

  it('does not count callbacks without a timeout (they may wait for idle time indefinitely)', () => {
    const { win, queued } = idleWindow()
    const work = trackBoundedIdleWork(win)
    win.requestIdleCallback(() => undefined)
    win.requestIdleCallback(() => undefined, {})
    expect(queued()).toBe(2)
    expect(work.pending()).toBe(0)
  })

  it('counts a handover whose callback throws as done', async () => {
    const { win, runIdle } = idleWindow()
    const work = trackBoundedIdleWork(win)
    win.requestIdleCallback(() => {
      throw new Error('渲染失败')
    }, { timeout: 500 })
    const settled = work.settled()
    expect(() => runIdle()).toThrow('渲染失败')
    expect(work.pending()).toBe(0)
    expect(await isSettled(settled)).toBe(true)
  })

  it('puts the window’s own functions back, unless something replaced them since', () => {
    const { win } = idleWindow()
    const { requestIdleCallback, cancelIdleCallback } = win
    trackBoundedIdleWork(win).restore()
    expect(win.requestIdleCallback).toBe(requestIdleCallback)
    expect(win.cancelIdleCallback).toBe(cancelIdleCallback)
    const work = trackBoundedIdleWork(win)
    const later = () => 0
    win.requestIdleCallback = later
    work.restore()
    expect(win.requestIdleCallback).toBe(later)
  })
})

describe('the edit views that hold a save for the rich-text handover', () => {
  const collection = (slug: string, fields: CollectionConfig['fields']): CollectionConfig => ({ slug, fields })

  it('finds rich text at any depth', () => {
    expect(hasRichText([{ name: 'title', type: 'text' }])).toBe(false)
    expect(hasRichText([{ name: 'body', type: 'richText' }])).toBe(true)
    expect(hasRichText([{ type: 'row', fields: [{ name: 'body', type: 'richText' }] }])).toBe(true)
    expect(hasRichText([{ type: 'tabs', tabs: [{ label: '正文', fields: [{ name: 'body', type: 'richText' }] }] }])).toBe(true)
    expect(hasRichText([{ name: 'parts', type: 'array', fields: [{ name: 'note', type: 'textarea' }] }])).toBe(false)
    expect(hasRichText([{ name: 'layout', type: 'blocks', blocks: [{ slug: 'text', fields: [{ name: 'text', type: 'richText' }] }] }])).toBe(true)
  })

  it('adds the component to collections with rich text only', async () => {
    const config = await keepTypedText({
      collections: [
        collection('notes', [{ name: 'body', type: 'richText' }]),
        collection('tags', [{ name: 'name', type: 'text' }]),
      ],
    } as never)
    const [notes, tags] = config.collections ?? []
    expect(notes.admin?.components?.edit?.beforeDocumentControls).toEqual([KEEP_TYPED_TEXT_COMPONENT])
    expect(tags.admin?.components?.edit?.beforeDocumentControls).toBeUndefined()
  })

  it('is in the county portal’s 政府信息 and 政策解读 edit views', async () => {
    const config: SanitizedConfig = await configPromise
    for (const slug of ['documents', 'interpretations']) {
      const controls = config.collections.find((c) => c.slug === slug)?.admin?.components?.edit?.beforeDocumentControls ?? []
      expect(controls).toContain(KEEP_TYPED_TEXT_COMPONENT)
    }
  })
})
