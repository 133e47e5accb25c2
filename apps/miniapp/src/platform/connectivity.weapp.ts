import Taro from '@tarojs/taro'

/** Calls `onBack` when WeChat reports the network connected again; returns a function that stops listening. */
export function watchConnectivity(onBack: () => void): () => void {
  const onStatus = (result: { isConnected: boolean }) => {
    if (result.isConnected) onBack()
  }
  Taro.onNetworkStatusChange(onStatus)
  return () => {
    // offNetworkStatusChange needs base library 2.9.3
    if (typeof Taro.offNetworkStatusChange === 'function') Taro.offNetworkStatusChange(onStatus)
  }
}
