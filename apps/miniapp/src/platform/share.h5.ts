import { policyPath } from '../services/navigation'

/** How a policy page offers to share: WeChat's own share card, or copying the page address. */
export type PolicyShare = { kind: 'native' } | { kind: 'copy-link'; url: string }

/** A web page has no share menu: the page offers its own address (hash routing) to copy. */
export function usePolicyShare(id: number, _title: string | undefined): PolicyShare {
  const { origin, pathname, search } = window.location
  return { kind: 'copy-link', url: `${origin}${pathname}${search}#${policyPath(id)}` }
}

/** The same for any page, by the path its link opens (a guide page). */
export function usePathShare(path: string, _title: string | undefined): PolicyShare {
  const { origin, pathname, search } = window.location
  return { kind: 'copy-link', url: `${origin}${pathname}${search}#${path}` }
}
