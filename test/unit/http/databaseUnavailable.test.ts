/** Which errors mean "the database cannot be reached now" (503 and Retry-After) rather than a failed request (500). */
import { isDatabaseBusy, isDatabaseUnavailable } from '../../../domain/http/databaseUnavailable'

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code })

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a refused connection (server down)', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a restart ending the session (57P01)', withCode('terminating connection due to administrator command', '57P01')],
    ['a server starting up (57P03)', withCode('the database system is starting up', '57P03')],
    ['a connection dropped mid-query', new Error('Connection terminated unexpectedly')],
    ['a dead client reused', new Error('Client has encountered a connection error and is not queryable')],
    ['the pool’s connect timeout', new Error('timeout exceeded when trying to connect')],
    ['a MongoDB server out of reach', Object.assign(new Error('Server selection timed out'), { name: 'MongoServerSelectionError' })],
  ])('recognises %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true)
  })

  it('looks through drizzle’s and Payload’s wrappers', () => {
    const query = new Error('Failed query: commit', { cause: withCode('terminating connection due to administrator command', '57P01') })
    const begin = new Error('Error: cannot begin transaction: Failed query', { cause: query })
    expect(isDatabaseUnavailable(begin)).toBe(true)
    expect(isDatabaseUnavailable({ message: 'GraphQL', originalError: begin })).toBe(true)
    expect(isDatabaseUnavailable(new AggregateError([new Error('x'), withCode('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED')]))).toBe(true)
  })

  it.each([
    ['a constraint violation', withCode('duplicate key value violates unique constraint', '23505')],
    ['a syntax error', withCode('syntax error at or near "x"', '42601')],
    ['a mail server timeout (nodemailer)', withCode('Greeting never received', 'ETIMEDOUT')],
    ['a validation error', new Error('下面的字段是无效的')],
    ['nothing at all', undefined],
  ])('does not take %s for an outage', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false)
  })

  it('stops on a cause that refers back to itself', () => {
    const error: Error & { cause?: unknown } = new Error('loop')
    error.cause = error
    expect(isDatabaseUnavailable(error)).toBe(false)
  })
})

describe('isDatabaseBusy', () => {
  it('recognises a SQLite COMMIT that found the database busy, through drizzle’s wrapper', () => {
    const busy = withCode('SQLITE_BUSY: cannot commit transaction - SQL statements in progress', 'SQLITE_BUSY')
    expect(isDatabaseBusy(new Error('Failed query: commit', { cause: busy }))).toBe(true)
    expect(isDatabaseUnavailable(busy)).toBe(false)
  })

  it('does not take other SQLite errors for it', () => {
    expect(isDatabaseBusy(withCode('UNIQUE constraint failed', 'SQLITE_CONSTRAINT'))).toBe(false)
  })
})
