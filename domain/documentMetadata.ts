/**
 * The 信息要素 of a 政府信息公开目录 entry beyond the SPEC's core (seed 000: "信息标题、来源、作者等信息要素"; the 目录 header
 * of 甘州's pages, seed 004: 索引号、发文字号、关键词、发布机构、公开形式、责任部门、生成日期、是否有效). 公开方式 is the item's
 * 公开属性 (`disclosure`: 主动公开/依申请公开…); 公开形式 is where it is published.
 */

/** 公开形式: the channels of 条例第二十三、二十四条 and the 标准目录's 公开渠道和载体. */
export const DISCLOSURE_FORMS = [
  { value: 'website', label: '政府网站' },
  { value: 'gazette', label: '政府公报' },
  { value: 'new-media', label: '政务新媒体（两微一端）' },
  { value: 'press', label: '新闻发布会/听证会' },
  { value: 'broadcast', label: '广播电视' },
  { value: 'print', label: '报刊（纸质媒体）' },
  { value: 'reading-room', label: '公开查阅点（档案馆、图书馆、政务服务中心）' },
  { value: 'bulletin-board', label: '公开栏/电子屏' },
  { value: 'other', label: '其他' },
] as const

/** 文种: the 15 kinds of 党政机关公文处理工作条例 (中办发〔2012〕14号) 第八条, and 其他 for what is not a 公文. */
export const GENRES = [
  { value: 'resolution', label: '决议' },
  { value: 'decision', label: '决定' },
  { value: 'order', label: '命令（令）' },
  { value: 'communique', label: '公报' },
  { value: 'announcement', label: '公告' },
  { value: 'public-notice', label: '通告' },
  { value: 'opinion', label: '意见' },
  { value: 'notice', label: '通知' },
  { value: 'circular', label: '通报' },
  { value: 'report', label: '报告' },
  { value: 'request', label: '请示' },
  { value: 'reply', label: '批复' },
  { value: 'motion', label: '议案' },
  { value: 'letter', label: '函' },
  { value: 'minutes', label: '纪要' },
  { value: 'other', label: '其他' },
] as const

/** Field names of the group, for the public paths, the content hash and the admin search. */
export const METADATA_FIELDS = ['keywords', 'disclosureForms', 'responsibleDepartment', 'genre', 'source', 'byline'] as const
