import { OUTLINE_TOLERANCE, OUTLINE_UNIT } from '@zhaoshang/contracts'
import { cellAnswer, FAKE_AREAS, heatmapAnswer } from '../../../test/heatmap-fixtures'
import { fitProjection, HOME_VIEW } from './map-projection'
import { cellAtPoint, screenOf } from './map-renderer'
import { decoded } from './use-heatmap'

jest.mock('@tarojs/taro', () => jest.requireActual<typeof import('../../../test/taro-mock')>('../../../test/taro-mock').createTaroMock())

// The heatmap answer carries its cells as columns (the server's encoder runs in the fixtures);
// the page gets them decoded once, as the list, the sheet and the map use them.
const district = FAKE_AREAS.find((a) => a.kind === 'district')?.polygon ?? []
const frame = { projection: fitProjection(district, { width: 360, height: 480 }), view: HOME_VIEW }
/** a few metres: the shared outline may be this far from a cell's own */
const NEAR = (OUTLINE_TOLERANCE + 1) * OUTLINE_UNIT

describe('the heatmap answer as the page gets it', () => {
  it('lists every hexagon highest first, with its rank and colour class', () => {
    const answer = decoded(heatmapAnswer({ metric: 'investment', res: 7 }, 'en'))
    expect(answer.breaks).toEqual([3, 11, 25, 52.5])
    expect(answer.cells.map((c) => [c.h3, c.value, c.rank, c.class])).toEqual([
      ['8730e1d8bffffff', 52.5, 1, 3],
      ['8730e1d8affffff', 25, 2, 2],
      ['8730e1d89ffffff', 11, 3, 1],
      ['8730e1d88ffffff', 3, 4, 0],
    ])
  })

  it('gives equal values the same rank, the next one counting the cells before it', () => {
    const answer = decoded(heatmapAnswer({ metric: 'projects', res: 7 }, 'en'))
    expect(answer.cells.map((c) => [c.h3, c.value, c.rank])).toEqual([
      ['8730e1d89ffffff', 2, 1],
      ['8730e1d8bffffff', 2, 1],
      ['8730e1d88ffffff', 1, 3],
      ['8730e1d8affffff', 1, 3],
    ])
  })

  it('draws each hexagon where the server says it is, so a tap at its centre opens that hexagon', () => {
    const answer = decoded(heatmapAnswer({ metric: 'investment', res: 7 }, 'en'))
    for (const cell of answer.cells) {
      const truth = cellAnswer(cell.h3, {}, 'en')
      expect(Math.max(...cell.center.map((v, i) => Math.abs(v - (truth.center[i] ?? NaN))))).toBeLessThanOrEqual(OUTLINE_UNIT)
      expect(cell.boundary).toHaveLength(truth.boundary.length)
      const off = cell.boundary.flatMap(([lat, lng], i) => [Math.abs(lat - (truth.boundary[i]?.[0] ?? NaN)), Math.abs(lng - (truth.boundary[i]?.[1] ?? NaN))])
      expect(Math.max(...off)).toBeLessThanOrEqual(NEAR)
      expect(cellAtPoint(answer.cells, frame, screenOf(frame, truth.center))?.h3).toBe(cell.h3)
    }
    // the hexagon drawn larger than the others keeps its own size (it travels with its own outline)
    const big = answer.cells.find((c) => c.h3 === '8730e1d88ffffff')
    const small = answer.cells.find((c) => c.h3 === '8730e1d8bffffff')
    const height = (b: [number, number][] = []) => Math.max(...b.map((p) => p[0])) - Math.min(...b.map((p) => p[0]))
    expect(height(big?.boundary)).toBeGreaterThan(height(small?.boundary) + 10 * OUTLINE_UNIT)
  })
})
