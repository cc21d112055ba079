import { semaphore, SemaphoreTimeout } from '../../../src/server/semaphore'

describe('semaphore', () => {
  it('lets `max` holders in at once and the next one in when a slot is released', async () => {
    const slots = semaphore(2)
    const a = await slots.acquire(1000)
    await slots.acquire(1000)
    let third = false
    const pending = slots.acquire(1000).then((release) => {
      third = true
      return release
    })
    await new Promise((r) => setTimeout(r, 10))
    expect(third).toBe(false)
    a()
    ;(await pending)()
    expect(third).toBe(true)
  })

  it('gives up after the wait with SemaphoreTimeout, leaving the line as it was', async () => {
    const slots = semaphore(1)
    const release = await slots.acquire(1000)
    await expect(slots.acquire(20)).rejects.toBeInstanceOf(SemaphoreTimeout)
    expect(slots.waiting).toBe(0)
    release()
    release()
    expect(slots.active).toBe(0)
  })
})
