import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { POLICY_PAGE_SIZE, type PolicySummary } from '@zhaoshang/contracts'
import type { Language } from '@zhaoshang/i18n'
import { useApi } from '../services/api-context'
import { localDay } from '../services/format'


export type PolicySort = 'relevance' | 'newest'

export type PolicyFilters = {
  category?: string
  industry?: string
  department?: string
  /** only policies valid today */
  validOnly: boolean
}

export const NO_FILTERS: PolicyFilters = { validOnly: false }

export type SearchState = {
  status: 'loading' | 'ready' | 'error'
  /** while a new search loads, the previous results stay visible */
  items: PolicySummary[]
  total: number
  page: number
  error?: unknown
  /** the next page: idle, loading, or failed (retry with loadMore) */
  more: 'idle' | 'loading' | 'error'
  moreError?: unknown
}

type Input = { q: string; filters: PolicyFilters; sort: PolicySort; language: Language }

/**
 * Search as the investor types and filters: page 1 for every change of the question, further
 * pages on demand. Answers to a question that has changed since are dropped.
 */
export function usePolicySearch({ q, filters, sort, language }: Input) {
  const api = useApi()
  const [state, setState] = useState<SearchState>({ status: 'loading', items: [], total: 0, page: 0, more: 'idle' })
  const [attempt, setAttempt] = useState(0)
  const question = useRef(0)
  const current = useRef(state)
  current.current = state
  const loadingMore = useRef(false)

  const { category, industry, department, validOnly } = filters
  const query = useMemo(
    () => ({
      q: q.trim() || undefined,
      category,
      industry,
      department,
      validOn: validOnly ? localDay() : undefined,
      sort,
      pageSize: POLICY_PAGE_SIZE,
      lang: language,
    }),
    [q, category, industry, department, validOnly, sort, language],
  )

  useEffect(() => {
    const asked = ++question.current
    loadingMore.current = false
    setState((previous) => ({ ...previous, status: 'loading', error: undefined, more: 'idle', moreError: undefined }))
    api.searchPolicies({ query: { ...query, page: 1 } }).then(
      (answer) => {
        if (asked === question.current) setState({ status: 'ready', items: answer.items, total: answer.total, page: 1, more: 'idle' })
      },
      (error: unknown) => {
        if (asked === question.current) setState({ status: 'error', items: [], total: 0, page: 0, error, more: 'idle' })
      },
    )
  }, [api, query, attempt])

  const loadMore = useCallback(() => {
    const { status, items, total, page } = current.current
    if (status !== 'ready' || loadingMore.current || items.length >= total) return
    const asked = question.current
    loadingMore.current = true
    setState((previous) => ({ ...previous, more: 'loading', moreError: undefined }))
    api.searchPolicies({ query: { ...query, page: page + 1 } }).then(
      (answer) => {
        if (asked !== question.current) return
        loadingMore.current = false
        setState((previous) => {
          // a policy published meanwhile shifts the pages: never show one twice
          const seen = new Set(previous.items.map((p) => p.id))
          const items = [...previous.items, ...answer.items.filter((p) => !seen.has(p.id))]
          // an empty page means the list got shorter meanwhile: stop asking for more
          const total = answer.items.length === 0 ? items.length : answer.total
          return { ...previous, items, total, page: answer.page, more: 'idle' }
        })
      },
      (error: unknown) => {
        if (asked !== question.current) return
        loadingMore.current = false
        setState((previous) => ({ ...previous, more: 'error', moreError: error }))
      },
    )
  }, [api, query])

  const retry = useCallback(() => setAttempt((n) => n + 1), [])
  return { state, loadMore, retry }
}
