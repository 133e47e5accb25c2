import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ChangePasswordRequest, LoginRequest, SessionResponse, StaffUser } from '@zhaoshang/contracts';
import { IsNull, type DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppException } from '../common/app.exception';
import { APP_CONFIG } from '../config/config';
import type { AppConfig } from '../config/config.schema';
import { RateLimitService } from '../rate-limit/rate-limit.service';
import { signAccessToken, verifyAccessToken } from './access-token';
import { requireRole, type Actor } from './actor';
import { DUMMY_HASH, hashPassword, verifyPassword } from './password';
import { StaffSessionEntity } from './staff-session.entity';
import { StaffUserEntity } from './staff-user.entity';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export function mapStaffUser(u: StaffUserEntity): StaffUser {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    active: u.active,
    createdAt: u.createdAt.toISOString(),
    lastLoginAt: u.lastLoginAt ? u.lastLoginAt.toISOString() : null,
  };
}

@Injectable()
export class AuthService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Auth');

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly rateLimit: RateLimitService,
  ) {}

  /** The first admin: from ADMIN_INITIAL_PASSWORD, or a random password printed once. */
  async onApplicationBootstrap(): Promise<void> {
    const users = this.ds.getRepository(StaffUserEntity);
    if (await users.existsBy({ username: 'admin' })) return;
    const password = this.config.ADMIN_INITIAL_PASSWORD ?? randomBytes(12).toString('base64url');
    try {
      await users.insert({ username: 'admin', displayName: 'Administrator', role: 'admin', passwordHash: await hashPassword(password), active: true });
    } catch (error) {
      // another replica created it at the same moment
      if (await users.existsBy({ username: 'admin' })) return;
      throw error;
    }
    await this.audit.record({ action: 'user.create', targetType: 'staff_user', targetId: 'admin', detail: { initialAdmin: true } });
    if (this.config.ADMIN_INITIAL_PASSWORD) {
      this.logger.log('Created the first admin "admin" with the password from ADMIN_INITIAL_PASSWORD.');
    } else {
      // printed once, never stored in clear
      process.stdout.write(
        `\n  First admin created.  user: admin   password: ${password}\n  (shown only this once; change it in the console or set ADMIN_INITIAL_PASSWORD before the first start)\n\n`,
      );
    }
  }

  async login(body: LoginRequest, ip: string): Promise<SessionResponse> {
    const windowSeconds = this.config.LOGIN_WINDOW_SECONDS;
    const accountKey = `login:account:${body.username}`;
    const ipKey = `login:ip:${ip}`;
    const [account, byIp] = await Promise.all([this.rateLimit.peek(accountKey, windowSeconds), this.rateLimit.hit(ipKey, windowSeconds)]);
    if (account.count >= this.config.LOGIN_MAX_FAILURES_PER_ACCOUNT || byIp.count > this.config.LOGIN_MAX_ATTEMPTS_PER_IP) {
      await this.audit.record({ action: 'auth.login', outcome: 'failure', ip, detail: { username: body.username, reason: 'rate_limited' } });
      throw AppException.rateLimited(Math.min(account.count >= this.config.LOGIN_MAX_FAILURES_PER_ACCOUNT ? account.resetInSeconds : Infinity, byIp.resetInSeconds));
    }

    const user = await this.ds.getRepository(StaffUserEntity).findOneBy({ username: body.username });
    const passwordOk = await verifyPassword(body.password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !passwordOk || !user.active) {
      await this.rateLimit.hit(accountKey, windowSeconds);
      await this.audit.record({
        actor: user ? { id: user.id, username: user.username } : null,
        action: 'auth.login',
        outcome: 'failure',
        ip,
        detail: { username: body.username, reason: !user ? 'unknown_user' : !passwordOk ? 'wrong_password' : 'inactive' },
      });
      throw new AppException('INVALID_CREDENTIALS', 401);
    }

    const refreshToken = randomBytes(32).toString('base64url');
    const session = await this.ds.transaction(async (tx) => {
      const created = tx.getRepository(StaffSessionEntity).create({
        id: randomUUID(),
        userId: user.id,
        refreshTokenHash: sha256(refreshToken),
        expiresAt: new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_DAYS * 86400_000),
        revokedAt: null,
        ip,
      });
      await tx.getRepository(StaffSessionEntity).insert(created);
      await tx.getRepository(StaffUserEntity).update({ id: user.id }, { lastLoginAt: new Date() });
      await this.audit.record({ actor: user, action: 'auth.login', ip, targetType: 'session', targetId: created.id }, tx);
      return created;
    });
    await this.rateLimit.reset(accountKey, this.config.LOGIN_WINDOW_SECONDS);
    const fresh = await this.ds.getRepository(StaffUserEntity).findOneByOrFail({ id: user.id });
    return this.issue(fresh, session.id, refreshToken);
  }

  async refresh(refreshToken: string, ip: string): Promise<SessionResponse> {
    const sessions = this.ds.getRepository(StaffSessionEntity);
    const session = await sessions.findOneBy({ refreshTokenHash: sha256(refreshToken), revokedAt: IsNull() });
    if (!session || session.expiresAt.getTime() <= Date.now()) throw new AppException('SESSION_EXPIRED', 401);
    const user = await this.ds.getRepository(StaffUserEntity).findOneBy({ id: session.userId });
    if (!user?.active) throw new AppException('SESSION_EXPIRED', 401);
    // rotate: the old refresh token stops working; a reused old token finds nothing
    const next = randomBytes(32).toString('base64url');
    const rotated = await sessions.update({ id: session.id, refreshTokenHash: session.refreshTokenHash }, { refreshTokenHash: sha256(next), ip });
    if (!rotated.affected) throw new AppException('SESSION_EXPIRED', 401);
    return this.issue(user, session.id, next);
  }

  async logout(actor: Actor, ip: string): Promise<void> {
    requireRole(actor);
    await this.ds.getRepository(StaffSessionEntity).update({ id: actor.sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
    await this.audit.record({ actor, action: 'auth.logout', ip, targetType: 'session', targetId: actor.sessionId });
  }

  async me(actor: Actor): Promise<StaffUser> {
    requireRole(actor);
    return mapStaffUser(await this.ds.getRepository(StaffUserEntity).findOneByOrFail({ id: actor.id }));
  }

  async changePassword(actor: Actor, body: ChangePasswordRequest, ip: string): Promise<void> {
    requireRole(actor);
    const users = this.ds.getRepository(StaffUserEntity);
    const user = await users.findOneByOrFail({ id: actor.id });
    if (!(await verifyPassword(body.currentPassword, user.passwordHash))) {
      await this.audit.record({ actor, action: 'auth.password', outcome: 'failure', ip });
      throw AppException.validation([{ field: 'currentPassword', code: 'invalid_value' }]);
    }
    const passwordHash = await hashPassword(body.newPassword);
    await this.ds.transaction(async (tx) => {
      await tx.getRepository(StaffUserEntity).update({ id: actor.id }, { passwordHash });
      // every other session of this user ends
      await tx
        .getRepository(StaffSessionEntity)
        .createQueryBuilder()
        .update()
        .set({ revokedAt: new Date() })
        .where('user_id = :id AND id <> :sid AND revoked_at IS NULL', { id: actor.id, sid: actor.sessionId })
        .execute();
      await this.audit.record({ actor, action: 'auth.password', ip }, tx);
    });
  }

  /** Bearer token → actor, checking signature, expiry, session revocation and the account. */
  async authenticate(token: string): Promise<Actor> {
    const result = verifyAccessToken(token, this.config.authTokenSecret);
    if (!result.ok) throw new AppException(result.reason === 'expired' ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED', 401);
    const { claims } = result;
    const session = await this.ds.getRepository(StaffSessionEntity).findOneBy({ id: claims.sid });
    if (!session || session.revokedAt || session.userId !== claims.sub) throw new AppException('SESSION_EXPIRED', 401);
    const user = await this.ds.getRepository(StaffUserEntity).findOneBy({ id: claims.sub });
    if (!user?.active) throw new AppException('SESSION_EXPIRED', 401);
    return { id: user.id, username: user.username, role: user.role, sessionId: session.id };
  }

  private issue(user: StaffUserEntity, sessionId: string, refreshToken: string): SessionResponse {
    const iat = Math.floor(Date.now() / 1000);
    const expiresIn = this.config.ACCESS_TOKEN_TTL_SECONDS;
    const accessToken = signAccessToken({ sub: user.id, sid: sessionId, role: user.role, iat, exp: iat + expiresIn }, this.config.authTokenSecret);
    return { accessToken, expiresIn, refreshToken, user: mapStaffUser(user) };
  }
}
