import { ApiError, type InvestorApiClient } from '@zhaoshang/api-client'
import type { InvestorSession } from '@zhaoshang/contracts'
import { signIn } from '../platform/investor-login'
import { readStored, removeStored, writeStored } from './device-storage'

/**
 * Who the investor is to the server: a WeChat user (weapp) or an anonymous device (H5). The
 * token is kept on the device and sent only on the investor's own endpoints (/api/v1/me*,
 * /api/v1/intents); public reads (policies, meta, privacy notice) go without it.
 */
export const INVESTOR_SESSION_KEY = 'investor.session'

export type StoredSession = InvestorSession & {
  /** epoch ms after which the token is no longer accepted */
  expiresAt: number
}

export type AuthHeaders = { authorization: string }

/** Sign in a minute early rather than send a token that expires on the way. */
const EXPIRY_MARGIN_MS = 60_000

function isStoredSession(value: unknown): value is StoredSession {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  const investor = v.investor as Record<string, unknown> | null | undefined
  return (
    typeof v.token === 'string' &&
    v.token !== '' &&
    typeof v.expiresAt === 'number' &&
    typeof v.privacyVersion === 'string' &&
    Array.isArray(v.subscribeTemplateIds) &&
    typeof investor === 'object' &&
    investor !== null &&
    typeof investor.id === 'number'
  )
}

export function storedSession(): StoredSession | undefined {
  const value = readStored(INVESTOR_SESSION_KEY)
  return isStoredSession(value) ? value : undefined
}

/** Changes the stored session (e.g. the consent version after agreeing); nothing when signed out. */
export function updateStoredSession(change: (session: StoredSession) => StoredSession): void {
  const session = storedSession()
  if (session) writeStored(INVESTOR_SESSION_KEY, change(session))
}

export function forgetSession(): void {
  removeStored(INVESTOR_SESSION_KEY)
}

const signingIn = new WeakMap<InvestorApiClient, Promise<StoredSession>>()

/** Signs in anew and keeps the session; calls made meanwhile wait for the same sign-in. */
export function signInAgain(api: InvestorApiClient): Promise<StoredSession> {
  const pending = signingIn.get(api)
  if (pending) return pending
  const next = signIn(api)
    .then((session) => {
      const kept: StoredSession = { ...session, expiresAt: Date.now() + session.expiresIn * 1000 }
      writeStored(INVESTOR_SESSION_KEY, kept)
      return kept
    })
    .finally(() => signingIn.delete(api))
  signingIn.set(api, next)
  return next
}

/** The stored session while it is good, else a new one. */
export function ensureSession(api: InvestorApiClient): Promise<StoredSession> {
  const session = storedSession()
  if (session && session.expiresAt - EXPIRY_MARGIN_MS > Date.now()) return Promise.resolve(session)
  return signInAgain(api)
}

const bearer = (session: StoredSession): AuthHeaders => ({ authorization: `Bearer ${session.token}` })

/**
 * Runs an investor call with the token. A 401 (token revoked, expired early, server secret
 * rotated) signs in once more and repeats the call once; a second 401 reaches the caller.
 */
export async function authorized<T>(api: InvestorApiClient, call: (headers: AuthHeaders) => Promise<T>): Promise<T> {
  const session = await ensureSession(api)
  try {
    return await call(bearer(session))
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) throw error
    // another call may have signed in meanwhile: only forget the token that failed
    if (storedSession()?.token === session.token) forgetSession()
    const fresh = await ensureSession(api)
    return call(bearer(fresh))
  }
}
