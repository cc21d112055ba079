import { workerCount } from '../../../src/server/workers'

describe('SERVER_WORKERS', () => {
  it('is one worker when unset or empty', () => {
    expect(workerCount({})).toBe(1)
    expect(workerCount({ SERVER_WORKERS: ' ' })).toBe(1)
  })
  it('takes a count from 1 to 64', () => {
    expect(workerCount({ SERVER_WORKERS: '2' })).toBe(2)
    expect(workerCount({ SERVER_WORKERS: '64' })).toBe(64)
  })
  it.each(['0', '65', '1.5', '两个', '-2'])('refuses %s in Chinese', (value) => {
    expect(() => workerCount({ SERVER_WORKERS: value })).toThrow(`SERVER_WORKERS 应为 1 到 64 之间的整数：${value}`)
  })
})
