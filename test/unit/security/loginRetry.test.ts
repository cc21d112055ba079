import { parse } from 'graphql'
import { messageOf } from '../../../domain/errors'
import { beijingClockTime, loginAccountKey, minutesUntil } from '../../../domain/security/loginRetry'
import { graphqlLoginAccounts, restLoginAccount } from '../../../src/server/loginAccounts'

describe('when a rate-limited login may try again', () => {
  it('names the Beijing clock time of the first full minute at or after the end of the window', () => {
    expect(beijingClockTime(new Date('2026-12-02T00:45:00.000Z'))).toBe('08时45分')
    expect(beijingClockTime(new Date('2026-12-02T00:45:00.001Z'))).toBe('08时46分')
    expect(beijingClockTime(new Date('2026-12-01T15:59:30.000Z'))).toBe('00时00分')
  })

  it('counts whole minutes, rounded up, never 0', () => {
    const now = new Date('2026-12-02T00:30:00.000Z')
    expect(minutesUntil(new Date(now.getTime() + 15 * 60_000 - 5), now)).toBe(15)
    expect(minutesUntil(new Date(now.getTime() + 61_000), now)).toBe(2)
    expect(minutesUntil(now, now)).toBe(1)
  })

  it('says it in Chinese, per address in minutes and per account as a time', () => {
    expect(messageOf('app.login-rate-limited-ip', '15')).toBe('登录尝试过于频繁，请15分钟后再试')
    expect(messageOf('app.login-rate-limited-account', '08时45分')).toBe('该账号登录尝试过于频繁，请于 08时45分后重试')
  })
})

describe('the account a login names', () => {
  it('is the email trimmed and in lower case, or the username', () => {
    expect(loginAccountKey({ email: ' Editor@Demo.gov.cn ', password: 'x' })).toBe('editor@demo.gov.cn')
    expect(loginAccountKey({ username: 'Zhang', password: 'x' })).toBe('zhang')
    expect(loginAccountKey({ email: '', password: 'x' })).toBeNull()
    expect(loginAccountKey({ email: 42 })).toBeNull()
    expect(loginAccountKey(null)).toBeNull()
  })

  it('is read from a JSON body', () => {
    expect(restLoginAccount(Buffer.from(JSON.stringify({ email: 'A@b.cn', password: 'x' })), 'application/json')).toBe('a@b.cn')
    expect(restLoginAccount(Buffer.from('{not json'), 'application/json')).toBeNull()
    expect(restLoginAccount(undefined, 'application/json')).toBeNull()
  })

  it("is read from the _payload field of the admin's multipart form (the last one, as Payload reads it)", () => {
    const part = (name: string, value: string) => `--XyZ\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`
    const body = Buffer.from(`${part('_payload', JSON.stringify({ email: 'decoy@b.cn' }))}${part('_payload', JSON.stringify({ email: 'Editor@demo.gov.cn', password: 'x' }))}--XyZ--\r\n`)
    expect(restLoginAccount(body, 'multipart/form-data; boundary=XyZ')).toBe('editor@demo.gov.cn')
    expect(restLoginAccount(Buffer.from(`${part('other', '1')}--XyZ--\r\n`), 'multipart/form-data; boundary=XyZ')).toBeNull()
  })

  it('is read from every GraphQL login mutation, literal or variable, aliases included', () => {
    const document = parse('mutation($e: String!) { a: loginUser(email: "X@b.cn", password: "1") { token } b: loginUser(email: $e, password: "2") { token } forgotPasswordUser(email: "y@b.cn") }')
    expect(graphqlLoginAccounts(document, { e: 'z@b.cn' }, (name) => /^login[A-Z]/.test(name))).toEqual(['x@b.cn', 'z@b.cn'])
  })
})
