/**
 * A real S3-compatible server (s3rver) on loopback, its buckets in a temp dir, and the settings that point the app at it
 * (src/lib/storage.ts). s3rver checks each request's signature against its one account, S3RVER/S3RVER.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { GetObjectCommand, ListObjectsV2Command, S3 } from '@aws-sdk/client-s3'
import S3rver from 's3rver'

export type S3TestServer = {
  endpoint: string
  bucket: string
  /** The app's environment for this server (S3_BUCKET, S3_ENDPOINT, …). */
  env: Record<string, string>
  client: S3
  /** Every key in the bucket. */
  keys: () => Promise<string[]>
  object: (key: string) => Promise<Buffer>
  /** Stops answering (the port refuses connections); `start` serves the same buckets again on the same port. */
  stop: () => Promise<void>
  start: () => Promise<void>
  close: () => Promise<void>
}

const ACCOUNT = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }

export const startS3Server = async (bucket = 'gongkai-media', extraEnv: Record<string, string> = {}): Promise<S3TestServer> => {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-s3-'))
  let port = 0
  let server: S3rver | null = null
  const start = async () => {
    if (server) return
    server = new S3rver({ address: '127.0.0.1', port, silent: true, directory, configureBuckets: [{ name: bucket }] })
    port = (await server.run()).port
  }
  const stop = async () => {
    if (!server) return
    const running = server
    server = null
    // The SDK keeps sockets alive; close() would wait for them.
    running.httpServer?.closeAllConnections()
    await running.close()
  }
  await start()
  const endpoint = `http://127.0.0.1:${port}`
  const client = new S3({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: ACCOUNT })
  const keys = async () => {
    const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket }))
    return (listed.Contents ?? []).map((entry) => entry.Key!).sort()
  }
  return {
    endpoint,
    bucket,
    env: { S3_BUCKET: bucket, S3_ENDPOINT: endpoint, S3_REGION: 'us-east-1', S3_ACCESS_KEY_ID: ACCOUNT.accessKeyId, S3_SECRET_ACCESS_KEY: ACCOUNT.secretAccessKey, ...extraEnv },
    client,
    keys,
    object: async (key) => Buffer.from(await (await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }))).Body!.transformToByteArray()),
    stop,
    start,
    close: async () => {
      client.destroy()
      await stop()
      fs.rmSync(directory, { recursive: true, force: true })
    },
  }
}
