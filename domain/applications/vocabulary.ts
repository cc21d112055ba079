/**
 * The words of the 依申请公开 register (条例 27–45, 2019): channels, applicant types, states and the outcome codes,
 * which are exactly the rows of table 三 of the annual report (国办公开办函〔2021〕30号).
 */

/** 条例31: how an application arrived; the receipt date follows from it. */
export const APPLICATION_CHANNELS = [
  { value: 'online', label: '网上申请' },
  { value: 'letter', label: '信函' },
  { value: 'in-person', label: '当面提交' },
  { value: 'fax', label: '传真' },
  { value: 'transfer', label: '转办' },
] as const
export type ApplicationChannel = (typeof APPLICATION_CHANNELS)[number]['value']

/** 条例29: the applicant's identity document. */
export const ID_TYPES = [
  { value: 'resident-id', label: '居民身份证' },
  { value: 'passport', label: '护照' },
  { value: 'hk-macao-permit', label: '港澳居民来往内地通行证' },
  { value: 'taiwan-permit', label: '台湾居民来往大陆通行证' },
  { value: 'other', label: '其他有效身份证件' },
] as const

/** 条例29: the form in which the applicant wants the information. */
export const DELIVERIES = [
  { value: 'post', label: '邮寄' },
  { value: 'email', label: '电子邮件' },
  { value: 'pickup', label: '当面领取' },
  { value: 'fax', label: '传真' },
] as const

/** 条例29 and the annual report's columns: 自然人, then 法人或其他组织 in five kinds. */
export const APPLICANT_TYPES = [
  { value: 'person', label: '自然人' },
  { value: 'company', label: '商业企业' },
  { value: 'research', label: '科研机构' },
  { value: 'public-interest', label: '社会公益组织' },
  { value: 'legal-service', label: '法律服务机构' },
  { value: 'other-org', label: '其他' },
] as const
export type ApplicantType = (typeof APPLICANT_TYPES)[number]['value']

/** The steps of an application's 办理记录 (its history), in Chinese. */
export const HISTORY_TYPES = [
  { value: 'received', label: '收到申请' },
  { value: 'correction-requested', label: '要求补正' },
  { value: 'correction-received', label: '收到补正' },
  { value: 'extended', label: '延期答复' },
  { value: 'consultation-started', label: '征求意见' },
  { value: 'consultation-ended', label: '收到意见' },
  { value: 'delayed', label: '延迟答复' },
  { value: 'transferred', label: '转办' },
  { value: 'fee-notice', label: '收费通知' },
  { value: 'fee-paid', label: '缴纳信息处理费' },
  { value: 'answered', label: '答复' },
  { value: 'abandoned', label: '视为放弃申请办结' },
] as const

export const APPLICATION_STATUSES = [
  { value: 'received', label: '已收到' },
  { value: 'awaiting-correction', label: '待补正' },
  { value: 'in-progress', label: '办理中' },
  { value: 'consulting', label: '征求意见中' },
  { value: 'awaiting-payment', label: '待缴费' },
  { value: 'extended', label: '已延期' },
  { value: 'answered', label: '已答复' },
  { value: 'closed', label: '已办结' },
] as const
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number]['value']

/**
 * Table 三's 本年度办理结果, row by row: the group (（一）…（六）), the number within it, and the official wording.
 * An answered application has exactly one of these codes.
 */
export const APPLICATION_OUTCOMES = [
  { value: 'granted', group: '（一）予以公开', label: '予以公开' },
  { value: 'partly-granted', group: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', label: '部分公开' },
  { value: 'refused:state-secret', group: '（三）不予公开', label: '1.属于国家秘密' },
  { value: 'refused:prohibited-by-law', group: '（三）不予公开', label: '2.其他法律行政法规禁止公开' },
  { value: 'refused:security-stability', group: '（三）不予公开', label: '3.危及“三安全一稳定”' },
  { value: 'refused:third-party', group: '（三）不予公开', label: '4.保护第三方合法权益' },
  { value: 'refused:internal-affairs', group: '（三）不予公开', label: '5.属于三类内部事务信息' },
  { value: 'refused:process-information', group: '（三）不予公开', label: '6.属于四类过程性信息' },
  { value: 'refused:enforcement-file', group: '（三）不予公开', label: '7.属于行政执法案卷' },
  { value: 'refused:administrative-query', group: '（三）不予公开', label: '8.属于行政查询事项' },
  { value: 'unavailable:not-held', group: '（四）无法提供', label: '1.本机关不掌握相关政府信息' },
  { value: 'unavailable:needs-creation', group: '（四）无法提供', label: '2.没有现成信息需要另行制作' },
  { value: 'unavailable:still-unclear', group: '（四）无法提供', label: '3.补正后申请内容仍不明确' },
  { value: 'not-handled:petition', group: '（五）不予处理', label: '1.信访举报投诉类申请' },
  { value: 'not-handled:repeat', group: '（五）不予处理', label: '2.重复申请' },
  { value: 'not-handled:publication', group: '（五）不予处理', label: '3.要求提供公开出版物' },
  { value: 'not-handled:excessive', group: '（五）不予处理', label: '4.无正当理由大量反复申请' },
  { value: 'not-handled:confirmation', group: '（五）不予处理', label: '5.要求行政机关确认或重新出具已获取信息' },
  { value: 'other:no-correction', group: '（六）其他处理', label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请' },
  { value: 'other:unpaid-fee', group: '（六）其他处理', label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请' },
  { value: 'other:other', group: '（六）其他处理', label: '3.其他' },
] as const
export type ApplicationOutcome = (typeof APPLICATION_OUTCOMES)[number]['value']

export const isOutcome = (value: unknown): value is ApplicationOutcome => APPLICATION_OUTCOMES.some((o) => o.value === value)
