import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  FINAL_STAGES,
  INTENT_STAGES,
  maskEmail,
  type AssignmentRule,
  type Language,
  type LeadDetail,
  type LeadQuery,
  type StageChange,
} from '@zhaoshang/contracts';
import { Brackets, In, IsNull, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { requireRole, type Actor } from '../auth/actor';
import { AuditService } from '../audit/audit.service';
import { AppException } from '../common/app.exception';
import { ConciergeEntity } from '../concierges/concierge.entity';
import { BackgroundWorker } from '../outbox/outbox.service';
import { PolicyCatalog } from '../policies/policy-catalog';
import { AssignmentService } from '../intents/assignment';
import { AssignmentRuleEntity, IntentEntity, IntentEventEntity, StaffNotificationEntity } from '../intents/intent.entity';
import { eventView, leadSummaryView, stageName } from '../intents/intent-views';
import { translate } from '@zhaoshang/i18n';
import { IntentsService } from '../intents/intents.service';
import { LeadNotifier } from '../intents/lead-notifier';
import { ReplyClock } from '../intents/reply-clock';

export type LeadFilters = Omit<LeadQuery, 'page' | 'pageSize'>;
const EXPORT_MAX_ROWS = 50_000;

/** The lead desk: staff work the leads of their concierge profile, admins all of them. */
@Injectable()
export class LeadsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly catalog: PolicyCatalog,
    private readonly assignment: AssignmentService,
    private readonly intents: IntentsService,
    private readonly notifier: LeadNotifier,
    private readonly clock: ReplyClock,
    private readonly worker: BackgroundWorker,
  ) {}

  onModuleInit(): void {
    this.worker.register('escalate overdue leads', () => this.escalateOverdue());
  }

  // ---- access ----

  /** null: every lead (admins); else the concierge profiles linked to this staff account. */
  private async scope(actor: Actor): Promise<number[] | null> {
    requireRole(actor, 'admin', 'staff');
    if (actor.role === 'admin') return null;
    const mine = await this.ds.getRepository(ConciergeEntity).find({ select: { id: true }, where: { staffUserId: actor.id } });
    return mine.map((c) => c.id);
  }

  /** A lead the actor may work; others' leads are indistinguishable from missing ones. */
  private async lead(actor: Actor, id: number, manager: EntityManager = this.ds.manager): Promise<IntentEntity> {
    const scope = await this.scope(actor);
    const intent = await manager.getRepository(IntentEntity).findOneBy({ id });
    if (!intent || (scope !== null && (intent.conciergeId === null || !scope.includes(intent.conciergeId)))) throw AppException.notFound();
    return intent;
  }

  private async concierges(): Promise<Map<number, ConciergeEntity>> {
    return new Map((await this.ds.getRepository(ConciergeEntity).find()).map((c) => [c.id, c]));
  }

  // ---- reading ----

  private filtered(scope: number[] | null, f: LeadFilters, withStage = true): SelectQueryBuilder<IntentEntity> {
    const qb = this.ds.getRepository(IntentEntity).createQueryBuilder('i');
    if (scope !== null) qb.andWhere(scope.length ? 'i.concierge_id IN (:...scope)' : '1 = 0', { scope });
    if (withStage && f.stage) qb.andWhere('i.stage = :stage', { stage: f.stage });
    // industries are a JSON array of codes: match the quoted code
    if (f.industry) qb.andWhere('i.industries LIKE :industry', { industry: `%"${f.industry.replace(/[%_"\\]/g, '')}"%` });
    if (f.language) qb.andWhere('i.language = :language', { language: f.language });
    if (f.assigneeId) qb.andWhere('i.concierge_id = :assigneeId', { assigneeId: f.assigneeId });
    if (f.source) qb.andWhere('i.source = :source', { source: f.source });
    if (f.overdue === 'true') qb.andWhere('i.reply_due_at < :now AND i.stage NOT IN (:...final)', { now: new Date(), final: FINAL_STAGES });
    if (f.overdue === 'false') qb.andWhere(new Brackets((w) => w.where('i.reply_due_at IS NULL').orWhere('i.reply_due_at >= :now', { now: new Date() }).orWhere('i.stage IN (:...final)', { final: FINAL_STAGES })));
    const q = f.q?.trim();
    if (q) {
      const like = `%${q.replace(/[%_\\]/g, '')}%`;
      qb.andWhere(
        new Brackets((w) => {
          w.where('i.company_name LIKE :like', { like }).orWhere('i.contact_name LIKE :like', { like }).orWhere('i.uscc = :upper', { upper: q.toUpperCase() });
          if (/^\d{1,9}$/.test(q)) w.orWhere('i.id = :qid', { qid: Number(q) });
        }),
      );
    }
    return qb;
  }

  async list(actor: Actor, query: LeadQuery, language: Language) {
    const scope = await this.scope(actor);
    const [rows, total] = await this.filtered(scope, query)
      .orderBy('i.id', 'DESC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    const counts = await this.filtered(scope, query, false).select('i.stage', 'stage').addSelect('COUNT(*)', 'n').groupBy('i.stage').getRawMany<{ stage: string; n: string | number }>();
    const stages = Object.fromEntries(INTENT_STAGES.map((s) => [s, 0]));
    for (const c of counts) stages[c.stage] = Number(c.n);
    const concierges = await this.concierges();
    return { items: rows.map((i) => leadSummaryView(i, concierges, language)), total, page: query.page, pageSize: query.pageSize, stages };
  }

  async detail(actor: Actor, id: number, language: Language): Promise<LeadDetail> {
    const intent = await this.lead(actor, id);
    return this.view(intent, language);
  }

  private async view(intent: IntentEntity, language: Language): Promise<LeadDetail> {
    const repo = this.ds.getRepository(IntentEntity);
    const merged = await repo.find({ select: { id: true }, where: { mergedIntoId: intent.id } });
    const historyOf = [intent.id, ...merged.map((m) => m.id)];
    const events = await this.ds.getRepository(IntentEventEntity).find({ where: { intentId: In(historyOf) }, order: { createdAt: 'ASC', id: 'ASC' } });
    const concierges = await this.concierges();
    const dupIds = intent.anonymizedAt ? [] : await this.intents.findDuplicates(this.ds.manager, { uscc: intent.uscc, phone: intent.phone, investorId: intent.investorId }, intent.id);
    const dups = dupIds.length ? await repo.findBy({ id: In(dupIds) }) : [];
    const duplicates = dups.filter((d) => d.mergedIntoId === null);
    return {
      ...leadSummaryView(intent, concierges, language),
      possibleDuplicate: duplicates.length > 0,
      company: { name: intent.companyName, ...(intent.uscc ? { uscc: intent.uscc } : {}), country: intent.country, type: intent.enterpriseType },
      email: intent.email ? maskEmail(intent.email) : null,
      project: { industries: intent.industries, amountRange: intent.amountRange, spaceKind: intent.spaceKind, ...(intent.spaceSize ? { spaceSize: intent.spaceSize } : {}), timeline: intent.timeline as LeadDetail['project']['timeline'] },
      message: intent.message,
      areaCode: intent.areaCode,
      profile: intent.profile,
      policies: await this.catalog.publishedTitles(intent.policyIds, language),
      closeReason: intent.closeReason,
      mergedIntoId: intent.mergedIntoId,
      duplicates: duplicates.map((d) => ({
          id: d.id,
          companyName: d.companyName,
          stage: d.stage,
          matchedOn: [...(intent.uscc && d.uscc === intent.uscc ? ['uscc' as const] : []), ...(intent.phone && d.phone === intent.phone ? ['phone' as const] : []), ...(d.investorId === intent.investorId ? ['wechat' as const] : [])],
        })),
      timeline: events.map((e) => ({ ...eventView(e, language, concierges), intentId: e.intentId, internal: e.internal })),
    };
  }

  // ---- working a lead ----

  /** An event by a staff member, or by the system when `actor` is null. */
  private staffEvent(actor: Actor | null, intentId: number, kind: IntentEventEntity['kind'], extra: Partial<IntentEventEntity> = {}) {
    const by = actor ? { actorKind: 'staff' as const, staffUserId: actor.id, actorName: actor.username } : { actorKind: 'system' as const, staffUserId: null, actorName: null };
    return { intentId, kind, ...by, stage: null, reason: null, body: null, conciergeId: null, otherIntentId: null, internal: false, clientId: null, ...extra };
  }

  /** Optimistic lock: the change applies only to the version the staff member was looking at. */
  private async bump(tx: EntityManager, id: number, version: number, set: Partial<IntentEntity>): Promise<void> {
    const result = await tx.getRepository(IntentEntity).createQueryBuilder().update().set({ ...set, version: () => 'version + 1' }).where('id = :id AND version = :version', { id, version }).execute();
    if (!result.affected) throw new AppException('CONFLICT', 409);
  }

  async changeStage(actor: Actor, id: number, body: StageChange, ip: string, language: Language): Promise<LeadDetail> {
    await this.ds.transaction(async (tx) => {
      const intent = await this.lead(actor, id, tx);
      if (intent.mergedIntoId !== null) throw new AppException('CONFLICT', 409);
      if (intent.stage === body.stage && intent.closeReason === (body.reason ?? null)) return;
      const now = new Date();
      await this.bump(tx, id, body.version, { stage: body.stage, closeReason: body.stage === 'closed' ? (body.reason ?? 'other') : null, replyDueAt: this.clock.dueFor(body.stage, now), escalatedAt: null });
      const inserted = await tx.getRepository(IntentEventEntity).insert(this.staffEvent(actor, id, 'stage', { stage: body.stage, reason: body.stage === 'closed' ? (body.reason ?? null) : null }));
      await this.notifier.investor(tx, id, Number(inserted.identifiers[0]?.id), 'stage');
      await this.audit.record({ actor, action: 'lead.stage', targetType: 'intent', targetId: id, ip, detail: { from: intent.stage, to: body.stage, reason: body.reason ?? null } }, tx);
    });
    return this.detail(actor, id, language);
  }

  async reassign(actor: Actor, id: number, body: { conciergeId: number; reason: string; version: number }, ip: string, language: Language): Promise<LeadDetail> {
    await this.ds.transaction(async (tx) => {
      const intent = await this.lead(actor, id, tx);
      const target = await tx.getRepository(ConciergeEntity).findOneBy({ id: body.conciergeId });
      if (!target?.active) throw AppException.validation([{ field: 'conciergeId', code: 'invalid_value' }]);
      if (target.id === intent.conciergeId) return;
      await this.handOver(tx, actor, { id, conciergeId: intent.conciergeId, version: body.version }, target.id, body.reason, ip);
    });
    // answered even to a staff member who just handed the lead over and no longer sees it
    return this.view(await this.ds.getRepository(IntentEntity).findOneByOrFail({ id }), language);
  }

  /**
   * Hands a lead to a concierge, or to the admins' queue (`to` null), in the caller's transaction:
   * the version moves on (CONFLICT when stale), the timeline gets a `reassigned` event the investor
   * sees (internal when it went to the queue: nobody to name yet), the new concierge's account (the
   * admins for the queue) is notified, and the audit log keeps it. A null actor is the system.
   * Used by a manual reassignment and by deactivating a concierge.
   */
  async handOver(tx: EntityManager, actor: Actor | null, lead: Pick<IntentEntity, 'id' | 'conciergeId' | 'version'>, to: number | null, reason: string, ip: string | null): Promise<void> {
    await this.bump(tx, lead.id, lead.version, { conciergeId: to });
    await tx.getRepository(IntentEventEntity).insert(this.staffEvent(actor, lead.id, 'reassigned', { conciergeId: to, reason, internal: to === null }));
    await this.notifier.staff(tx, 'lead.assigned', lead.id, to);
    await this.audit.record({ actor, action: 'lead.reassign', targetType: 'intent', targetId: lead.id, ip, detail: { from: lead.conciergeId, to, reason } }, tx);
  }

  async addNote(actor: Actor, id: number, body: string, language: Language): Promise<LeadDetail> {
    await this.lead(actor, id);
    await this.ds.getRepository(IntentEventEntity).insert(this.staffEvent(actor, id, 'note', { body, internal: true }));
    return this.detail(actor, id, language);
  }

  async sendMessage(actor: Actor, id: number, body: string, language: Language): Promise<LeadDetail> {
    await this.ds.transaction(async (tx) => {
      const intent = await this.lead(actor, id, tx);
      if (intent.anonymizedAt) throw new AppException('CONFLICT', 409);
      const inserted = await tx.getRepository(IntentEventEntity).insert(this.staffEvent(actor, id, 'message', { body }));
      // answered: the clock restarts for the stage the lead is in
      await tx.getRepository(IntentEntity).update({ id }, { replyDueAt: this.clock.dueFor(intent.stage, new Date()), escalatedAt: null });
      await this.notifier.investor(tx, id, Number(inserted.identifiers[0]?.id), 'reply');
    });
    return this.detail(actor, id, language);
  }

  /** Merges a duplicate into this lead: it is closed as a duplicate, both histories stay. */
  async merge(actor: Actor, id: number, duplicateId: number, ip: string, language: Language): Promise<LeadDetail> {
    if (id === duplicateId) throw AppException.validation([{ field: 'duplicateId', code: 'invalid_value' }]);
    await this.ds.transaction(async (tx) => {
      const keep = await this.lead(actor, id, tx);
      const dup = await this.lead(actor, duplicateId, tx);
      if (keep.mergedIntoId !== null || dup.mergedIntoId !== null) throw new AppException('CONFLICT', 409);
      await this.bump(tx, dup.id, dup.version, { mergedIntoId: keep.id, stage: 'closed', closeReason: 'duplicate', replyDueAt: null, conciergeId: keep.conciergeId });
      await tx.getRepository(IntentEventEntity).insert([
        this.staffEvent(actor, dup.id, 'merged', { otherIntentId: keep.id, conciergeId: keep.conciergeId }),
        this.staffEvent(actor, keep.id, 'merged', { otherIntentId: dup.id, internal: true }),
      ]);
      await this.audit.record({ actor, action: 'lead.merge', targetType: 'intent', targetId: keep.id, ip, detail: { merged: dup.id } }, tx);
    });
    return this.detail(actor, id, language);
  }

  /** The full phone and email of a lead: for its concierge and admins, every time audit-logged. */
  async reveal(actor: Actor, id: number, ip: string): Promise<{ phone: string; email: string | null }> {
    const intent = await this.lead(actor, id);
    await this.ds.transaction(async (tx) => {
      await tx.getRepository(IntentEventEntity).insert(this.staffEvent(actor, id, 'phone_revealed', { internal: true }));
      await this.audit.record({ actor, action: 'lead.reveal_contact', targetType: 'intent', targetId: id, ip }, tx);
    });
    return { phone: intent.phone ?? '', email: intent.email };
  }

  /** Rows for CSV/XLSX: phone and email in full for admins only. */
  async exportRows(actor: Actor, filters: LeadFilters, format: 'csv' | 'xlsx', ip: string, language: Language) {
    const scope = await this.scope(actor);
    const rows = await this.filtered(scope, filters).orderBy('i.id', 'DESC').take(EXPORT_MAX_ROWS).getMany();
    const concierges = await this.concierges();
    const unmasked = actor.role === 'admin';
    await this.audit.record({ actor, action: 'lead.export', targetType: 'intent', ip, detail: { format, filters, rows: rows.length, unmasked } });
    const nameOf = await this.catalog.referenceNamer();
    const names = (kind: 'industry' | 'amountRange' | 'enterpriseType' | 'spaceKind', codes: string[]) => codes.map((c) => nameOf(kind, c, language)).join(', ');
    const out: (string | number)[][] = [];
    for (const i of rows) {
      const v = leadSummaryView(i, concierges, language, unmasked);
      out.push([
        i.id,
        v.createdAt,
        stageName(v.stage, language),
        i.companyName,
        i.uscc ?? '',
        i.country,
        names('enterpriseType', [i.enterpriseType]),
        i.contactName,
        v.phone,
        i.email ? (unmasked ? i.email : maskEmail(i.email)) : '',
        i.language,
        names('industry', i.industries),
        names('amountRange', [i.amountRange]),
        names('spaceKind', [i.spaceKind]),
        i.spaceSize ?? '',
        i.source,
        v.assignee?.name ?? '',
        v.replyDueAt ?? '',
        translate(language, 'intents', v.overdue ? 'export.yes' : 'export.no'),
      ]);
    }
    return { rows: out, unmasked };
  }

  // ---- rules, notifications (concierges: apps/server/src/concierges) ----

  async rules(actor: Actor): Promise<{ rules: AssignmentRule[] }> {
    requireRole(actor, 'admin', 'staff');
    const rows = await this.ds.getRepository(AssignmentRuleEntity).find({ order: { sort: 'ASC', id: 'ASC' } });
    return { rules: rows.map((r) => ({ industry: r.industry, language: r.language, conciergeIds: r.conciergeIds })) };
  }

  async setRules(actor: Actor, rules: AssignmentRule[], ip: string): Promise<{ rules: AssignmentRule[] }> {
    requireRole(actor, 'admin');
    const known = new Set((await this.ds.getRepository(ConciergeEntity).find({ select: { id: true } })).map((c) => c.id));
    const issues = rules.flatMap((r, n) => r.conciergeIds.flatMap((id, k) => (known.has(id) ? [] : [{ field: `rules.${n}.conciergeIds.${k}`, code: 'invalid_value' as const }])));
    for (const [n, r] of rules.entries()) if (r.industry !== null && !(await this.catalog.hasCode('industry', r.industry))) issues.push({ field: `rules.${n}.industry`, code: 'invalid_value' });
    if (issues.length) throw AppException.validation(issues);
    await this.ds.transaction(async (tx) => {
      await tx.getRepository(AssignmentRuleEntity).createQueryBuilder().delete().execute();
      if (rules.length) await tx.getRepository(AssignmentRuleEntity).insert(rules.map((r, sort) => ({ ...r, sort })));
      await this.audit.record({ actor, action: 'lead.rules', targetType: 'assignment_rule', ip, detail: { rules: rules.length } }, tx);
    });
    this.assignment.forget();
    return this.rules(actor);
  }

  async notifications(actor: Actor) {
    requireRole(actor, 'admin', 'staff');
    const repo = this.ds.getRepository(StaffNotificationEntity);
    const rows = await repo.find({ where: { staffUserId: actor.id }, order: { id: 'DESC' }, take: 50 });
    const unread = await repo.countBy({ staffUserId: actor.id, readAt: IsNull() });
    const intents = rows.length ? await this.ds.getRepository(IntentEntity).find({ select: { id: true, companyName: true }, where: { id: In([...new Set(rows.map((r) => r.intentId))]) } }) : [];
    const company = new Map(intents.map((i) => [i.id, i.companyName]));
    return { items: rows.map((r) => ({ id: r.id, kind: r.kind, intentId: r.intentId, companyName: company.get(r.intentId) ?? '', at: r.createdAt.toISOString(), read: r.readAt !== null })), unread };
  }

  async readNotifications(actor: Actor, ids: number[] | undefined): Promise<void> {
    requireRole(actor, 'admin', 'staff');
    const where = { staffUserId: actor.id, readAt: IsNull(), ...(ids ? { id: In(ids) } : {}) };
    await this.ds.getRepository(StaffNotificationEntity).update(where, { readAt: new Date() });
  }

  // ---- deadlines ----

  /** Flags each overdue lead once per deadline: an internal event, the admins and the WeCom group are told. */
  async escalateOverdue(now = new Date()): Promise<number> {
    const repo = this.ds.getRepository(IntentEntity);
    const due = await repo
      .createQueryBuilder('i')
      .select(['i.id', 'i.conciergeId'])
      .where('i.reply_due_at < :now AND i.escalated_at IS NULL AND i.merged_into_id IS NULL AND i.stage NOT IN (:...final)', { now, final: FINAL_STAGES })
      .orderBy('i.id')
      .limit(100)
      .getMany();
    let escalated = 0;
    for (const lead of due) {
      await this.ds.transaction(async (tx) => {
        // claimed by the first replica to get here
        const claimed = await tx.getRepository(IntentEntity).createQueryBuilder().update().set({ escalatedAt: now }).where('id = :id AND escalated_at IS NULL', { id: lead.id }).execute();
        if (!claimed.affected) return;
        const inserted = await tx.getRepository(IntentEventEntity).insert({ intentId: lead.id, kind: 'escalated', actorKind: 'system', staffUserId: null, actorName: null, stage: null, reason: null, body: null, conciergeId: null, otherIntentId: null, internal: true, clientId: null });
        await this.notifier.overdue(tx, lead.id, lead.conciergeId, Number(inserted.identifiers[0]?.id));
        escalated++;
      });
    }
    return escalated;
  }
}
