import { parseConfig } from './config'

describe('parseConfig', () => {
  it('defaults to the same origin in a browser', () => {
    expect(parseConfig({}, 'h5')).toEqual({ apiBaseUrl: '' })
    expect(parseConfig({ TARO_APP_API_BASE: ' ' }, 'h5')).toEqual({ apiBaseUrl: '' })
  })

  it('accepts an http(s) origin and drops a trailing slash', () => {
    expect(parseConfig({ TARO_APP_API_BASE: 'https://invest.example.gov.cn/' }, 'weapp')).toEqual({ apiBaseUrl: 'https://invest.example.gov.cn' })
    expect(parseConfig({ TARO_APP_API_BASE: 'http://127.0.0.1:3000' }, 'h5')).toEqual({ apiBaseUrl: 'http://127.0.0.1:3000' })
  })

  it('refuses a WeChat build without an https origin, naming the variable', () => {
    expect(() => parseConfig({}, 'weapp')).toThrow(/TARO_APP_API_BASE must be the API's https:\/\/ origin for a WeChat build/)
    expect(() => parseConfig({ TARO_APP_API_BASE: 'http://invest.example.gov.cn' }, 'weapp')).toThrow(/TARO_APP_API_BASE/)
  })

  it('fails loudly on anything else', () => {
    expect(() => parseConfig({ TARO_APP_API_BASE: 'invest.example.gov.cn' }, 'h5')).toThrow(/TARO_APP_API_BASE/)
  })
})
