import { createParamDecorator, Inject, Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyRequest } from 'fastify';
import type { DataSource } from 'typeorm';
import { verifyInvestorToken } from '../auth/access-token';
import { AppException } from '../common/app.exception';
import { APP_CONFIG } from '../config/config';
import type { AppConfig } from '../config/config.schema';

/** The signed-in investor a service acts for. */
export type InvestorActor = { id: number; kind: 'wechat' | 'guest'; openid: string | null; consentVersion: string | null };
type InvestorRequest = FastifyRequest & { investor?: InvestorActor; investorId?: number };

/** The investor row's columns an actor is made of (plain SQL: every investor call reads them). */
export const INVESTOR_ACTOR_COLUMNS = 'id, kind, openid, consent_version, deleted_at';
export type InvestorActorRow = { id: number; kind: InvestorActor['kind']; openid: string | null; consent_version: string | null; deleted_at: unknown };

/** The actor of a row; a missing or deleted account's token stops working at once. */
export function investorActorOf(row: InvestorActorRow | undefined): InvestorActor {
  if (!row || row.deleted_at !== null) throw new AppException('SESSION_EXPIRED', 401);
  return { id: Number(row.id), kind: row.kind, openid: row.openid, consentVersion: row.consent_version };
}

const DEFERRED = 'zhaoshang:investor-lookup-deferred';

/**
 * On a handler whose service reads the investor row itself, folded into a statement it runs
 * anyway (the submission's duplicate check): the guard then checks only the token's signature and
 * expiry, and the service turns the row into the actor with `investorActorOf` before anything else.
 */
export const DeferInvestorLookup = () => SetMetadata(DEFERRED, true);

/** Authenticates mini-program calls; a deleted account's token stops working at once. */
@Injectable()
export class InvestorAuthGuard implements CanActivate {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<InvestorRequest>();
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match?.[1]) throw AppException.unauthenticated();
    const verified = verifyInvestorToken(match[1], this.config.authTokenSecret);
    if (!verified.ok) throw verified.reason === 'expired' ? new AppException('SESSION_EXPIRED', 401) : AppException.unauthenticated();
    if (this.reflector.get<boolean | undefined>(DEFERRED, context.getHandler())) {
      request.investorId = verified.claims.sub;
      return true;
    }
    const [row] = await this.ds.query<InvestorActorRow[]>(`SELECT ${INVESTOR_ACTOR_COLUMNS} FROM investor WHERE id = ?`, [verified.claims.sub]);
    request.investor = investorActorOf(row);
    return true;
  }
}

/** The token's investor id on a `DeferInvestorLookup` handler (the account is not checked yet). */
export const CurrentInvestorId = createParamDecorator((_: unknown, context: ExecutionContext): number => {
  const id = context.switchToHttp().getRequest<InvestorRequest>().investorId;
  if (id === undefined) throw AppException.unauthenticated();
  return id;
});

export const CurrentInvestor = createParamDecorator((_: unknown, context: ExecutionContext): InvestorActor => {
  const investor = context.switchToHttp().getRequest<InvestorRequest>().investor;
  if (!investor) throw AppException.unauthenticated();
  return investor;
});

/** Services open with this, like requireRole for staff. */
export function requireInvestor(investor: InvestorActor | undefined): asserts investor is InvestorActor {
  if (!investor) throw AppException.unauthenticated();
}
