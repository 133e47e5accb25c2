import Taro from '@tarojs/taro'
import type { InvestorApiClient } from '@zhaoshang/api-client'

/** WeChat identity: a one-time login code that the server exchanges for the openid. */
export async function signIn(api: InvestorApiClient) {
  const { code } = await Taro.login()
  return api.wechatLogin({ body: { code } })
}
