export default function (config) {
  config.setQuietMode(true)
  return { templateFormats: ['11ty.js'] }
}
