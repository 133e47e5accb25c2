import { useEffect } from 'react'
import { useRouter } from '@tarojs/taro'
import { ApiError } from '@zhaoshang/api-client'
import type { GuidePageDetail, GuidePageKind } from '@zhaoshang/contracts'
import { useLanguage } from '../../hooks/use-language'
import { useLoad } from '../../hooks/use-load'
import { usePathShare } from '../../platform/share'
import { useApi } from '../../services/api-context'
import { guidePath, GUIDE_HOME, redirectToGuidePage, slugParam } from './guide-navigation'

/**
 * The guide node named by `?slug=`, in the app's language (reloaded when it changes), and how to
 * share it. A malformed slug is "not found" without asking the server; a node of another kind
 * (an old link) is opened on its own page instead.
 */
export function useGuidePage(kinds: readonly GuidePageKind[]) {
  const { language } = useLanguage()
  const api = useApi()
  const slug = slugParam(useRouter().params.slug)
  const { state, reload } = useLoad<GuidePageDetail>(
    () => (slug ? api.getGuidePage({ path: { slug }, query: { lang: language } }) : Promise.reject(new ApiError(404, { code: 'NOT_FOUND', message: '', details: [] }))),
    [api, slug, language],
  )
  const page = state.status === 'ready' ? state.data : undefined
  const wrongKind = page !== undefined && !kinds.includes(page.kind)
  useEffect(() => {
    if (page && wrongKind) redirectToGuidePage(page)
  }, [page, wrongKind])
  const share = usePathShare(slug ? guidePath(page?.kind ?? (kinds[0] as GuidePageKind), slug) : GUIDE_HOME, page?.title)
  return { state, reload, share, wrongKind }
}
