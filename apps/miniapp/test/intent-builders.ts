import { createInvestorApiClient } from '@zhaoshang/api-client'
import { PRIVACY_NOTICE_VERSION, type IntentRequest } from '@zhaoshang/contracts'
import type { IntentForm } from '../src/services/intent-form'
import { authorized, ensureSession } from '../src/services/investor-session'
import { agreeToNotice } from '../src/services/privacy-consent'
import { uuidV4 } from '../src/services/uuid'
import type { FakeServer } from './fake-server'

/** A form filled in completely and correctly, as a Japanese investor would (codes as in builders.ts). */
export function buildIntentForm(overrides: Partial<IntentForm> = {}): IntentForm {
  return {
    company: { name: 'Sakura Robotics K.K.', uscc: '', country: 'JP', type: 'foreign_invested' },
    contact: { name: 'Sato Hana', callingCode: '81', phone: '090-1234-5678', email: 'hana@sakura.example.jp', language: 'ja' },
    project: { industries: ['rnd', 'intelligent_driving'], amountRange: '10m_50m', spaceKind: 'office', spaceSize: '1200', timeline: '6_to_12_months' },
    message: 'R&D centre, about 50 staff.',
    policyIds: [2],
    ...overrides,
  }
}

/** The request that form makes. */
export function buildIntentRequest(overrides: Partial<IntentRequest> = {}): IntentRequest {
  return {
    company: { name: 'Sakura Robotics K.K.', country: 'JP', type: 'foreign_invested' },
    contact: { name: 'Sato Hana', phone: '+819012345678', email: 'hana@sakura.example.jp', language: 'ja' },
    project: { industries: ['rnd', 'intelligent_driving'], amountRange: '10m_50m', spaceKind: 'office', spaceSize: 1200, timeline: '6_to_12_months' },
    message: 'R&D centre, about 50 staff.',
    policyIds: [2],
    consentVersion: PRIVACY_NOTICE_VERSION,
    ...overrides,
  }
}

/** An investor who has signed in on this device and agreed to the notice (storage holds the session). */
export async function signedInInvestor(server: FakeServer) {
  const api = createInvestorApiClient({ baseUrl: '', transport: server.transport })
  await ensureSession(api)
  await agreeToNotice(api, PRIVACY_NOTICE_VERSION)
  return api
}

/** …who has sent an intent (the first one on a fresh fake server is #101). */
export async function submittedIntent(server: FakeServer, request: IntentRequest = buildIntentRequest()) {
  const api = await signedInInvestor(server)
  return authorized(api, (headers) => api.submitIntent({ body: request, headers: { ...headers, 'Idempotency-Key': uuidV4() } }))
}
