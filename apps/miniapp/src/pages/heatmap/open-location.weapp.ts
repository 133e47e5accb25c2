import Taro from '@tarojs/taro'
import { wgs84ToGcj02 } from './coordinates'

export type PlaceOnMap = { lat: number; lng: number; name: string; address: string }

/** WeChat's own map at a place; its coordinates are GCJ-02. False when it could not open. */
export function openOnMap(place: PlaceOnMap): Promise<boolean> {
  const { latitude, longitude } = wgs84ToGcj02(place.lat, place.lng)
  return Taro.openLocation({ latitude, longitude, name: place.name, address: place.address, scale: 16 }).then(
    () => true,
    () => false,
  )
}
