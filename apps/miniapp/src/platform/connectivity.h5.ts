import Taro from '@tarojs/taro'

/**
 * Calls `onBack` when the network comes back. Browsers say so with the window `online` event;
 * Taro's network-status event is added where the browser reports connection changes.
 * Returns a function that stops listening.
 */
export function watchConnectivity(onBack: () => void): () => void {
  const onOnline = () => onBack()
  const onStatus = (result: { isConnected: boolean }) => {
    if (result.isConnected) onBack()
  }
  window.addEventListener('online', onOnline)
  const taroEvents = typeof Taro.onNetworkStatusChange === 'function' && typeof Taro.offNetworkStatusChange === 'function'
  if (taroEvents) Taro.onNetworkStatusChange(onStatus)
  return () => {
    window.removeEventListener('online', onOnline)
    if (taroEvents) Taro.offNetworkStatusChange(onStatus)
  }
}
