/** When the server may run without its own PAYLOAD_SECRET: only a development or test process on loopback. */
import { isLoopbackHost } from './originPolicy'

export const SECRET_REQUIRED = (host: string, nodeEnv: string | undefined) =>
  `必须设置 PAYLOAD_SECRET 环境变量（一段足够长的随机字符串）：服务监听在 ${host}，运行环境 NODE_ENV=${nodeEnv || '未设置'}。` +
  '只有在本机地址（127.0.0.1、localhost）以 development 或 test 环境运行时才使用内置的开发密钥。'

export const secretProblem = ({ secret, host, nodeEnv }: { secret?: string; host: string; nodeEnv?: string }): string | null => {
  if (secret) return null
  const developmentProcess = nodeEnv === 'development' || nodeEnv === 'test'
  return developmentProcess && isLoopbackHost(host) ? null : SECRET_REQUIRED(host, nodeEnv)
}
