import { gcj02ToWgs84, wgs84ToGcj02 } from './coordinates'

/** metres between two points a few hundred metres apart (equirectangular is exact enough there) */
function metres(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const dLat = (a.latitude - b.latitude) * 111_320
  const dLng = (a.longitude - b.longitude) * 111_320 * Math.cos((a.latitude * Math.PI) / 180)
  return Math.hypot(dLat, dLng)
}

// Suzhou (Gusu District) in WGS-84 and as AMap gives it in GCJ-02, from gcoord's reference
// fixtures (hujiulong/gcoord, test/fixtures/china-cities.json, MIT).
const SUZHOU = {
  wgs84: { latitude: 31.3011601, longitude: 120.5811071 },
  gcj02: { latitude: 31.298983, longitude: 120.5852941 },
}

describe('WGS-84 to GCJ-02', () => {
  it('matches the published reference point (Beijing, from the coordtransform library)', () => {
    const sut = wgs84ToGcj02(39.915, 116.404)
    expect(sut.latitude).toBeCloseTo(39.91640428150164, 9)
    expect(sut.longitude).toBeCloseTo(116.41024449916938, 9)
  })

  it('puts a point in Suzhou within a metre of where a Chinese map has it, some 450 m from its GPS position', () => {
    const sut = wgs84ToGcj02(SUZHOU.wgs84.latitude, SUZHOU.wgs84.longitude)
    expect(metres(sut, SUZHOU.gcj02)).toBeLessThan(1)
    expect(metres(SUZHOU.wgs84, SUZHOU.gcj02)).toBeGreaterThan(400)
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

describe('GCJ-02 to WGS-84 (a tap on WeChat\'s map back to the API\'s coordinates)', () => {
  it('takes the Suzhou reference point from its Chinese-map position to within a metre of its GPS position', () => {
    const sut = gcj02ToWgs84(SUZHOU.gcj02.latitude, SUZHOU.gcj02.longitude)
    expect(metres(sut, SUZHOU.wgs84)).toBeLessThan(1)
  })

  it('undoes the forward shift to within a centimetre across the district and beyond', () => {
    for (const [lat, lng] of [
      [31.37, 120.48],
      [31.52, 120.72],
      [31.445, 120.6],
      [39.915, 116.404],
      [22.54, 114.06],
    ] as const) {
      const shifted = wgs84ToGcj02(lat, lng)
      const sut = gcj02ToWgs84(shifted.latitude, shifted.longitude)
      expect(metres(sut, { latitude: lat, longitude: lng })).toBeLessThan(0.01)
    }
  })

  it('leaves points outside mainland China where they are', () => {
    expect(gcj02ToWgs84(35.68, 139.76)).toEqual({ latitude: 35.68, longitude: 139.76 })
    expect(gcj02ToWgs84(-33.87, 151.21)).toEqual({ latitude: -33.87, longitude: 151.21 })
  })
})
