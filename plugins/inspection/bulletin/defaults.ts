/** Names of the 通报 generator: its collection, its settings group, the file types it writes. */
export const BULLETINS_SLUG = 'inspection-bulletins'
/** 系统设置 › 季度通报 (the editable texts, domain/inspection/bulletinTemplates.ts). */
export const BULLETIN_SETTINGS_GROUP = 'inspectionBulletin'
export const BULLETIN_RULE_ID = 'bulletin-rectification'
export const BULLETIN_RULE_TITLE = '通报整改'
/** Column kind and department kind of the county office's 通知公告 column, where the draft goes. */
export const NOTICE_COLUMN_KIND = 'notice'
export const OFFICE_DEPARTMENT_KIND = 'office'
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
