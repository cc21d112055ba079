import { storageSettings } from '../../src/lib/storage'

describe('storageSettings › where 附件 are kept', () => {
  it('keeps them on the local disk when neither S3_BUCKET nor S3_ENDPOINT is set', () => {
    expect(storageSettings({})).toEqual({ kind: 'local' })
  })

  it('uses the object storage when both are set, path-style by default, with the default region', () => {
    expect(storageSettings({ S3_BUCKET: 'gongkai', S3_ENDPOINT: 'http://10.0.0.5:9000/' })).toEqual({
      kind: 's3',
      bucket: 'gongkai',
      endpoint: 'http://10.0.0.5:9000',
      region: 'us-east-1',
      forcePathStyle: true,
    })
  })

  it('takes the region, the keys, virtual-host addressing and a prefix without its slashes', () => {
    const settings = storageSettings({
      S3_BUCKET: 'gongkai',
      S3_ENDPOINT: 'https://oss-cn-hangzhou.aliyuncs.com',
      S3_REGION: 'oss-cn-hangzhou',
      S3_ACCESS_KEY_ID: 'AK',
      S3_SECRET_ACCESS_KEY: 'SK',
      S3_FORCE_PATH_STYLE: 'false',
      S3_PREFIX: '/county/media/',
    })
    expect(settings).toEqual({
      kind: 's3',
      bucket: 'gongkai',
      endpoint: 'https://oss-cn-hangzhou.aliyuncs.com',
      region: 'oss-cn-hangzhou',
      credentials: { accessKeyId: 'AK', secretAccessKey: 'SK' },
      forcePathStyle: false,
      prefix: 'county/media',
    })
  })

  it.each([
    [{ S3_BUCKET: 'gongkai' }, '对象存储配置不完整：S3_BUCKET 与 S3_ENDPOINT 须同时设置（都不设置则附件保存在本机 MEDIA_DIR）'],
    [{ S3_ENDPOINT: 'http://127.0.0.1:9000' }, '对象存储配置不完整：S3_BUCKET 与 S3_ENDPOINT 须同时设置（都不设置则附件保存在本机 MEDIA_DIR）'],
    [{ S3_BUCKET: 'gongkai', S3_ENDPOINT: 'http://127.0.0.1:9000', S3_ACCESS_KEY_ID: 'AK' }, '对象存储配置不完整：S3_ACCESS_KEY_ID 与 S3_SECRET_ACCESS_KEY 须同时设置'],
  ])('refuses half a setting (%j) instead of quietly keeping files on one instance’s disk', (env, message) => {
    expect(() => storageSettings(env)).toThrow(message)
  })
})
