import type { CreateStaffUserRequest } from '@zhaoshang/contracts';
import { loginAs, type TestApp, ADMIN_PASSWORD } from './test-app';

let counter = 0;

export function buildStaffUser(overrides: Partial<CreateStaffUserRequest> = {}): CreateStaffUserRequest {
  counter++;
  return { username: `staff${counter}`, displayName: `Staff ${counter}`, role: 'staff', password: `password-${counter}-long`, ...overrides };
}

/** Creates an account through the API as the first admin and returns it with a signed-in token. */
export async function createStaff(t: TestApp, overrides: Partial<CreateStaffUserRequest> = {}) {
  const admin = await loginAs(t, 'admin', ADMIN_PASSWORD);
  const body = buildStaffUser(overrides);
  await t.http.post('/api/v1/admin/users').set('authorization', `Bearer ${admin}`).send(body).expect(201);
  const token = await loginAs(t, body.username, body.password);
  return { ...body, token };
}
