/**
 * Checks a password against a stored Payload hash, the way Payload 3.90 does it
 * (payload/dist/auth/strategies/local/generatePasswordSaltHash.js and authenticate.js): PBKDF2-SHA256 over the
 * hex salt, 600,000 iterations and 32 bytes for `pbkdf2-sha256-v1:` hashes, 25,000 and 512 for older ones.
 * Used for the password history and for the login check that runs before Payload's.
 */
import crypto from 'node:crypto'

export type StoredPassword = { hash?: string | null; salt?: string | null }

const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'

const parametersOf = (hash: string) =>
  hash.startsWith(CURRENT_PREFIX)
    ? { hex: hash.slice(CURRENT_PREFIX.length), iterations: 600_000, keyLength: 32 }
    : { hex: hash, iterations: 25_000, keyLength: 512 }

const pbkdf2 = (password: string, salt: string, iterations: number, keyLength: number): Promise<Buffer> =>
  new Promise((resolve, reject) => crypto.pbkdf2(password, salt, iterations, keyLength, 'sha256', (error, key) => (error ? reject(error) : resolve(key))))

export const matchesPassword = async (password: string, stored: StoredPassword | null | undefined): Promise<boolean> => {
  if (!stored || typeof stored.hash !== 'string' || typeof stored.salt !== 'string') return false
  const { hex, iterations, keyLength } = parametersOf(stored.hash)
  const expected = Buffer.from(hex, 'hex')
  const actual = await pbkdf2(password, stored.salt, iterations, keyLength)
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected)
}

export const matchesAnyPassword = async (password: string, stored: ReadonlyArray<StoredPassword | null | undefined>): Promise<boolean> => {
  for (const entry of stored) if (await matchesPassword(password, entry)) return true
  return false
}

/** The same work as a real check, for an email no account has: the answer takes as long either way. */
export const wastePasswordCheck = async (password: string): Promise<false> => {
  await pbkdf2(password, 'no-such-account', 600_000, 32)
  return false
}
