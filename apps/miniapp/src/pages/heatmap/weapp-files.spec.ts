import Taro from '@tarojs/taro'
import { acquireSurface, touchTime } from './canvas-surface.weapp'
import { wgs84ToGcj02 } from './coordinates'
import { openOnMap } from './open-location.weapp'

// The mini-program's own files, run over the Taro mock (jest otherwise resolves the H5 ones).
jest.mock('@tarojs/taro', () => jest.requireActual<typeof import('../../../test/taro-mock')>('../../../test/taro-mock').createTaroMock())

const wx = Taro as unknown as Record<string, unknown>

/** createSelectorQuery answering with `answers` in turn (null: the view layer has no node yet). */
function selectorQuery(answers: unknown[]) {
  const selected: string[] = []
  wx.createSelectorQuery = jest.fn(() => {
    const query = {
      select: (selector: string) => {
        selected.push(selector)
        return query
      },
      fields: () => query,
      exec: (callback: (result: unknown[]) => void) => callback([answers.length > 1 ? answers.shift() : answers[0]]),
    }
    return query
  })
  return selected
}

beforeEach(() => {
  wx.getSystemInfoSync = jest.fn(() => ({ pixelRatio: 3 }))
})

describe('the canvas in WeChat', () => {
  it('sizes the bitmap by the pixel ratio and reads canvas-local touches', async () => {
    const ctx = { setTransform: jest.fn() }
    const node = { width: 0, height: 0, getContext: jest.fn(() => ctx), requestAnimationFrame: jest.fn((cb: () => void) => cb()) }
    const selected = selectorQuery([{ node, width: 375, height: 340 }])

    const sut = await acquireSurface('heatmap-canvas')

    expect(selected).toEqual(['#heatmap-canvas'])
    expect(node.getContext).toHaveBeenCalledWith('2d')
    expect([node.width, node.height]).toEqual([1125, 1020])
    expect(sut?.size).toEqual({ width: 375, height: 340 })
    expect(sut?.dpr).toBe(3)
    expect(sut?.localPoints([{ x: 10, y: 20 }])).toEqual([{ x: 10, y: 20 }])
    const draw = jest.fn()
    sut?.requestFrame(draw)
    expect(draw).toHaveBeenCalled()
  })

  it('asks again while the view layer has not rendered the canvas yet, and gives up without one', async () => {
    const node = { width: 0, height: 0, getContext: () => ({}), requestAnimationFrame: jest.fn() }
    const selected = selectorQuery([null, null, { node, width: 300, height: 200 }])
    expect((await acquireSurface('heatmap-canvas'))?.size).toEqual({ width: 300, height: 200 })
    expect(selected).toHaveLength(3)

    selectorQuery([null])
    await expect(acquireSurface('heatmap-canvas')).resolves.toBeUndefined()
  })

  it("times touches by when WeChat saw them, not when Taro's event object was made for the handler", () => {
    // Taro stamps its event with Date.now() as the handler is called; WeChat's own event says when the touch happened
    const down = { timeStamp: Date.now(), mpEvent: { timeStamp: 1200 } }
    const up = { timeStamp: Date.now() + 900, mpEvent: { timeStamp: 1290 } }
    expect(touchTime(up) - touchTime(down)).toBe(90)
  })
})

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
