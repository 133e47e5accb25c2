import { screen } from '@testing-library/react'
import { createFakeServer } from '../../../test/fake-server'
import { renderWithApp } from '../../../test/render'
import HeatmapPage from './index'

jest.mock('@tarojs/taro', () => jest.requireActual<typeof import('../../../test/taro-mock')>('../../../test/taro-mock').createTaroMock())

describe('placeholder feature page', () => {
  it('shows the feature name and that it is coming soon, in the chosen language', () => {
    renderWithApp(<HeatmapPage />, { language: 'ja', server: createFakeServer() })
    expect(screen.getByText('投資ヒートマップ')).toBeTruthy()
    expect(screen.getByText('近日公開')).toBeTruthy()
  })
})
