import type { StaffRole } from '@zhaoshang/contracts';
import { AppException } from '../common/app.exception';

/** The signed-in staff member a service acts for. */
export type Actor = { id: number; username: string; role: StaffRole; sessionId: string };

/** Services open with this: access is checked where the rule lives, not only at the edge. */
export function requireRole(actor: Actor | undefined, ...roles: StaffRole[]): asserts actor is Actor {
  if (!actor) throw AppException.unauthenticated();
  if (roles.length > 0 && !roles.includes(actor.role)) throw AppException.forbidden();
}
