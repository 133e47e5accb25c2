import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  OPEN_LEAD_STAGES,
  type AdminConcierge,
  type ConciergeDeactivation,
  type ConciergeInput,
  type ConciergeStatusChange,
  type FieldIssue,
  type Language,
} from '@zhaoshang/contracts';
import { translate } from '@zhaoshang/i18n';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { requireRole, type Actor } from '../auth/actor';
import { StaffUserEntity } from '../auth/staff-user.entity';
import { AppException } from '../common/app.exception';
import { AssignmentService } from '../intents/assignment';
import { IntentEntity } from '../intents/intent.entity';
import { LeadsService } from '../leads/leads.service';
import { AreaEntity } from '../meta/area.entity';
import { BackgroundWorker } from '../outbox/outbox.service';
import { PolicyCatalog } from '../policies/policy-catalog';
import { ConciergeEntity } from './concierge.entity';
import { adminConcierge, cleanTranslated, conciergeTexts } from './concierge-views';

type OpenLead = Pick<IntentEntity, 'id' | 'version' | 'conciergeId' | 'industries' | 'language'>;
type Move = { intentId: number; conciergeId: number | null; name: string | null };
const OPEN_LEAD_COLUMNS = { id: true, version: true, conciergeId: true, industries: true, language: true } as const;

const columns = (input: ConciergeInput) => ({
  code: input.code,
  names: cleanTranslated(input.names),
  titles: cleanTranslated(input.titles),
  bios: cleanTranslated(input.bios),
  languages: input.languages,
  industries: input.industries,
  areas: input.areas,
  phone: input.phone,
  wechatId: input.wechatId,
  officeHours: input.officeHours,
  photoUrl: input.photoUrl,
  sort: input.sort,
  sample: input.sample,
});

/**
 * Concierge profiles in the console: staff read, admins write. Deactivating someone hands every
 * one of their open leads to another concierge by the lead desk's routing rules, in the same
 * transaction, through the lead desk's own reassignment (LeadsService.handOver).
 */
@Injectable()
export class ConciergesAdminService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly catalog: PolicyCatalog,
    private readonly assignment: AssignmentService,
    private readonly leads: LeadsService,
    private readonly worker: BackgroundWorker,
  ) {}

  onModuleInit(): void {
    this.worker.register('hand over leads of inactive concierges', () => this.handOverStranded());
  }

  // ---- reading ----

  async list(actor: Actor, language: Language): Promise<{ items: AdminConcierge[] }> {
    requireRole(actor, 'admin', 'staff');
    const rows = await this.ds.getRepository(ConciergeEntity).find({ order: { sort: 'ASC', id: 'ASC' } });
    return { items: await this.views(this.ds.manager, rows, language) };
  }

  async get(actor: Actor, id: number, language: Language): Promise<AdminConcierge> {
    requireRole(actor, 'admin', 'staff');
    return this.view(this.ds.manager, await find(this.ds.manager, id), language);
  }

  private async views(manager: EntityManager, rows: ConciergeEntity[], language: Language): Promise<AdminConcierge[]> {
    if (!rows.length) return [];
    const counts = await manager
      .getRepository(IntentEntity)
      .createQueryBuilder('i')
      .select('i.concierge_id', 'conciergeId')
      .addSelect('COUNT(*)', 'n')
      .where('i.concierge_id IN (:...ids) AND i.stage IN (:...open) AND i.merged_into_id IS NULL', { ids: rows.map((c) => c.id), open: OPEN_LEAD_STAGES })
      .groupBy('i.concierge_id')
      .getRawMany<{ conciergeId: number | string; n: number | string }>();
    const open = new Map(counts.map((c) => [Number(c.conciergeId), Number(c.n)]));
    const staffIds = rows.map((c) => c.staffUserId).filter((s): s is number => s !== null);
    const staff = new Map((staffIds.length ? await manager.getRepository(StaffUserEntity).find({ select: { id: true, username: true }, where: { id: In(staffIds) } }) : []).map((s) => [s.id, s.username]));
    const now = new Date();
    return rows.map((c) => adminConcierge(c, language, { openLeads: open.get(c.id) ?? 0, staffUsername: c.staffUserId === null ? null : (staff.get(c.staffUserId) ?? null) }, now));
  }

  private async view(manager: EntityManager, row: ConciergeEntity, language: Language): Promise<AdminConcierge> {
    const [view] = await this.views(manager, [row], language);
    return view as AdminConcierge;
  }

  // ---- writing ----

  async create(actor: Actor, input: ConciergeInput, ip: string, language: Language): Promise<AdminConcierge> {
    requireRole(actor, 'admin');
    return this.write(async (tx) => {
      await this.assertInput(tx, input, null);
      const repo = tx.getRepository(ConciergeEntity);
      const { identifiers } = await repo.insert({ ...columns(input), active: true, staffUserId: null, version: 1, updatedBy: actor.username });
      const id = Number(identifiers[0]?.id);
      await this.audit.record({ actor, action: 'concierge.create', targetType: 'concierge', targetId: id, ip, detail: { code: input.code } }, tx);
      return this.view(tx, await repo.findOneByOrFail({ id }), language);
    });
  }

  async update(actor: Actor, id: number, version: number, input: ConciergeInput, ip: string, language: Language): Promise<AdminConcierge> {
    requireRole(actor, 'admin');
    return this.write(async (tx) => {
      await find(tx, id);
      await this.assertInput(tx, input, id);
      await bump(tx, id, version, { ...columns(input), updatedBy: actor.username });
      await this.audit.record({ actor, action: 'concierge.update', targetType: 'concierge', targetId: id, ip, detail: { version: version + 1 } }, tx);
      return this.view(tx, await find(tx, id), language);
    });
  }

  /**
   * Deactivates a concierge and hands each of their open leads (not signed, landed or closed) to
   * the concierge the lead desk's rules choose now, exactly once, in one transaction with the
   * version bump. A lead no active concierge can take goes to the admins' queue (unassigned,
   * admins notified). Deactivating someone already inactive changes nothing.
   */
  async deactivate(actor: Actor, id: number, body: ConciergeStatusChange, ip: string, language: Language): Promise<ConciergeDeactivation> {
    requireRole(actor, 'admin');
    const { row, moves } = await this.write(async (tx) => {
      const before = await find(tx, id);
      if (!before.active) {
        if (before.version !== body.version) throw new AppException('CONFLICT', 409);
        return { row: before, moves: [] as Move[] };
      }
      await bump(tx, id, body.version, { active: false, updatedBy: actor.username });
      const reason = body.reason ?? translate(language, 'concierges', 'handover.reason.deactivated', { name: conciergeTexts(before, language).name });
      const leads = await tx.getRepository(IntentEntity).find({ select: OPEN_LEAD_COLUMNS, where: { conciergeId: id, stage: In([...OPEN_LEAD_STAGES]), mergedIntoId: IsNull() }, order: { id: 'ASC' } });
      const moved = await this.handOver(tx, actor, leads, reason, ip, language);
      await this.audit.record(
        { actor, action: 'concierge.deactivate', targetType: 'concierge', targetId: id, ip, detail: { version: body.version + 1, reassigned: moved.length, queued: moved.filter((m) => m.conciergeId === null).length } },
        tx,
      );
      return { row: await find(tx, id), moves: moved };
    });
    const counts = new Map<number | null, { conciergeId: number | null; name: string | null; count: number }>();
    for (const m of moves) {
      const entry = counts.get(m.conciergeId) ?? { conciergeId: m.conciergeId, name: m.name, count: 0 };
      entry.count++;
      counts.set(m.conciergeId, entry);
    }
    return {
      concierge: await this.view(this.ds.manager, row, language),
      reassigned: moves.length,
      queued: moves.filter((m) => m.conciergeId === null).length,
      byConcierge: [...counts.values()].sort((a, b) => b.count - a.count || (a.conciergeId ?? Infinity) - (b.conciergeId ?? Infinity)),
      moves,
    };
  }

  /** Back in the directory and the routing; the leads handed over stay where they went. */
  async reactivate(actor: Actor, id: number, body: ConciergeStatusChange, ip: string, language: Language): Promise<AdminConcierge> {
    requireRole(actor, 'admin');
    return this.write(async (tx) => {
      const before = await find(tx, id);
      if (before.active) {
        if (before.version !== body.version) throw new AppException('CONFLICT', 409);
        return this.view(tx, before, language);
      }
      await bump(tx, id, body.version, { active: true, updatedBy: actor.username });
      await this.audit.record({ actor, action: 'concierge.reactivate', targetType: 'concierge', targetId: id, ip, detail: { version: body.version + 1 } }, tx);
      return this.view(tx, await find(tx, id), language);
    });
  }

  // ---- handing over ----

  /**
   * Each lead to the concierge the routing rules choose (round-robin among equals) from the
   * roster this transaction sees, never to the one it leaves.
   */
  private async handOver(tx: EntityManager, actor: Actor | null, leads: OpenLead[], reason: string, ip: string | null, language: Language): Promise<Move[]> {
    if (!leads.length) return [];
    const roster = await this.assignment.freshRoster(tx);
    const moves: Move[] = [];
    for (const lead of leads) {
      const exclude = lead.conciergeId === null ? [] : [lead.conciergeId];
      const to = await this.assignment.choose({ industries: lead.industries, language: lead.language }, exclude, roster);
      await this.leads.handOver(tx, actor, lead, to?.id ?? null, reason, ip);
      moves.push({ intentId: lead.id, conciergeId: to?.id ?? null, name: to ? conciergeTexts(to, language).name : null });
    }
    return moves;
  }

  /**
   * A lead can still reach an inactive concierge: another replica's roster is up to 2 s old, or
   * two concierges were deactivated at the same moment and handed leads to each other. The
   * background worker finds such leads and hands them over once each (the lead's version makes
   * a second replica's attempt a no-op).
   */
  async handOverStranded(): Promise<number> {
    const stranded = await this.ds
      .getRepository(IntentEntity)
      .createQueryBuilder('i')
      .select(['i.id', 'i.version', 'i.conciergeId', 'i.industries', 'i.language'])
      // a literal 0: booleans are 0/1 in both dialects, and SQLite cannot bind `false`
      .where('i.concierge_id IN (SELECT c.id FROM concierge c WHERE c.active = 0)')
      .andWhere('i.stage IN (:...open) AND i.merged_into_id IS NULL', { open: OPEN_LEAD_STAGES })
      .orderBy('i.id')
      .limit(100)
      .getMany();
    let moved = 0;
    for (const lead of stranded) {
      try {
        await this.ds.transaction((tx) => this.handOver(tx, null, [lead], translate('zh-CN', 'concierges', 'handover.reason.inactive'), null, 'zh-CN'));
        moved++;
      } catch (error) {
        // moved meanwhile by someone else: nothing left to do for this one
        if (!(error instanceof AppException && error.code === 'CONFLICT')) throw error;
      }
    }
    return moved;
  }

  // ---- helpers ----

  /** One transaction; routing on this replica sees the change at once (others within 2 s). */
  private async write<T>(fn: (tx: EntityManager) => Promise<T>): Promise<T> {
    const result = await this.ds.transaction(fn);
    this.assignment.forget();
    return result;
  }

  private async assertInput(tx: EntityManager, input: ConciergeInput, id: number | null): Promise<void> {
    const issues: FieldIssue[] = [];
    for (const [n, code] of input.industries.entries()) if (!(await this.catalog.hasCode('industry', code))) issues.push({ field: `industries.${n}`, code: 'invalid_value' });
    if (input.areas.length) {
      const known = new Set((await tx.getRepository(AreaEntity).find({ select: { code: true }, where: { code: In(input.areas) } })).map((a) => a.code));
      input.areas.forEach((code, n) => known.has(code) || issues.push({ field: `areas.${n}`, code: 'invalid_value' }));
    }
    const other = await tx.getRepository(ConciergeEntity).findOne({ select: { id: true }, where: { code: input.code } });
    if (other && other.id !== id) issues.push({ field: 'code', code: 'duplicate' });
    if (issues.length) throw AppException.validation(issues);
  }
}

async function find(manager: EntityManager, id: number): Promise<ConciergeEntity> {
  const row = await manager.getRepository(ConciergeEntity).findOneBy({ id });
  if (!row) throw AppException.notFound();
  return row;
}

/** Optimistic lock: the change applies only to the version the admin was looking at. */
async function bump(tx: EntityManager, id: number, version: number, set: Partial<ConciergeEntity>): Promise<void> {
  const res = await tx.getRepository(ConciergeEntity).createQueryBuilder().update().set({ ...set, version: version + 1 }).where('id = :id AND version = :version', { id, version }).execute();
  if (!res.affected) throw new AppException('CONFLICT', 409);
}
