import { wgs84ToGcj02 } from './coordinates'

describe('WGS-84 to GCJ-02', () => {
  it('matches the published reference point (Beijing, from the coordtransform library)', () => {
    const sut = wgs84ToGcj02(39.915, 116.404)
    expect(sut.latitude).toBeCloseTo(39.91640428150164, 9)
    expect(sut.longitude).toBeCloseTo(116.41024449916938, 9)
  })

  it('shifts a point in Xiangcheng by a few hundred metres, north-east as there', () => {
    const sut = wgs84ToGcj02(31.445, 120.6)
    const dLatM = (sut.latitude - 31.445) * 111_320
    const dLngM = (sut.longitude - 120.6) * 111_320 * Math.cos((31.445 * Math.PI) / 180)
    expect(Math.hypot(dLatM, dLngM)).toBeGreaterThan(300)
    expect(Math.hypot(dLatM, dLngM)).toBeLessThan(700)
    expect(dLngM).toBeGreaterThan(0)
  })

  it('leaves points outside mainland China where they are', () => {
    expect(wgs84ToGcj02(35.68, 139.76)).toEqual({ latitude: 35.68, longitude: 139.76 })
    expect(wgs84ToGcj02(51.5, -0.12)).toEqual({ latitude: 51.5, longitude: -0.12 })
  })
})
