import { randomUUID } from 'node:crypto';
import { PRIVACY_NOTICE_VERSION, type IntentRequest } from '@zhaoshang/contracts';
import { ADMIN_PASSWORD, loginAs, type TestApp } from './test-app';

let n = 0;

/** A valid intent as the mini-program sends it; override any part. */
export function buildIntent(overrides: { company?: Partial<IntentRequest['company']>; contact?: Partial<IntentRequest['contact']>; project?: Partial<IntentRequest['project']> } & Partial<Omit<IntentRequest, 'company' | 'contact' | 'project'>> = {}): IntentRequest {
  n++;
  const { company, contact, project, ...rest } = overrides;
  return {
    company: { name: `Sample Co. ${n}`, country: 'JP', type: 'foreign_invested', ...company },
    contact: { name: `Contact ${n}`, phone: `+81901234${String(5000 + n).padStart(4, '0')}`, email: `contact${n}@example.jp`, language: 'ja', ...contact },
    project: { industries: ['biomedicine'], amountRange: '10m_50m', spaceKind: 'factory', spaceSize: 5000, timeline: 'within_6_months', ...project },
    message: 'We would like to visit the district next month.',
    consentVersion: PRIVACY_NOTICE_VERSION,
    ...rest,
  };
}

export async function guestToken(t: TestApp): Promise<string> {
  const res = await t.http.post('/api/v1/auth/guest').send({ deviceId: randomUUID() }).expect(200);
  return (res.body as { token: string }).token;
}

export async function submit(t: TestApp, token: string, body: IntentRequest = buildIntent(), key: string = randomUUID()) {
  return t.http.post('/api/v1/intents').set('authorization', `Bearer ${token}`).set('idempotency-key', key).send(body);
}

/** Makes a staff account the console login of a concierge: its leads become theirs. */
/** Links a staff account to a concierge profile the way an admin does in the console. */
export async function linkConcierge(t: TestApp, conciergeId: number | null, staffUserId: number): Promise<void> {
  const admin = await loginAs(t, 'admin', ADMIN_PASSWORD);
  await t.http.put(`/api/v1/admin/users/${staffUserId}/concierge`).set('authorization', `Bearer ${admin}`).send({ conciergeId }).expect(204);
}
