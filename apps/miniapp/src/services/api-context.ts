import { createContext, useContext } from 'react'
import type { ApiClient } from '@zhaoshang/api-client'
import { api } from './api'

export const ApiContext = createContext<ApiClient>(api)

export function useApi(): ApiClient {
  return useContext(ApiContext)
}
