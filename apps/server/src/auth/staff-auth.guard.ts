import { createParamDecorator, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { AppException } from '../common/app.exception';
import type { Actor } from './actor';
import { AuthService } from './auth.service';

type StaffRequest = FastifyRequest & { actor?: Actor };

/** Authenticates console calls (Bearer access token). Roles are checked in the services. */
@Injectable()
export class StaffAuthGuard implements CanActivate {
  constructor(private readonly auth: AuthService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<StaffRequest>();
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match?.[1]) throw AppException.unauthenticated();
    request.actor = await this.auth.authenticate(match[1]);
    return true;
  }
}

export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<StaffRequest>().actor;
  if (!actor) throw AppException.unauthenticated();
  return actor;
});

export const ClientIp = createParamDecorator((_: unknown, context: ExecutionContext): string => context.switchToHttp().getRequest<FastifyRequest>().ip);
