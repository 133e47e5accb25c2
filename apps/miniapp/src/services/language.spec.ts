import Taro from '@tarojs/taro'
import type { TaroMock } from '../../test/taro-mock'
import { createI18n } from '../i18n'
import { initialLanguage, LANGUAGE_STORAGE_KEY, switchLanguage } from './language'

jest.mock('@tarojs/taro', () => jest.requireActual<typeof import('../../test/taro-mock')>('../../test/taro-mock').createTaroMock())

const storage = (jest.requireMock<TaroMock>('@tarojs/taro')).storage
const browserLanguages = jest.spyOn(window.navigator, 'languages', 'get')

beforeEach(() => {
  storage.clear()
  browserLanguages.mockReturnValue(['en-US', 'en'])
})

describe('initialLanguage', () => {
  it('follows the system language on first launch', () => {
    browserLanguages.mockReturnValue(['ja-JP', 'en-US'])
    expect(initialLanguage()).toBe('ja')
    browserLanguages.mockReturnValue(['zh-TW'])
    expect(initialLanguage()).toBe('zh-CN')
  })

  it('falls back to zh-CN for a system language the app does not offer', () => {
    browserLanguages.mockReturnValue(['ko-KR', 'fr'])
    expect(initialLanguage()).toBe('zh-CN')
  })

  it('prefers the choice remembered from an earlier launch', () => {
    browserLanguages.mockReturnValue(['ja-JP'])
    storage.set(LANGUAGE_STORAGE_KEY, 'en')
    expect(initialLanguage()).toBe('en')
  })

  it('ignores a stored value that is not a supported language', () => {
    storage.set(LANGUAGE_STORAGE_KEY, 'fr')
    expect(initialLanguage()).toBe('en')
  })
})

describe('switchLanguage', () => {
  it('changes the language, remembers it and sets <html lang>', async () => {
    const i18n = createI18n('zh-CN')
    await switchLanguage(i18n, 'ja')
    expect(i18n.t('feature.guide')).toBe('投資ガイド')
    expect(Taro.getStorageSync(LANGUAGE_STORAGE_KEY)).toBe('ja')
    expect(document.documentElement.lang).toBe('ja')
    expect(initialLanguage()).toBe('ja')
  })
})
