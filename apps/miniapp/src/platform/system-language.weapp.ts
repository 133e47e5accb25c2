import Taro from '@tarojs/taro'

/** WeChat's UI language (`zh_CN`, `en`, `ja`…). */
export function systemLanguageTag(): string | undefined {
  try {
    // getAppBaseInfo replaces the deprecated getSystemInfoSync on newer base libraries.
    const info = typeof Taro.getAppBaseInfo === 'function' ? Taro.getAppBaseInfo() : Taro.getSystemInfoSync()
    return info.language || undefined
  } catch {
    return undefined
  }
}
