/**
 * domain/applications/annualTable.ts: table 三 of the annual report, by hand on a small register, and balanced on
 * many random registers against a count made independently, application by application.
 */
import { annualTable, tableImbalances, TABLE_COLUMNS, type TableApplication } from '../../../domain/applications/annualTable'
import { APPLICANT_TYPES, APPLICATION_OUTCOMES } from '../../../domain/applications/vocabulary'

describe('table 三 for 2026', () => {
  const register: TableApplication[] = [
    // Received in 2025, answered in 2026: 上年结转, and its outcome.
    { applicantType: 'person', receivedAt: '2025-12-20', concludedAt: '2026-01-12', outcome: 'granted' },
    // Received and answered in 2025: not in 2026's table.
    { applicantType: 'person', receivedAt: '2025-11-02', concludedAt: '2025-11-20', outcome: 'granted' },
    // Received in 2026, answered in 2026.
    { applicantType: 'company', receivedAt: '2026-03-02', concludedAt: '2026-03-20', outcome: 'refused:third-party' },
    // Received in 2026, still open at its end: 结转下年度.
    { applicantType: 'legal-service', receivedAt: '2026-12-15', concludedAt: null, outcome: null },
    // Received in 2026, answered in 2027: 结转下年度 too.
    { applicantType: 'person', receivedAt: '2026-12-28', concludedAt: '2027-01-10', outcome: 'partly-granted' },
    // Abandoned after a 补正 request.
    { applicantType: 'person', receivedAt: '2026-05-06', concludedAt: '2026-06-01', outcome: 'other:no-correction' },
    // Received in 2027: not in it.
    { applicantType: 'research', receivedAt: '2027-01-04', concludedAt: null, outcome: null },
  ]
  const table = annualTable(2026, register)

  it('counts 新收, 上年结转, the outcomes, 总计 and 结转下年度 by applicant type', () => {
    expect(table.rows.new).toMatchObject({ person: 2, company: 1, 'legal-service': 1, total: 4 })
    expect(table.rows['carried-in']).toMatchObject({ person: 1, total: 1 })
    expect(table.rows.granted).toMatchObject({ person: 1, total: 1 })
    expect(table.rows['refused:third-party']).toMatchObject({ company: 1, total: 1 })
    expect(table.rows['other:no-correction']).toMatchObject({ person: 1, total: 1 })
    expect(table.rows['partly-granted'].total).toBe(0)
    expect(table.rows.total).toMatchObject({ person: 2, company: 1, total: 3 })
    expect(table.rows['carried-out']).toMatchObject({ person: 1, 'legal-service': 1, total: 2 })
    expect(table.rows.new.research).toBe(0)
  })

  it('balances: 新收 + 结转 = 总计 + 结转下年度 in every column', () => {
    expect(tableImbalances(table)).toEqual([])
  })

  it('says which column does not balance', () => {
    const broken = annualTable(2026, register)
    broken.rows.new.company++
    expect(tableImbalances(broken)).toEqual([expect.stringMatching(/^“商业企业”列不平衡：本年新收 2 \+ 上年结转 0 ≠ 办理结果总计 1 \+ 结转下年度 0/)])
  })
})

describe('random registers', () => {
  // A small deterministic generator (mulberry32): the same registers on every run and every machine.
  const random = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const day = (next: () => number, fromYear: number, years: number) => {
    const d = new Date(Date.UTC(fromYear, 0, 1) + Math.floor(next() * years * 365) * 86_400_000)
    return d.toISOString().slice(0, 10)
  }

  it('always balance, and each cell equals a count made from the applications one by one', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const next = random(seed)
      const register: TableApplication[] = Array.from({ length: 1 + Math.floor(next() * 60) }, () => {
        const receivedAt = day(next, 2024, 4)
        const open = next() < 0.2
        const concludedAt = open ? null : new Date(Date.parse(receivedAt) + Math.floor(next() * 90) * 86_400_000).toISOString().slice(0, 10)
        return {
          applicantType: APPLICANT_TYPES[Math.floor(next() * APPLICANT_TYPES.length)]!.value,
          receivedAt,
          concludedAt,
          outcome: open ? null : APPLICATION_OUTCOMES[Math.floor(next() * APPLICATION_OUTCOMES.length)]!.value,
        }
      })
      for (const year of [2024, 2025, 2026, 2027]) {
        const table = annualTable(year, register)
        expect(tableImbalances(table)).toEqual([])
        for (const column of TABLE_COLUMNS) {
          const mine = register.filter((a) => column === 'total' || a.applicantType === column)
          const inYear = (d: string | null) => d !== null && d.startsWith(String(year))
          expect(table.rows.new[column]).toBe(mine.filter((a) => inYear(a.receivedAt)).length)
          expect(table.rows['carried-in'][column]).toBe(mine.filter((a) => a.receivedAt < `${year}` && (a.concludedAt === null || a.concludedAt >= `${year}`)).length)
          expect(table.rows.total[column]).toBe(mine.filter((a) => inYear(a.concludedAt)).length)
          for (const { value } of APPLICATION_OUTCOMES) expect(table.rows[value][column]).toBe(mine.filter((a) => inYear(a.concludedAt) && a.outcome === value).length)
        }
      }
    }
  })
})
