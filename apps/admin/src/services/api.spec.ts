import { ApiError } from '@zhaoshang/api-client';
import { createFakeServer, PATHS } from '../test/fake-server';
import { attachmentName, createAdminApi } from './api';
import { createSessionStore } from './session';

function setup() {
  const server = createFakeServer();
  const session = createSessionStore(null);
  const sut = createAdminApi({ transport: server.transport, fetchFile: server.fetchFile, session, getLanguage: () => 'en' });
  return { server, session, sut };
}

describe('admin api session rules', () => {
  it('signs in, then sends the staff token and the UI language on every call', async () => {
    const { server, session, sut } = setup();
    await sut.signIn({ username: 'admin', password: 'admin-password-1' });
    await sut.api.adminMe();
    const me = server.calls(PATHS.me)[0];
    expect(me?.headers.authorization).toBe(`Bearer ${session.get()?.accessToken}`);
    expect(me?.headers['accept-language']).toBe('en');
  });

  it('on SESSION_EXPIRED refreshes once, shared by concurrent calls, and retries', async () => {
    const { server, session, sut } = setup();
    await sut.signIn({ username: 'admin', password: 'admin-password-1' });
    const before = session.get()?.accessToken;
    server.expireAccessTokens();

    const [me, users] = await Promise.all([sut.api.adminMe(), sut.api.listStaffUsers({ query: { page: 1, pageSize: 20 } })]);
    expect(me.username).toBe('admin');
    expect(users.total).toBe(2);
    expect(server.calls(PATHS.refresh)).toHaveLength(1);
    expect(session.get()?.accessToken).not.toBe(before);
  });

  it('ends the session as expired when the refresh fails too', async () => {
    const { server, session, sut } = setup();
    await sut.signIn({ username: 'admin', password: 'admin-password-1' });
    server.expireAccessTokens();
    server.revokeRefreshTokens();

    await expect(sut.api.adminMe()).rejects.toMatchObject({ code: 'SESSION_EXPIRED' });
    expect(session.get()).toBeNull();
    expect(session.endReason()).toBe('SESSION_EXPIRED');
  });

  it('keeps the session when the refresh cannot reach the server, and says the network failed', async () => {
    const { server, session, sut } = setup();
    await sut.signIn({ username: 'admin', password: 'admin-password-1' });
    server.expireAccessTokens();
    server.goOffline(PATHS.refresh);

    await expect(sut.api.adminMe()).rejects.toMatchObject({ code: 'NETWORK' });
    expect(session.get()).not.toBeNull();
  });

  it('leaves a failed sign-in alone: no refresh, no session', async () => {
    const { server, session, sut } = setup();
    const failure = sut.signIn({ username: 'admin', password: 'wrong-password' });
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS', message: 'Wrong user name or password.' });
    expect(server.calls(PATHS.refresh)).toHaveLength(0);
    expect(session.get()).toBeNull();
  });

  it('a sign-out the user asked for is not reported as an expired session', async () => {
    const { server, session, sut } = setup();
    await sut.signIn({ username: 'admin', password: 'admin-password-1' });
    server.expireAccessTokens();
    server.revokeRefreshTokens();

    await sut.signOut();
    expect(session.get()).toBeNull();
    expect(session.endReason()).toBeUndefined();
  });

  it('signs out locally even when the server cannot be reached', async () => {
    const { session, sut } = setup();
    await sut.signIn({ username: 'admin', password: 'admin-password-1' });
    const offline = createAdminApi({ transport: () => Promise.reject(new Error('offline')), session, getLanguage: () => 'en' });
    await offline.signOut();
    expect(session.get()).toBeNull();
  });
});

describe('admin api file downloads', () => {
  const EXPORT = '/api/v1/admin/leads/export';

  it('sends the staff token and the UI language, and hands back the file with its name', async () => {
    const { server, session, sut } = setup();
    await sut.signIn({ username: 'li.na', password: 'staff-password-1' });
    const file = await sut.download(EXPORT, { stage: 'new', format: 'csv' }, 'leads.csv');
    const [request] = server.calls(PATHS.exportLeads);
    expect(request?.url).toBe(`${EXPORT}?stage=new&format=csv`);
    expect(request?.headers.authorization).toBe(`Bearer ${session.get()?.accessToken}`);
    expect(request?.headers['accept-language']).toBe('en');
    expect(file.filename).toBe('leads-20250310.csv');
    // staff get their own leads, phones masked
    const text = await file.blob.text();
    expect(text).toContain('Suzuki Precision Co., Ltd.,new,+81 901***5678');
    expect(text).not.toContain('Health Bridge GmbH');
  });

  it('refreshes an expired session once and retries, like every other call', async () => {
    const { server, sut } = setup();
    await sut.signIn({ username: 'admin', password: 'admin-password-1' });
    server.expireAccessTokens();
    const file = await sut.download(EXPORT, { format: 'xlsx' }, 'leads.xlsx');
    expect(file.filename).toBe('leads-20250310.xlsx');
    expect(server.calls(PATHS.refresh)).toHaveLength(1);
    expect(server.calls(PATHS.exportLeads)).toHaveLength(2);
  });

  it("turns the server's error body into the one error type, codes and fields included", async () => {
    const { sut } = setup();
    await sut.signIn({ username: 'admin', password: 'admin-password-1' });
    await expect(sut.download(EXPORT, { format: 'pdf' }, 'leads.pdf')).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      status: 400,
      details: [expect.objectContaining({ field: 'query.format', code: 'invalid_value' })],
    });
  });

  it('reads the file name from Content-Disposition, plain or RFC 5987', () => {
    expect(attachmentName('attachment; filename="leads-2025-03-10.csv"')).toBe('leads-2025-03-10.csv');
    expect(attachmentName("attachment; filename*=UTF-8''%E7%BA%BF%E7%B4%A2.xlsx")).toBe('线索.xlsx');
    expect(attachmentName('inline')).toBeNull();
    expect(attachmentName(null)).toBeNull();
  });
});
