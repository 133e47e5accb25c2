import { useShareAppMessage } from '@tarojs/taro'
import { policyPath } from '../services/navigation'

/** How a policy page offers to share: WeChat's own share card, or copying the page address. */
export type PolicyShare = { kind: 'native' } | { kind: 'copy-link'; url: string }

/** WeChat shares a card that opens this policy (menu enabled in the page config, or a share button). */
export function usePolicyShare(id: number, title: string | undefined): PolicyShare {
  useShareAppMessage(() => ({ title: title ?? '', path: policyPath(id) }))
  return { kind: 'native' }
}

/** The same for any page, by the path its share card opens (a guide page). */
export function usePathShare(path: string, title: string | undefined): PolicyShare {
  useShareAppMessage(() => ({ title: title ?? '', path }))
  return { kind: 'native' }
}
