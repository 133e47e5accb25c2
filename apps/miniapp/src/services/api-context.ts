import { createContext, useContext } from 'react'
import type { InvestorApiClient } from '@zhaoshang/api-client'
import { api } from './api'

export const ApiContext = createContext<InvestorApiClient>(api)

export function useApi(): InvestorApiClient {
  return useContext(ApiContext)
}
