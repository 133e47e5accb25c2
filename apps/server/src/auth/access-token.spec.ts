import { signAccessToken, signInvestorToken, verifyAccessToken, verifyInvestorToken } from './access-token';
import { hashPassword, verifyPassword } from './password';

describe('access token', () => {
  const claims = { sub: 7, sid: 's-1', role: 'staff' as const, iat: 1000, exp: 2000 };

  it('verifies its own signature and reports expiry', () => {
    const sut = signAccessToken(claims, 'k'.repeat(32));
    expect(verifyAccessToken(sut, 'k'.repeat(32), 1500)).toEqual({ ok: true, claims });
    expect(verifyAccessToken(sut, 'k'.repeat(32), 2000)).toEqual({ ok: false, reason: 'expired' });
  });

  it('rejects a token signed with another key or tampered with', () => {
    const sut = signAccessToken(claims, 'k'.repeat(32));
    expect(verifyAccessToken(sut, 'x'.repeat(32), 1500)).toEqual({ ok: false, reason: 'invalid' });
    const [h, , s] = sut.split('.');
    const forged = `${h}.${Buffer.from(JSON.stringify({ ...claims, role: 'admin' })).toString('base64url')}.${s}`;
    expect(verifyAccessToken(forged, 'k'.repeat(32), 1500)).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('investor token', () => {
  it('is never accepted as a console token, nor a console token as an investor one', () => {
    const key = 'k'.repeat(32);
    const investor = signInvestorToken({ sub: 7, iat: 1000, exp: 2000 }, key);
    expect(verifyInvestorToken(investor, key, 1500)).toEqual({ ok: true, claims: { sub: 7, typ: 'investor', iat: 1000, exp: 2000 } });
    expect(verifyAccessToken(investor, key, 1500)).toEqual({ ok: false, reason: 'invalid' });
    const staff = signAccessToken({ sub: 7, sid: 's-1', role: 'admin', iat: 1000, exp: 2000 }, key);
    expect(verifyInvestorToken(staff, key, 1500)).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('password hash', () => {
  it('verifies the right password only, with a fresh salt each time', async () => {
    const a = await hashPassword('correct horse battery');
    const b = await hashPassword('correct horse battery');
    expect(a).not.toBe(b);
    expect(a.startsWith('scrypt$32768$8$1$')).toBe(true);
    await expect(verifyPassword('correct horse battery', a)).resolves.toBe(true);
    await expect(verifyPassword('correct horse batterY', a)).resolves.toBe(false);
  });
});
