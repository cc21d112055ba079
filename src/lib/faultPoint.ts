/**
 * The fault tests' seam (domain/faultPoints.ts), read from the environment outside production:
 * `GONGKAI_FAULT_POINT=<point>[@<n>]` holds the n-th pass through that point (default the first) forever, after writing
 * `GONGKAI_FAULT_MARKER` (a file the test waits for before it kills the process).
 */
import fs from 'node:fs'
import { FAULT_POINTS, type FaultPoint, type FaultPointName } from '../../domain/faultPoints'

export const faultPointFromEnv = (env: NodeJS.ProcessEnv = process.env): FaultPoint | undefined => {
  const spec = env.GONGKAI_FAULT_POINT
  if (!spec || env.NODE_ENV === 'production') return undefined
  const [point, nth = '1'] = spec.split('@')
  if (!FAULT_POINTS.includes(point as FaultPointName)) throw new Error(`GONGKAI_FAULT_POINT 无法识别：${point}（可选：${FAULT_POINTS.join('、')}）`)
  let passes = 0
  return async (name) => {
    if (name !== point || ++passes !== Number(nth)) return
    if (env.GONGKAI_FAULT_MARKER) fs.writeFileSync(env.GONGKAI_FAULT_MARKER, `${name} ${process.pid}\n`)
    await new Promise<never>(() => undefined)
  }
}
