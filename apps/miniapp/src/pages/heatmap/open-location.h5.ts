import Taro from '@tarojs/taro'
import { wgs84ToGcj02 } from './coordinates'

export type PlaceOnMap = { lat: number; lng: number; name: string; address: string }

/**
 * Inside WeChat's browser Taro.openLocation opens WeChat's map (JS-SDK, GCJ-02); elsewhere it is
 * not supported, and the place opens on AMap's web map instead (also GCJ-02).
 */
export function openOnMap(place: PlaceOnMap): Promise<boolean> {
  const { latitude, longitude } = wgs84ToGcj02(place.lat, place.lng)
  return Promise.resolve()
    .then(() => Taro.openLocation({ latitude, longitude, name: place.name, address: place.address, scale: 16 }))
    .then(
      () => true,
      () => {
        const url = `https://uri.amap.com/marker?position=${longitude.toFixed(6)},${latitude.toFixed(6)}&name=${encodeURIComponent(place.name)}&coordinate=gaode&callnative=0`
        // with noopener the browser returns no window handle: opened as far as we can tell
        window.open(url, '_blank', 'noopener')
        return true
      },
    )
}
