import { embeddedIPv4, isForbiddenAddress, webhookUrlProblem, WEBHOOK_URL_CREDENTIALS, WEBHOOK_URL_OWN_ORIGIN, WEBHOOK_URL_PRIVATE, WEBHOOK_URL_SCHEME } from '../../../domain/http/privateAddress'

describe('isForbiddenAddress', () => {
  it.each([
    '127.0.0.1', '127.8.9.10', '0.0.0.0', '10.0.0.1', '100.64.0.1', '169.254.169.254', '172.16.0.1', '172.31.255.254', '192.168.0.1',
    '224.0.0.1', '255.255.255.255', '::', '::1', 'fc00::1', 'fd12:3456::1', 'fe80::1', 'ff02::1', '::ffff:127.0.0.1', '::ffff:7f00:1',
    '::ffff:10.0.0.1', '64:ff9b::7f00:1', '2002:7f00:1::', '[::1]',
  ])('refuses %s', (ip) => {
    expect(isForbiddenAddress(ip)).toBe(true)
  })

  it.each(['8.8.8.8', '172.32.0.1', '192.169.0.1', '2001:4860:4860::8888', '::ffff:8.8.8.8'])('allows %s', (ip) => {
    expect(isForbiddenAddress(ip)).toBe(false)
  })

  it('reads the IPv4 address inside mapped and translated IPv6 addresses', () => {
    expect(embeddedIPv4('::ffff:127.0.0.1')).toBe('127.0.0.1')
    expect(embeddedIPv4('64:ff9b::a00:1')).toBe('10.0.0.1')
    expect(embeddedIPv4('2001:db8::1')).toBeNull()
  })
})

describe('webhookUrlProblem', () => {
  it.each([
    'http://127.0.0.1/', 'http://0x7f000001/', 'http://2130706433/', 'http://017700000001/', 'http://127.1/', 'http://[::1]/',
    'http://[::ffff:127.0.0.1]/', 'http://localhost/', 'http://LOCALHOST./', 'http://a.b.localhost/', 'http://169.254.1.1/',
    'http://10.0.0.1/', 'http://172.16.5.4/', 'http://192.168.1.1/', 'http://[fc00::1]/', 'http://[fe80::1]/',
  ])('refuses %s as private', (url) => {
    expect(webhookUrlProblem(url)).toBe(WEBHOOK_URL_PRIVATE)
  })

  it('accepts a public receiver', () => {
    expect(webhookUrlProblem('https://build.example.gov.cn/hook')).toBeNull()
  })

  it('refuses other schemes and credentials', () => {
    expect(webhookUrlProblem('ftp://example.gov.cn/')).toBe(WEBHOOK_URL_SCHEME)
    expect(webhookUrlProblem('file:///etc/passwd')).toBe(WEBHOOK_URL_SCHEME)
    expect(webhookUrlProblem('https://user:pass@example.gov.cn/')).toBe(WEBHOOK_URL_CREDENTIALS)
  })

  it("refuses the app's own public name on any port, and its loopback address on its own port", () => {
    const ownOrigins = ['https://gk.example.gov.cn', 'http://127.0.0.1:3000']
    expect(webhookUrlProblem('https://gk.example.gov.cn:8443/api/users', { ownOrigins })).toBe(WEBHOOK_URL_OWN_ORIGIN)
    expect(webhookUrlProblem('http://127.0.0.1:3000/api', { ownOrigins, allowPrivate: true })).toBe(WEBHOOK_URL_OWN_ORIGIN)
    expect(webhookUrlProblem('http://127.0.0.1:4000/hook', { ownOrigins, allowPrivate: true })).toBeNull()
  })

  it('allows private receivers only when told to', () => {
    expect(webhookUrlProblem('http://127.0.0.1:4000/hook', { allowPrivate: true })).toBeNull()
  })
})
