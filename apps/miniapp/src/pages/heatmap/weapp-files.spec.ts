import Taro from '@tarojs/taro'
import { wgs84ToGcj02 } from './coordinates'
import { openOnMap } from './open-location.weapp'

// The mini-program's own files, run over the Taro mock (jest otherwise resolves the H5 ones).
jest.mock('@tarojs/taro', () => jest.requireActual<typeof import('../../../test/taro-mock')>('../../../test/taro-mock').createTaroMock())

const wx = Taro as unknown as Record<string, unknown>

describe('opening a place in WeChat\'s map', () => {
  it('hands WeChat GCJ-02 coordinates, and says when the map could not open', async () => {
    wx.openLocation = jest.fn(() => Promise.resolve({ errMsg: 'openLocation:ok' }))
    await expect(openOnMap({ lat: 31.43, lng: 120.6, name: '标准厂房', address: '元和街道' })).resolves.toBe(true)
    const { latitude, longitude } = wgs84ToGcj02(31.43, 120.6)
    expect(wx.openLocation).toHaveBeenCalledWith({ latitude, longitude, name: '标准厂房', address: '元和街道', scale: 16 })

    wx.openLocation = jest.fn(() => Promise.reject({ errMsg: 'openLocation:fail' }))
    await expect(openOnMap({ lat: 31.43, lng: 120.6, name: '标准厂房', address: '' })).resolves.toBe(false)
  })
})
