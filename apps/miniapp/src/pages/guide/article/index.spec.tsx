import { fireEvent, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { resources } from '@zhaoshang/i18n'
import { createFakeServer } from '../../../../test/fake-server'
import type { TaroMock } from '../../../../test/taro-mock'
import { renderWithApp } from '../../../../test/render'
import { withFakeGuide } from '../test/fake-guide'
import GuideArticlePage from './index'

jest.mock('@tarojs/taro', () => jest.requireActual<typeof import('../../../../test/taro-mock')>('../../../../test/taro-mock').createTaroMock())

const taro = jest.mocked(Taro)
const taroMock = jest.requireMock<TaroMock>('@tarojs/taro')

beforeEach(() => {
  jest.clearAllMocks()
  taroMock.storage.clear()
})

const open = async (slug: string, language: 'zh-CN' | 'en' | 'ja') => {
  taroMock.router.params = { slug }
  const server = withFakeGuide(createFakeServer())
  const result = renderWithApp(<GuideArticlePage />, { language, server })
  await waitFor(() => expect(document.getElementById('guide-article')?.dataset.state).not.toBe('loading'))
  return { ...result, server }
}

describe('guide article', () => {
  it("shows the article in Japanese with its section, the server's rich text, and the next page", async () => {
    await open('suzhou-north-station', 'ja')
    expect(screen.getByText('蘇州北駅')).toBeTruthy()
    expect(screen.getByText('立地と交通')).toBeTruthy()
    expect(screen.getByText(resources.ja.guide['kind.article']!)).toBeTruthy()
    expect(document.querySelector('#guide-body taro-rich-text-core')?.getAttribute('nodes')).toBe('<p>江蘇省の2つの総合交通ハブの一つです。</p>')
    expect(document.querySelector('#guide-article .fallback-note')).toBeNull()
    expect(document.getElementById('guide-previous')).toBeNull()
    fireEvent.click(document.getElementById('guide-next') as HTMLElement)
    expect(taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/guide/article/index?slug=metro-plan' })
  })

  it('notes that an article not yet translated is shown in another language', async () => {
    await open('metro-plan', 'ja')
    expect(screen.getByText('The metro plan')).toBeTruthy()
    expect(document.querySelector('#guide-article .fallback-note')?.textContent).toBe('この内容はまだ翻訳されていません。英語版を表示しています。')
    expect(screen.getByText(resources.ja.guide['page.previous']!.replace('{{title}}', '蘇州北駅'))).toBeTruthy()
  })

  it('shows a section with its pages, and asks the concierge from any page', async () => {
    await open('procedures', 'en')
    const pages = document.getElementById('guide-section-pages') as HTMLElement
    expect(pages.textContent).toContain('Setting up a foreign-invested company')
    fireEvent.click(pages.querySelector('[data-slug="set-up-a-foreign-invested-company"]') as HTMLElement)
    expect(taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/guide/procedure/index?slug=set-up-a-foreign-invested-company' })
    fireEvent.click(screen.getByText(resources.en.guide['page.askConcierge']!))
    expect(taro.switchTab).toHaveBeenCalledWith({ url: '/pages/concierge/index' })
  })

  it('explains a page that does not exist in the user language', async () => {
    await open('no-such-page', 'en')
    expect(screen.getByText('What you are looking for does not exist or has been withdrawn.')).toBeTruthy()
  })
})
