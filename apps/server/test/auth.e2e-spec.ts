import { AuditLogEntity } from '../src/audit/audit-log.entity';
import { signAccessToken, type AccessClaims } from '../src/auth/access-token';
import { dialects } from './support/databases';
import { buildStaffUser, createStaff } from './support/factories';
import { ADMIN_PASSWORD, loginAs, startTestApp, type TestApp } from './support/test-app';
import { SETUP_TIMEOUT_MS } from './support/timeouts';

const SECRET = 'test-secret-test-secret-test-secret-42';

describe.each(dialects())('staff auth (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect, { LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', LOGIN_MAX_ATTEMPTS_PER_IP: '1000', AUTH_TOKEN_SECRET: SECRET });
  }, SETUP_TIMEOUT_MS);
  afterAll(() => t.close(), SETUP_TIMEOUT_MS);
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  it('signs the first admin in with ADMIN_INITIAL_PASSWORD and never returns the password hash', async () => {
    const res = await t.http.post('/api/v1/admin/auth/login').send({ username: 'Admin', password: ADMIN_PASSWORD }).expect(200);
    expect(res.body).toMatchObject({ expiresIn: 900, user: { username: 'admin', role: 'admin', active: true } });
    expect(typeof res.body.accessToken).toBe('string');
    expect(typeof res.body.refreshToken).toBe('string');
    expect(JSON.stringify(res.body)).not.toMatch(/scrypt|passwordHash/);
    const me = await t.http.get('/api/v1/admin/auth/me').set(bearer(res.body.accessToken)).expect(200);
    expect(me.body.username).toBe('admin');
    expect(me.body.lastLoginAt).not.toBeNull();
  });

  it('refuses a wrong password with one message for unknown users and wrong passwords, and audits both', async () => {
    const wrong = await t.http.post('/api/v1/admin/auth/login?lang=en').send({ username: 'admin', password: 'nope-nope-nope' }).expect(401);
    const unknown = await t.http.post('/api/v1/admin/auth/login?lang=en').send({ username: 'ghost', password: 'nope-nope-nope' }).expect(401);
    expect(wrong.body).toMatchObject({ code: 'INVALID_CREDENTIALS', message: 'Wrong user name or password.' });
    expect(unknown.body).toEqual({ ...wrong.body, requestId: unknown.body.requestId });
    const failures = await t.dataSource.getRepository(AuditLogEntity).findBy({ action: 'auth.login', outcome: 'failure' });
    expect(failures.map((f) => f.detail?.reason)).toEqual(expect.arrayContaining(['wrong_password', 'unknown_user']));
  });

  it('locks an account after repeated failures, with Retry-After and a translated message, even for the right password', async () => {
    const user = await createStaff(t);
    for (let i = 0; i < 3; i++) {
      await t.http.post('/api/v1/admin/auth/login').send({ username: user.username, password: 'wrong-password' }).expect(401);
    }
    const locked = await t.http.post('/api/v1/admin/auth/login?lang=ja').send({ username: user.username, password: user.password }).expect(429);
    expect(locked.body.code).toBe('RATE_LIMITED');
    expect(locked.body.message).toMatch(/^試行回数が多すぎます。\d+ 秒後にもう一度お試しください。$/);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    const audited = await t.dataSource.getRepository(AuditLogEntity).findBy({ action: 'auth.login', outcome: 'failure' });
    expect(audited.some((a) => a.detail?.username === user.username && a.detail?.reason === 'rate_limited')).toBe(true);
    // another account from the same IP is not affected
    await loginAs(t, 'admin', ADMIN_PASSWORD);
  });

  it('rotates refresh tokens: the new one works, the old one is refused', async () => {
    const login = await t.http.post('/api/v1/admin/auth/login').send({ username: 'admin', password: ADMIN_PASSWORD }).expect(200);
    const first = await t.http.post('/api/v1/admin/auth/refresh').send({ refreshToken: login.body.refreshToken }).expect(200);
    await t.http.get('/api/v1/admin/auth/me').set(bearer(first.body.accessToken)).expect(200);
    const reused = await t.http.post('/api/v1/admin/auth/refresh').send({ refreshToken: login.body.refreshToken }).expect(401);
    expect(reused.body.code).toBe('SESSION_EXPIRED');
  });

  it('logout revokes the session: its access token stops working at once', async () => {
    const token = await loginAs(t, 'admin', ADMIN_PASSWORD);
    await t.http.post('/api/v1/admin/auth/logout').set(bearer(token)).expect(204);
    const after = await t.http.get('/api/v1/admin/auth/me?lang=en').set(bearer(token)).expect(401);
    expect(after.body).toMatchObject({ code: 'SESSION_EXPIRED', message: 'Your session has expired. Please sign in again.' });
  });

  it('refuses missing, forged and expired tokens', async () => {
    expect((await t.http.get('/api/v1/admin/auth/me').expect(401)).body.code).toBe('UNAUTHENTICATED');
    expect((await t.http.get('/api/v1/admin/auth/me').set(bearer('a.b.c')).expect(401)).body.code).toBe('UNAUTHENTICATED');
    const token = await loginAs(t, 'admin', ADMIN_PASSWORD);
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as AccessClaims;
    const now = Math.floor(Date.now() / 1000);
    const expired = signAccessToken({ ...claims, iat: now - 1000, exp: now - 1 }, SECRET);
    expect((await t.http.get('/api/v1/admin/auth/me').set(bearer(expired)).expect(401)).body.code).toBe('SESSION_EXPIRED');
    const forged = signAccessToken({ ...claims, exp: now + 600 }, 'another-secret-another-secret-another');
    expect((await t.http.get('/api/v1/admin/auth/me').set(bearer(forged)).expect(401)).body.code).toBe('UNAUTHENTICATED');
  });

  it('lets only admins list and create accounts, and audits creation', async () => {
    const staff = await createStaff(t);
    const denied = await t.http.get('/api/v1/admin/users?lang=en').set(bearer(staff.token)).expect(403);
    expect(denied.body).toMatchObject({ code: 'FORBIDDEN', message: 'You do not have permission to do this.' });
    await t.http.post('/api/v1/admin/users').set(bearer(staff.token)).send(buildStaffUser()).expect(403);
    await t.http.get('/api/v1/admin/audit-log').set(bearer(staff.token)).expect(403);

    const admin = await loginAs(t, 'admin', ADMIN_PASSWORD);
    const list = await t.http.get('/api/v1/admin/users').set(bearer(admin)).expect(200);
    expect(list.body.items.map((u: { username: string }) => u.username)).toEqual(expect.arrayContaining(['admin', staff.username]));
    const dup = await t.http.post('/api/v1/admin/users').set(bearer(admin)).send(buildStaffUser({ username: staff.username })).expect(409);
    expect(dup.body.code).toBe('USERNAME_TAKEN');
    const audit = await t.http.get('/api/v1/admin/audit-log?action=user.create').set(bearer(admin)).expect(200);
    expect(audit.body.items.some((e: { detail: { username?: string } }) => e.detail?.username === staff.username)).toBe(true);
  });

  it('changing the password ends the other sessions and keeps the current one', async () => {
    const staff = await createStaff(t);
    const other = await loginAs(t, staff.username, staff.password);
    const wrong = await t.http
      .post('/api/v1/admin/auth/password')
      .set(bearer(staff.token))
      .send({ currentPassword: 'not-my-password', newPassword: 'a-brand-new-password' })
      .expect(400);
    expect(wrong.body.details[0]).toMatchObject({ field: 'currentPassword', code: 'invalid_value' });
    await t.http.post('/api/v1/admin/auth/password').set(bearer(staff.token)).send({ currentPassword: staff.password, newPassword: 'a-brand-new-password' }).expect(204);
    await t.http.get('/api/v1/admin/auth/me').set(bearer(staff.token)).expect(200);
    await t.http.get('/api/v1/admin/auth/me').set(bearer(other)).expect(401);
    await loginAs(t, staff.username, 'a-brand-new-password');
  });

  it('stores passwords only as memory-hard hashes', async () => {
    const rows: { password_hash: string }[] = await t.dataSource.query('SELECT password_hash FROM staff_user');
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
  });
});
