import fs from 'node:fs'
import { secretProblem, SECRET_REQUIRED } from '../../../domain/http/secretPolicy'

describe('secretProblem', () => {
  it.each([
    ['0.0.0.0', 'development'],
    ['192.168.1.5', 'test'],
    ['127.0.0.1', undefined],
    ['127.0.0.1', 'production'],
    ['localhost', 'staging'],
  ])('requires PAYLOAD_SECRET on %s with NODE_ENV=%s', (host, nodeEnv) => {
    expect(secretProblem({ host, nodeEnv })).toBe(SECRET_REQUIRED(host, nodeEnv))
  })

  it.each([
    ['127.0.0.1', 'development'],
    ['localhost', 'test'],
    ['::1', 'development'],
  ])('lets a development process on %s (%s) use the built-in secret', (host, nodeEnv) => {
    expect(secretProblem({ host, nodeEnv })).toBeNull()
  })

  it('is satisfied by any PAYLOAD_SECRET', () => {
    expect(secretProblem({ secret: 's3cret', host: '0.0.0.0', nodeEnv: 'production' })).toBeNull()
  })

  it('names the host and the environment in Chinese', () => {
    expect(SECRET_REQUIRED('0.0.0.0', undefined)).toContain('必须设置 PAYLOAD_SECRET 环境变量')
    expect(SECRET_REQUIRED('0.0.0.0', undefined)).toContain('NODE_ENV=未设置')
  })

  it('is met by `npm run dev`, which runs as development', () => {
    const scripts = JSON.parse(fs.readFileSync('package.json', 'utf8')).scripts
    expect(scripts.dev).toContain('NODE_ENV=development')
  })
})
