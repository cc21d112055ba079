/** Required fields an item must have before it is submitted (drafts may be saved incomplete). */
const REQUIRED: Record<'documents' | 'interpretations', Array<[string, string]>> = {
  documents: [['title', '标题'], ['column', '所属栏目'], ['department', '发布机构'], ['formedAt', '成文日期'], ['disclosure', '公开属性']],
  interpretations: [['title', '标题'], ['policy', '所解读的政策文件'], ['department', '解读机构'], ['form', '解读形式']],
}

export const missingRequiredFields = (collection: 'documents' | 'interpretations', item: Record<string, unknown>): string[] =>
  REQUIRED[collection].filter(([field]) => item[field] === undefined || item[field] === null || item[field] === '').map(([, label]) => label)
