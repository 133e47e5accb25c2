import { fireEvent, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { resources } from '@zhaoshang/i18n'
import { createFakeServer, type FakeServer } from '../../../test/fake-server'
import { renderWithApp } from '../../../test/render'
import type { TaroMock } from '../../../test/taro-mock'
import ConciergePage from '../../pages/concierge'
import { withDirectory } from '../../pages/concierge/test/fake-directory'
import GuideArticlePage from '../../pages/guide/article'
import { withFakeGuide } from '../../pages/guide/test/fake-guide'
import PolicyPage from '../../pages/policy-detail'
import { watchWechatPrivacy } from '../../services/wechat-privacy'

// WeChat's side of the privacy agreement, over the Taro mock: the app's own weapp files.
jest.mock('@tarojs/taro', () => jest.requireActual<typeof import('../../../test/taro-mock')>('../../../test/taro-mock').createTaroMock())
jest.mock('../../platform/wechat-privacy', () => jest.requireActual<typeof import('../../platform/wechat-privacy.weapp')>('../../platform/wechat-privacy.weapp'))

const taroMock = jest.requireMock<TaroMock>('@tarojs/taro')
const wx = Taro as unknown as Record<string, unknown>
const en = resources.en.miniapp
const ja = resources.ja.miniapp

type Answer = { event: 'agree' | 'disagree' | 'exposureAuthorization'; buttonId?: string }

/**
 * A fake `wx` that behaves as WeChat does for a user who has not agreed to the privacy guide: a
 * privacy-related call is held, the listener registered at launch gets a `resolve`, and the call
 * goes on once it is answered with `agree` from the agree button, or fails with errno 104.
 */
function fakeWechat() {
  let listener: ((resolve: (answer: Answer) => void) => void) | undefined
  let agreed = false
  const clipboard: string[] = []
  const calls: string[] = []
  wx.onNeedPrivacyAuthorization = jest.fn((l: typeof listener) => {
    listener = l
  })
  const held = <T,>(api: string, go: () => T) =>
    agreed
      ? Promise.resolve(go())
      : new Promise<T>((resolve, reject) => {
          const refuse = () => reject({ errMsg: `${api}:fail privacy permission is not authorized`, errno: 104 })
          if (!listener) return refuse()
          listener((answer) => {
            if (answer.event !== 'agree' || answer.buttonId !== 'privacy-agree') return refuse()
            agreed = true
            resolve(go())
          })
        })
  wx.setClipboardData = jest.fn(({ data }: { data: string }) =>
    held('setClipboardData', () => {
      clipboard.push(data)
      return { errMsg: 'setClipboardData:ok' }
    }),
  )
  wx.makePhoneCall = jest.fn(({ phoneNumber }: { phoneNumber: string }) =>
    held('makePhoneCall', () => {
      calls.push(phoneNumber)
      return { errMsg: 'makePhoneCall:ok' }
    }),
  )
  return {
    clipboard,
    calls,
    heard: () => listener !== undefined,
    /** a user who has not agreed yet */
    forget: () => {
      agreed = false
      clipboard.length = 0
      calls.length = 0
    },
  }
}

const wechat = fakeWechat()
let server: FakeServer
// the app registers WeChat's listener at launch (app.tsx)
beforeAll(watchWechatPrivacy)
beforeEach(() => {
  jest.clearAllMocks()
  taroMock.storage.clear()
  wechat.forget()
  server = createFakeServer()
})

const gate = () => screen.queryByTestId('privacy-gate')
const toasts = () => jest.mocked(Taro.showToast).mock.calls.map(([options]) => (options as { title: string }).title)

describe('the privacy notice wherever WeChat holds a call', () => {
  it('on the concierge tab: copying the WeChat ID waits for the notice, and goes on once agreed', async () => {
    // the app listens from launch, so WeChat shows no popup of its own
    expect(wechat.heard()).toBe(true)
    renderWithApp(<ConciergePage />, { language: 'en', server: withDirectory(server) })
    const copy = await screen.findAllByTestId('concierge-copy-wechat')
    expect(gate()).toBeNull()

    fireEvent.click(copy[0] as HTMLElement)
    await waitFor(() => expect(gate()).not.toBeNull())
    expect(gate()?.textContent).toContain(en['privacy.gate.intro'])
    expect(wechat.clipboard).toEqual([])

    fireEvent.click(screen.getByTestId('privacy-agree'))
    await waitFor(() => expect(wechat.clipboard).toHaveLength(1))
    expect(gate()).toBeNull()
    expect(toasts()).toContain(en['concierge.wechatCopied'])

    // agreed once, WeChat holds nothing more: the next call goes straight through
    fireEvent.click(screen.getAllByTestId('concierge-call')[0] as HTMLElement)
    await waitFor(() => expect(wechat.calls).toHaveLength(1))
    expect(gate()).toBeNull()
  })

  it('on a policy: declining fails the held copy, and the investor is told why in their language', async () => {
    taroMock.router.params = { id: '1' }
    renderWithApp(<PolicyPage />, { language: 'ja', server })
    await waitFor(() => expect(document.getElementById('policy-detail')?.dataset.state).toBe('ready'))

    fireEvent.click(document.querySelector('[data-copy-url]') as HTMLElement)
    await waitFor(() => expect(gate()).not.toBeNull())
    expect(gate()?.textContent).toContain(ja['privacy.gate.intro'])
    fireEvent.click(screen.getByTestId('privacy-decline'))

    await waitFor(() => expect(toasts()).toContain(ja['privacy.actionDeclined']))
    expect(gate()).toBeNull()
    expect(wechat.clipboard).toEqual([])
  })

  it('in the guide: the same notice before the link is copied', async () => {
    taroMock.router.params = { slug: 'suzhou-north-station' }
    renderWithApp(<GuideArticlePage />, { language: 'en', server: withFakeGuide(server) })
    fireEvent.click(await screen.findByText(resources.en.guide['page.copyLink']!))
    await waitFor(() => expect(gate()).not.toBeNull())
    fireEvent.click(screen.getByTestId('privacy-agree'))
    await waitFor(() => expect(wechat.clipboard).toHaveLength(1))
    expect(wechat.clipboard[0]).toContain('suzhou-north-station')
    expect(gate()).toBeNull()
  })

  it('calling a concierge: declining says why nothing was dialled', async () => {
    renderWithApp(<ConciergePage />, { language: 'zh-CN', server: withDirectory(server) })
    fireEvent.click((await screen.findAllByTestId('concierge-call'))[0] as HTMLElement)
    await waitFor(() => expect(gate()).not.toBeNull())
    fireEvent.click(screen.getByTestId('privacy-decline'))
    await waitFor(() => expect(toasts()).toContain(resources['zh-CN'].miniapp['privacy.actionDeclined']))
    expect(wechat.calls).toEqual([])
  })
})
