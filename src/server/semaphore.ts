/** A counting semaphore with a bounded wait: `acquire` resolves to a release function, or rejects after `waitMs`. */
export class SemaphoreTimeout extends Error {}

export const semaphore = (max: number) => {
  let active = 0
  const waiting: Array<() => void> = []
  const release = () => {
    active -= 1
    const next = waiting.shift()
    if (next) next()
  }
  const acquire = (waitMs: number): Promise<() => void> =>
    new Promise((resolve, reject) => {
      const grant = () => {
        active += 1
        let released = false
        resolve(() => {
          if (released) return
          released = true
          release()
        })
      }
      if (active < max) return grant()
      const entry = () => {
        clearTimeout(timer)
        grant()
      }
      const timer = setTimeout(() => {
        const index = waiting.indexOf(entry)
        if (index >= 0) waiting.splice(index, 1)
        reject(new SemaphoreTimeout())
      }, waitMs)
      waiting.push(entry)
    })
  return { acquire, get active() { return active }, get waiting() { return waiting.length } }
}
