import Taro from '@tarojs/taro'

/** WeChat's UI language (`zh_CN`, `en`, `ja`…). */
export function systemLanguageTag(): string | undefined {
  try {
    return Taro.getAppBaseInfo().language || undefined
  } catch {
    return undefined
  }
}
