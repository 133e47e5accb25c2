import { parseConfig } from './config'

describe('parseConfig', () => {
  it('defaults to the same origin', () => {
    expect(parseConfig({})).toEqual({ apiBaseUrl: '' })
    expect(parseConfig({ TARO_APP_API_BASE: ' ' })).toEqual({ apiBaseUrl: '' })
  })

  it('accepts an http(s) origin and drops a trailing slash', () => {
    expect(parseConfig({ TARO_APP_API_BASE: 'https://invest.example.gov.cn/' })).toEqual({ apiBaseUrl: 'https://invest.example.gov.cn' })
  })

  it('fails loudly on anything else', () => {
    expect(() => parseConfig({ TARO_APP_API_BASE: 'invest.example.gov.cn' })).toThrow(/TARO_APP_API_BASE/)
  })
})
