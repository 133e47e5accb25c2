import Taro from '@tarojs/taro'
import { createInvestorApiClient, type InvestorApiClient, type Transport } from '@zhaoshang/api-client'
import { getI18n, type I18n } from '../i18n'
import { appConfig } from './config'
import { currentLanguage, initialLanguage } from './language'

/** Transport over Taro.request (wx.request in the mini-program, fetch in H5). */
export const taroTransport: Transport = async (request) => {
  const response = await Taro.request<unknown>({
    url: request.url,
    method: request.method,
    header: request.headers,
    // GET has no body; H5 would serialise `data` into the query string
    ...(request.body === undefined ? {} : { data: request.body }),
    dataType: 'json',
  }).catch((cause: unknown) => {
    // Taro rejects with `{ errMsg }`; the client turns any throw into an ApiError with code NETWORK.
    const message = typeof cause === 'object' && cause !== null && 'errMsg' in cause ? String(cause.errMsg) : String(cause)
    throw new Error(message)
  })
  // An empty body arrives as '' (weapp) or undefined; the client contract says null.
  const body: unknown = response.data === '' || response.data === undefined ? null : response.data
  return { status: response.statusCode, body }
}

/**
 * The one client every page uses (through `useApi`, so tests can hand in a client over a fake
 * transport). Requests carry the app's current language, so server messages arrive in it.
 */
export const api: InvestorApiClient = createInvestorApiClient({
  baseUrl: appConfig.apiBaseUrl,
  transport: taroTransport,
  getLanguage: () => {
    // the instance the app created; before that, the launch language
    const i18n: I18n | undefined = getI18n()
    return i18n ? currentLanguage(i18n) : initialLanguage()
  },
})
