import { createParamDecorator, Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyRequest } from 'fastify';
import type { DataSource } from 'typeorm';
import { verifyInvestorToken } from '../auth/access-token';
import { AppException } from '../common/app.exception';
import { APP_CONFIG } from '../config/config';
import type { AppConfig } from '../config/config.schema';

/** The signed-in investor a service acts for. */
export type InvestorActor = { id: number; kind: 'wechat' | 'guest'; openid: string | null; consentVersion: string | null };
type InvestorRequest = FastifyRequest & { investor?: InvestorActor };

/** Authenticates mini-program calls; a deleted account's token stops working at once. */
@Injectable()
export class InvestorAuthGuard implements CanActivate {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<InvestorRequest>();
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match?.[1]) throw AppException.unauthenticated();
    const verified = verifyInvestorToken(match[1], this.config.authTokenSecret);
    if (!verified.ok) throw verified.reason === 'expired' ? new AppException('SESSION_EXPIRED', 401) : AppException.unauthenticated();
    // plain SQL: every investor call runs it
    const [row] = await this.ds.query<{ id: number; kind: InvestorActor['kind']; openid: string | null; consent_version: string | null; deleted_at: unknown }[]>(
      'SELECT id, kind, openid, consent_version, deleted_at FROM investor WHERE id = ?',
      [verified.claims.sub],
    );
    if (!row || row.deleted_at !== null) throw new AppException('SESSION_EXPIRED', 401);
    request.investor = { id: Number(row.id), kind: row.kind, openid: row.openid, consentVersion: row.consent_version };
    return true;
  }
}

export const CurrentInvestor = createParamDecorator((_: unknown, context: ExecutionContext): InvestorActor => {
  const investor = context.switchToHttp().getRequest<InvestorRequest>().investor;
  if (!investor) throw AppException.unauthenticated();
  return investor;
});

/** Services open with this, like requireRole for staff. */
export function requireInvestor(investor: InvestorActor | undefined): asserts investor is InvestorActor {
  if (!investor) throw AppException.unauthenticated();
}
