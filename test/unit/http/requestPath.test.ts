import { canonicalPathKey, isLoginRoute, normalizeRequestUrl } from '../../../domain/http/requestPath'

describe('normalizeRequestUrl', () => {
  it.each([
    ['/api/users/./login', '/api/users/login'],
    ['/api/users/%2e/login?x=1', '/api/users/login?x=1'],
    ['/api/x/../users/login', '/api/users/login'],
    ['/api\\users\\login', '/api/users/login'],
    ['http://evil.example/api/users/login?a=b', '/api/users/login?a=b'],
  ])('reads %s as Payload does: %s', (raw, normalized) => {
    expect(normalizeRequestUrl(raw)).toBe(normalized)
  })

  it('keeps a path that starts with // a path, never an authority', () => {
    expect(normalizeRequestUrl('//evil.example/api/users/login')).toBe('//evil.example/api/users/login')
  })
})

describe('canonicalPathKey', () => {
  it('ignores case, escapes, repeated and trailing slashes', () => {
    expect(canonicalPathKey('/API//Users/%6cogin/')).toBe('/api/users/login')
  })
})

describe('isLoginRoute', () => {
  it.each(['/api/users/login', '/api/users/./login', '/api/users/forgot-password/', '/api/users/reset-password', '/api/users/unlock'])('counts %s', (path) => {
    expect(isLoginRoute(path)).toBe(true)
  })

  it.each(['/api/users/me', '/api/users/logout', '/api/users/refresh-token', '/api/documents/login'])('does not count %s', (path) => {
    expect(isLoginRoute(path)).toBe(false)
  })
})
