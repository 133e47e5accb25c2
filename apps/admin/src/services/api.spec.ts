import { ApiError } from '@zhaoshang/api-client';
import { createFakeServer, PATHS } from '../test/fake-server';
import { createAdminApi } from './api';
import { createSessionStore } from './session';

function setup() {
  const server = createFakeServer();
  const session = createSessionStore(null);
  const sut = createAdminApi({ transport: server.transport, session, getLanguage: () => 'en' });
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
