import Taro from '@tarojs/taro'

/** A stored value, or undefined when missing or storage is unavailable ('' is WeChat's "missing"). */
export function readStored(key: string): unknown {
  try {
    const value: unknown = Taro.getStorageSync(key)
    return value === '' ? undefined : value
  } catch {
    return undefined
  }
}

/** Stores a value; false when storage is full or unavailable (the caller keeps working in memory). */
export function writeStored(key: string, value: unknown): boolean {
  try {
    Taro.setStorageSync(key, value)
    return true
  } catch {
    return false
  }
}

/** Forgets a stored value; storage that is unavailable has nothing to forget. */
export function removeStored(key: string): void {
  try {
    Taro.removeStorageSync(key)
  } catch {
    // nothing stored, or storage unavailable
  }
}
