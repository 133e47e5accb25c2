import { createHmac, timingSafeEqual } from 'node:crypto';
import type { StaffRole } from '@zhaoshang/contracts';

/** HS256 JWT claims of a console access token. `sid` ties it to a revocable session. */
export type AccessClaims = { sub: number; sid: string; role: StaffRole; iat: number; exp: number };
/** Claims of an investor token (mini-program); `typ` keeps it from ever passing as a console token. */
export type InvestorClaims = { sub: number; typ: 'investor'; iat: number; exp: number };

const b64url = (input: Buffer | string) => Buffer.from(input).toString('base64url');
const HEADER = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

function sign(claims: object, secret: string): string {
  const payload = b64url(JSON.stringify(claims));
  const signature = createHmac('sha256', secret).update(`${HEADER}.${payload}`).digest('base64url');
  return `${HEADER}.${payload}.${signature}`;
}

export type VerifyResult<C> = { ok: true; claims: C } | { ok: false; reason: 'invalid' | 'expired' };

function verify<C extends { exp: number }>(token: string, secret: string, valid: (c: Record<string, unknown>) => boolean, nowSeconds: number): VerifyResult<C> {
  const [header, payload, signature] = token.split('.');
  if (!header || !payload || !signature || header !== HEADER) return { ok: false, reason: 'invalid' };
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'invalid' };
  let claims: Record<string, unknown>;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (typeof claims !== 'object' || claims === null || typeof claims.exp !== 'number' || typeof claims.sub !== 'number' || !valid(claims)) return { ok: false, reason: 'invalid' };
  if (claims.exp <= nowSeconds) return { ok: false, reason: 'expired' };
  return { ok: true, claims: claims as C };
}

const now = () => Math.floor(Date.now() / 1000);

export function signAccessToken(claims: AccessClaims, secret: string): string {
  return sign(claims, secret);
}

export function verifyAccessToken(token: string, secret: string, nowSeconds = now()): VerifyResult<AccessClaims> {
  return verify<AccessClaims>(token, secret, (c) => typeof c.sid === 'string' && c.typ === undefined, nowSeconds);
}

export function signInvestorToken(claims: Omit<InvestorClaims, 'typ'>, secret: string): string {
  return sign({ ...claims, typ: 'investor' }, secret);
}

export function verifyInvestorToken(token: string, secret: string, nowSeconds = now()): VerifyResult<InvestorClaims> {
  return verify<InvestorClaims>(token, secret, (c) => c.typ === 'investor' && c.sid === undefined, nowSeconds);
}
