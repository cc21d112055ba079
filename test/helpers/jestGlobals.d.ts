/**
 * Jest's injected globals for the type checker: most test files use `describe`/`it`/`expect` without importing them
 * (jest injects them at run time), and @types/jest is not a dependency; the types come from jest's own @jest/globals.
 */
import type * as globals from '@jest/globals'

declare global {
  const describe: typeof globals.describe
  const it: typeof globals.it
  const test: typeof globals.test
  const expect: typeof globals.expect
  const beforeAll: typeof globals.beforeAll
  const afterAll: typeof globals.afterAll
  const beforeEach: typeof globals.beforeEach
  const afterEach: typeof globals.afterEach
}
