/**
 * An upload that could not be stored: the disk under MEDIA_DIR filled up while Payload wrote the file, or the object
 * storage (S3) failed. Nothing is kept — Payload rolls back the row, and the partial file is removed here — and the
 * editor reads why in Chinese instead of Payload's generic 「上传文件时出现了问题」 or 500.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { FileUploadError, type AfterErrorHook, type CollectionBeforeChangeHook } from 'payload'
import { codedError, type CodedError } from '../../domain/errors'

const TARGET = 'gongkaiUploadTarget'

type Target = { file: string; size: number }

/** Where Payload is about to write the new file (under the name it chose), for the cleanup below. */
export const rememberUploadTarget: CollectionBeforeChangeHook = ({ collection, data, req }) => {
  const upload = collection.upload
  if (req.file && upload.staticDir && !upload.disableLocalStorage && typeof data.filename === 'string') {
    // `filesize` as Payload measured it (req.file is by then Payload's own copy, without a size).
    const size = typeof data.filesize === 'number' ? data.filesize : (req.file.data?.length ?? 0)
    const target: Target = { file: path.join(path.resolve(upload.staticDir), path.basename(data.filename)), size }
    req.context[TARGET] = target
  }
  return data
}

/** Whether the file could not fit: after removing the partial file, fewer bytes (or inodes) are free than it needs. */
const noRoomFor = async (dir: string, size: number): Promise<boolean> => {
  const space = await fs.statfs(dir).catch(() => null)
  return space !== null && (space.bavail * space.bsize < size + space.bsize || space.ffree === 0)
}

/** An error of the AWS SDK (the S3 client adds `$metadata` to every error it throws, a refused connection too). */
const s3StatusOf = (error: Error): number | null => {
  const metadata = (error as { $metadata?: { httpStatusCode?: number } }).$metadata
  return metadata ? (metadata.httpStatusCode ?? 0) : null
}

const answer = (refusal: CodedError) => ({ status: refusal.status, response: { errors: [{ message: refusal.message }] } })

export const refuseStorageFailure: AfterErrorHook = async ({ error, req }) => {
  if (error instanceof FileUploadError) {
    const target = req.context[TARGET] as Target | undefined
    if (!target) return undefined
    await fs.rm(target.file, { force: true }).catch(() => undefined)
    if (!(await noRoomFor(path.dirname(target.file), target.size))) return undefined
    req.payload.logger.error({ msg: '附件存储空间不足，上传的文件未保存', dir: path.dirname(target.file), bytes: target.size })
    return answer(codedError('app.storage-full'))
  }
  const s3Status = s3StatusOf(error)
  if (s3Status === null) return undefined
  // 507 Insufficient Storage: an S3-compatible server (MinIO and others) out of space.
  return answer(codedError(s3Status === 507 ? 'app.storage-full' : 'app.storage-unavailable'))
}
