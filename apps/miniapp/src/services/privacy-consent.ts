import type { InvestorApiClient } from '@zhaoshang/api-client'
import { PRIVACY_NOTICE_VERSION } from '@zhaoshang/contracts'
import { readStored, removeStored, writeStored } from './device-storage'
import { authorized, updateStoredSession, type StoredSession } from './investor-session'

/**
 * The investor's agreement to the privacy notice, remembered on the device. Agreeing works
 * offline: the record waits (`sent: false`) and is sent before the intent that needs it.
 */
export const PRIVACY_CONSENT_KEY = 'privacy.consent'

export type ConsentRecord = { version: string; at: string; sent: boolean }

export function consentRecord(): ConsentRecord | undefined {
  const value = readStored(PRIVACY_CONSENT_KEY)
  if (typeof value !== 'object' || value === null) return undefined
  const v = value as Record<string, unknown>
  return typeof v.version === 'string' && typeof v.at === 'string' && typeof v.sent === 'boolean' ? { version: v.version, at: v.at, sent: v.sent } : undefined
}

/**
 * Whether the investor has agreed to the notice in force: the server's word when signed in
 * (a new notice version asks again), else the device's record of the bundled version.
 */
export function consentGiven(session: StoredSession | undefined, record: ConsentRecord | undefined = consentRecord()): boolean {
  const current = session?.privacyVersion ?? PRIVACY_NOTICE_VERSION
  return session?.investor.consentVersion === current || record?.version === current
}

/** The server already has the agreement (e.g. given on another device): remember it here too. */
export function adoptServerConsent(session: StoredSession): void {
  const version = session.investor.consentVersion
  if (version !== null && version === session.privacyVersion && consentRecord()?.version !== version) {
    writeStored(PRIVACY_CONSENT_KEY, { version, at: new Date().toISOString(), sent: true } satisfies ConsentRecord)
  }
}

/** The version the investor agreed to, for the intent request. */
export function agreedVersion(): string | undefined {
  return consentRecord()?.version
}

/** Remembers the agreement and tries to tell the server; offline, it is sent later (sendPendingConsent). */
export async function agreeToNotice(api: InvestorApiClient, version: string): Promise<void> {
  writeStored(PRIVACY_CONSENT_KEY, { version, at: new Date().toISOString(), sent: false } satisfies ConsentRecord)
  await sendPendingConsent(api).catch(() => undefined)
}

/** Sends a remembered agreement the server has not had yet. */
export async function sendPendingConsent(api: InvestorApiClient): Promise<void> {
  const record = consentRecord()
  if (!record || record.sent) return
  await authorized(api, (headers) => api.giveConsent({ body: { version: record.version }, headers }))
  writeStored(PRIVACY_CONSENT_KEY, { ...record, sent: true })
  updateStoredSession((session) => ({ ...session, investor: { ...session.investor, consentVersion: record.version } }))
}

/** The server asks for agreement again (a new notice): forget the old one so the notice shows. */
export function forgetConsent(): void {
  removeStored(PRIVACY_CONSENT_KEY)
  updateStoredSession((session) => ({ ...session, investor: { ...session.investor, consentVersion: null } }))
}
