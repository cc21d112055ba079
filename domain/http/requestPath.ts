/**
 * One reading of a request path for every layer of the HTTP door. Payload routes on the WHATWG-normalised path
 * (`/api/users/./login` is its login), Express on the raw one: the door rewrites every request to the normalised
 * form first, and matches its limits on a canonical key that also ignores case, escapes and trailing slashes.
 */

/** The path and query as a WHATWG URL parser (Payload's `new URL(request.url)`) reads them. */
export const normalizeRequestUrl = (rawUrl: string): string => {
  // Concatenated, never resolved against a base: `//evil/api/x` is a path, not an authority.
  const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(rawUrl) ? new URL(rawUrl) : new URL(`http://door.invalid${rawUrl.startsWith('/') ? '' : '/'}${rawUrl}`)
  return `${url.pathname}${url.search}`
}

const decodeSafely = (path: string): string => {
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}

/** The key a limit matches on: decoded, lower case, no repeated or trailing slashes (`/API//Users/%6cogin/` → `/api/users/login`). */
export const canonicalPathKey = (path: string): string => {
  const decoded = normalizeRequestUrl(decodeSafely(path.split('?')[0]).replace(/\\/g, '/')).split('?')[0]
  const collapsed = decoded.toLowerCase().replace(/\/{2,}/g, '/')
  return collapsed.length > 1 ? collapsed.replace(/\/+$/, '') : collapsed
}

/** Auth routes under /api/<auth collection>/… that the login limit counts (each attempt is a password guess or a mail). */
export const LOGIN_ROUTES = ['login', 'forgot-password', 'reset-password', 'unlock'] as const

export const isLoginRoute = (path: string, authCollections: readonly string[] = ['users']): boolean => {
  const key = canonicalPathKey(path)
  return authCollections.some((slug) => LOGIN_ROUTES.some((route) => key === `/api/${slug}/${route}`))
}

/** GraphQL mutations that are login attempts in disguise, counted by the same limit (one per occurrence, aliases included). */
export const LOGIN_MUTATION_PREFIXES = ['login', 'forgotPassword', 'resetPassword', 'unlock'] as const
