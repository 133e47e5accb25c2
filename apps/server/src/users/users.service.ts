import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CreateStaffUserRequest, StaffUser } from '@zhaoshang/contracts';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { requireRole, type Actor } from '../auth/actor';
import { mapStaffUser } from '../auth/auth.service';
import { hashPassword } from '../auth/password';
import { StaffUserEntity } from '../auth/staff-user.entity';
import { AppException } from '../common/app.exception';
import { ConciergeEntity } from '../concierges/concierge.entity';

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, query: { page: number; pageSize: number }) {
    requireRole(actor, 'admin');
    const [rows, total] = await this.ds.getRepository(StaffUserEntity).findAndCount({
      order: { id: 'ASC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    return { items: rows.map(mapStaffUser), total, page: query.page, pageSize: query.pageSize };
  }

  /**
   * Makes a staff account work as a concierge profile (or none): the account then sees that
   * concierge's leads and hears about them. A profile belongs to one account at a time, so the
   * profile's earlier account and the account's earlier profile are unlinked.
   */
  async linkConcierge(actor: Actor, userId: number, conciergeId: number | null, ip: string): Promise<void> {
    requireRole(actor, 'admin');
    await this.ds.transaction(async (tx) => {
      if (!(await tx.getRepository(StaffUserEntity).existsBy({ id: userId }))) throw AppException.notFound();
      const concierges = tx.getRepository(ConciergeEntity);
      if (conciergeId !== null && !(await concierges.existsBy({ id: conciergeId }))) throw AppException.validation([{ field: 'conciergeId', code: 'invalid_value' }]);
      const before = await concierges.findOne({ select: { id: true }, where: { staffUserId: userId } });
      await concierges.update({ staffUserId: userId }, { staffUserId: null });
      if (conciergeId !== null) await concierges.update({ id: conciergeId }, { staffUserId: userId });
      await this.audit.record({ actor, action: 'user.concierge', ip, targetType: 'staff_user', targetId: userId, detail: { from: before?.id ?? null, to: conciergeId } }, tx);
    });
  }

  async create(actor: Actor, body: CreateStaffUserRequest): Promise<StaffUser> {
    requireRole(actor, 'admin');
    const passwordHash = await hashPassword(body.password);
    return this.ds.transaction(async (tx) => {
      const users = tx.getRepository(StaffUserEntity);
      if (await users.existsBy({ username: body.username })) throw new AppException('USERNAME_TAKEN', 409);
      const { identifiers } = await users.insert({ username: body.username, displayName: body.displayName, role: body.role, passwordHash, active: true });
      const id = Number(identifiers[0]?.id);
      await this.audit.record({ actor, action: 'user.create', targetType: 'staff_user', targetId: id, detail: { username: body.username, role: body.role } }, tx);
      return mapStaffUser(await users.findOneByOrFail({ id }));
    });
  }
}
