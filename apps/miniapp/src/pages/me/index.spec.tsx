import { fireEvent, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { createFakeServer } from '../../../test/fake-server'
import { renderWithApp } from '../../../test/render'
import { LANGUAGE_STORAGE_KEY } from '../../services/language'
import MePage from './index'

jest.mock('@tarojs/taro', () => jest.requireActual<typeof import('../../../test/taro-mock')>('../../../test/taro-mock').createTaroMock())

describe('me page', () => {
  it('shows the about block and lets the user switch language there too', async () => {
    renderWithApp(<MePage />, { language: 'zh-CN', server: createFakeServer() })
    expect(screen.getByText('关于')).toBeTruthy()
    expect(Taro.setNavigationBarTitle).toHaveBeenCalledWith({ title: '我的' })

    fireEvent.click(document.querySelector('#me [data-lang="en"]') as HTMLElement)

    await screen.findByText('About')
    expect(screen.getByText('The platform is open source: any district or county can run its own instance.')).toBeTruthy() // lint-allow: prose ("source: any"), not a type
    expect(Taro.getStorageSync(LANGUAGE_STORAGE_KEY)).toBe('en')
    await waitFor(() => expect(Taro.setNavigationBarTitle).toHaveBeenLastCalledWith({ title: 'Me' }))
    expect(Taro.setTabBarItem).toHaveBeenCalledWith({ index: 3, text: 'Me' })
  })
})
