import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditEntry } from '@zhaoshang/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import { requireRole } from '../auth/actor';
import { AuditLogEntity } from './audit-log.entity';

export type AuditRecord = {
  actor?: Pick<Actor, 'id' | 'username'> | null;
  action: string;
  targetType?: string;
  targetId?: string | number;
  outcome?: 'success' | 'failure';
  ip?: string | null;
  detail?: Record<string, unknown>;
};

export function mapAudit(e: AuditLogEntity): AuditEntry {
  return {
    id: e.id,
    at: e.at.toISOString(),
    actorId: e.actorId,
    actorName: e.actorName,
    action: e.action,
    targetType: e.targetType,
    targetId: e.targetId,
    outcome: e.outcome,
    ip: e.ip,
    detail: e.detail,
  };
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Writes one entry; pass the transaction's manager to make it part of the change. */
  async record(entry: AuditRecord, manager: EntityManager = this.ds.manager): Promise<void> {
    await manager.getRepository(AuditLogEntity).insert({
      actorId: entry.actor?.id ?? null,
      actorName: entry.actor?.username ?? null,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId === undefined ? null : String(entry.targetId),
      outcome: entry.outcome ?? 'success',
      ip: entry.ip ?? null,
      detail: (entry.detail ?? null) as never,
    });
  }

  async list(actor: Actor, query: { page: number; pageSize: number; action?: string }) {
    requireRole(actor, 'admin');
    const [rows, total] = await this.ds.getRepository(AuditLogEntity).findAndCount({
      where: query.action ? { action: query.action } : {},
      order: { id: 'DESC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    return { items: rows.map(mapAudit), total, page: query.page, pageSize: query.pageSize };
  }
}
