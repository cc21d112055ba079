/** The post log's CSV: the platforms' export columns, every bad row named by its row number, GB18030 files. */
import { decodeCsv, monthOf, parseCsv, postImportRows } from '../../../domain/inspection/postImport'
import { postEntryProblem } from '../../../domain/inspection/postLog'

const HEADER = '账号名称,账号ID,平台,统计月份,发文数'

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes, CRLF and a BOM', () => {
    expect(parseCsv('\uFEFFa,"b,1","say ""hi"""\r\nc,d,e\r\n')).toEqual([
      ['a', 'b,1', 'say "hi"'],
      ['c', 'd', 'e'],
    ])
  })
})

describe('postImportRows', () => {
  it('takes the export’s rows, whatever other columns it has', () => {
    const result = postImportRows(parseCsv(`${HEADER}\n临江发布,ljfb,微信,2026-10,"1,234"\n临江微博,ljwb,weibo,2026/9,0\n`))
    expect(result).toEqual({
      ok: true,
      rows: [
        { row: 2, accountId: 'ljfb', platform: 'wechat', month: '2026-10', count: 1234 },
        { row: 3, accountId: 'ljwb', platform: 'weibo', month: '2026-09', count: 0 },
      ],
    })
  })

  it('names the missing header columns', () => {
    expect(postImportRows(parseCsv('账号ID,平台\nx,微信'))).toEqual({ ok: false, missing: ['统计月份', '发文数'] })
  })

  it('refuses every bad row by its row number, in Chinese', () => {
    const result = postImportRows(parseCsv(`${HEADER}\n甲,a,微信,2026-13,5\n乙,,微博,2026-10,-1\n丙,c,QQ,2026-10,3\n丁,a,微信,2026-10,1\n戊,a,微信,2026-10,2`))
    expect(result).toEqual({
      ok: false,
      problems: [
        '第 2 行：统计月份“2026-13”应写作 yyyy-MM',
        '第 3 行：账号ID为空；发文数“-1”应为不小于 0 的整数',
        '第 4 行：平台“QQ”无法识别（应为 微信、微博、抖音、今日头条、快手、哔哩哔哩、移动客户端、小程序、其他）',
        '第 6 行：与第 5 行重复（同一账号同一月份）',
      ],
    })
  })

  it('skips blank lines', () => {
    expect(postImportRows(parseCsv(`${HEADER}\n\n,,,,\n甲,a,微信,2026-10,5`))).toMatchObject({ ok: true, rows: [{ row: 4 }] })
  })
})

describe('months and counts', () => {
  it.each([
    ['2026-10', '2026-10'],
    ['2026/1', '2026-01'],
    ['2026年3月', '2026-03'],
    ['2026-00', null],
    ['10/2026', null],
  ])('reads %s as %s', (text, month) => expect(monthOf(text)).toBe(month))

  it.each([
    [{ month: '2026-10', count: 0 }, null],
    [{ month: '2026-1', count: 1 }, 'inspection.post-month'],
    [{ month: '2026-10', count: 1.5 }, 'inspection.post-count'],
    [{ month: '2026-10', count: -1 }, 'inspection.post-count'],
  ])('checks an entered row %o', (row, problem) => expect(postEntryProblem(row)).toBe(problem))
})

describe('decodeCsv', () => {
  it('reads UTF-8, and GB18030 as Excel saves CSV on Chinese Windows', () => {
    expect(decodeCsv(new TextEncoder().encode('账号ID'))).toBe('账号ID')
    expect(decodeCsv(Uint8Array.from([0xd5, 0xcb, 0xba, 0xc5, 0x49, 0x44]))).toBe('账号ID')
  })
})
