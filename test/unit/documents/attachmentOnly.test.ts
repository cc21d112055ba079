/** 禁止以附件等形式作为发布内容: which bodies say nothing but "see the attachment". */
import { isAttachmentOnlyBody } from '../../../domain/attachmentOnly'
import { lexicalFromParagraphs } from '../../../domain/lexicalText'

const link = (text: string, url = 'https://www.example.gov.cn/a.pdf') => ({ type: 'link', fields: { url }, children: [{ type: 'text', text }] })
const paragraph = (...children: object[]) => ({ root: { type: 'root', children: [{ type: 'paragraph', children }] } })
const text = (value: string) => ({ type: 'text', text: value })

describe('isAttachmentOnlyBody', () => {
  it.each([
    ['nothing', null],
    ['an empty editor', lexicalFromParagraphs([''])],
    ['blank paragraphs', lexicalFromParagraphs(['  ', '\u3000'])],
    ['a lone link', paragraph(link('点击下载'))],
    ['详见附件 and a link', paragraph(text('详见附件：'), link('关于做好防汛工作的通知.pdf'))],
    ['a bare URL', lexicalFromParagraphs(['https://www.example.gov.cn/files/2026/tongzhi.pdf'])],
    ['附件 numbered lines', lexicalFromParagraphs(['附件：1.', '2.'])],
  ])('is true for %s', (_name, value) => {
    expect(isAttachmentOnlyBody(value)).toBe(true)
  })

  it('is true for the attachment’s file name typed out', () => {
    expect(isAttachmentOnlyBody(lexicalFromParagraphs(['附件：2026年预算公开表.xlsx']), ['2026年预算公开表.xlsx'])).toBe(true)
    expect(isAttachmentOnlyBody(lexicalFromParagraphs(['2026年预算公开表']), ['2026年预算公开表.xlsx'])).toBe(true)
  })

  it.each([
    ['a sentence of its own', lexicalFromParagraphs(['请各乡镇于9月30日前完成汛后检查。'])],
    ['words next to the link', paragraph(text('现将防汛工作要求通知如下，'), link('附件'))],
    ['one word of content', lexicalFromParagraphs(['通知'])],
  ])('is false for %s', (_name, value) => {
    expect(isAttachmentOnlyBody(value)).toBe(false)
  })
})
