/**
 * WGS-84 (what the API stores and GPS gives) and GCJ-02 (what maps in mainland China, WeChat's
 * included, expect): the published obfuscation formula on the Krasovsky 1940 ellipsoid. Points
 * outside mainland China's rough bounding box are not shifted, as the maps there do not shift them.
 */
const A = 6378245.0
const EE = 0.00669342162296594323

function outOfChina(lat: number, lng: number): boolean {
  return lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271
}

function transformLat(x: number, y: number): number {
  let r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x))
  r += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0
  r += ((20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin((y / 3.0) * Math.PI)) * 2.0) / 3.0
  r += ((160.0 * Math.sin((y / 12.0) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30.0)) * 2.0) / 3.0
  return r
}

function transformLng(x: number, y: number): number {
  let r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x))
  r += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0
  r += ((20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin((x / 3.0) * Math.PI)) * 2.0) / 3.0
  r += ((150.0 * Math.sin((x / 12.0) * Math.PI) + 300.0 * Math.sin((x / 30.0) * Math.PI)) * 2.0) / 3.0
  return r
}

/** `{ latitude, longitude }` in GCJ-02 for a WGS-84 point. */
export function wgs84ToGcj02(lat: number, lng: number): { latitude: number; longitude: number } {
  if (outOfChina(lat, lng)) return { latitude: lat, longitude: lng }
  let dLat = transformLat(lng - 105.0, lat - 35.0)
  let dLng = transformLng(lng - 105.0, lat - 35.0)
  const radLat = (lat / 180.0) * Math.PI
  let magic = Math.sin(radLat)
  magic = 1 - EE * magic * magic
  const sqrtMagic = Math.sqrt(magic)
  dLat = (dLat * 180.0) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI)
  dLng = (dLng * 180.0) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI)
  return { latitude: lat + dLat, longitude: lng + dLng }
}

/**
 * `{ latitude, longitude }` in WGS-84 for a GCJ-02 point (a tap on WeChat's map). The formula has
 * no closed inverse; the shift changes by millimetres over its own few hundred metres, so a few
 * fixed-point steps reach well under a centimetre.
 */
export function gcj02ToWgs84(lat: number, lng: number): { latitude: number; longitude: number } {
  if (outOfChina(lat, lng)) return { latitude: lat, longitude: lng }
  let latitude = lat
  let longitude = lng
  for (let i = 0; i < 8; i++) {
    const shifted = wgs84ToGcj02(latitude, longitude)
    const dLat = shifted.latitude - lat
    const dLng = shifted.longitude - lng
    latitude -= dLat
    longitude -= dLng
    if (Math.abs(dLat) < 1e-9 && Math.abs(dLng) < 1e-9) break
  }
  return { latitude, longitude }
}
