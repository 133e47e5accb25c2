import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AdminPolicy, PolicyInput, PolicyStatus, TranslationStatus } from '@zhaoshang/contracts';
import { Brackets, type DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { requireRole, type Actor } from '../auth/actor';
import { AppException } from '../common/app.exception';
import { PolicyCatalog } from './policy-catalog';
import { PolicyTranslationEntity } from './policy-translation.entity';
import { PolicyVersionEntity } from './policy-version.entity';
import { checkReferenceCodes, createPolicy, inputOf, publishIssues, setStatus, toAdminPolicy, updatePolicy } from './policy-writer';
import { PolicyEntity } from './policy.entity';

type ListQuery = { q?: string; status?: PolicyStatus; category?: string; translation?: TranslationStatus; page: number; pageSize: number };

/** The console's policy editing: staff read, admins write and publish. */
@Injectable()
export class PolicyAdminService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly catalog: PolicyCatalog,
  ) {}

  async list(actor: Actor, query: ListQuery) {
    requireRole(actor, 'admin', 'staff');
    const qb = this.ds.getRepository(PolicyEntity).createQueryBuilder('p');
    if (query.status) qb.andWhere('p.status = :status', { status: query.status });
    if (query.category) qb.andWhere('p.category = :category', { category: query.category });
    if (query.q) {
      const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('p.document_number LIKE :like', { like })
            .orWhere('p.id IN (SELECT t.policy_id FROM policy_translation t WHERE t.title LIKE :like)', { like }),
        ),
      );
    }
    if (query.translation) qb.andWhere('p.id IN (SELECT t2.policy_id FROM policy_translation t2 WHERE t2.status = :ts)', { ts: query.translation });
    const [rows, total] = await qb
      .orderBy('p.updated_at', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    const translations = rows.length ? await this.ds.getRepository(PolicyTranslationEntity).createQueryBuilder('t').where('t.policy_id IN (:...ids)', { ids: rows.map((r) => r.id) }).getMany() : [];
    const of = (id: number, language: string) => translations.find((t) => t.policyId === id && t.language === language);
    return {
      items: rows.map((p) => ({
        id: p.id,
        version: p.version,
        status: p.status,
        category: p.category,
        titles: { 'zh-CN': of(p.id, 'zh-CN')?.title ?? '', en: of(p.id, 'en')?.title ?? '', ja: of(p.id, 'ja')?.title ?? '' },
        translationStatus: {
          'zh-CN': of(p.id, 'zh-CN')?.status ?? 'missing',
          en: of(p.id, 'en')?.status ?? 'missing',
          ja: of(p.id, 'ja')?.status ?? 'missing',
        },
        updatedAt: p.updatedAt.toISOString(),
        publishedAt: p.publishedAt ? p.publishedAt.toISOString() : null,
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async get(actor: Actor, id: number): Promise<AdminPolicy> {
    requireRole(actor, 'admin', 'staff');
    return toAdminPolicy(this.ds.manager, await this.find(this.ds.manager, id));
  }

  async create(actor: Actor, input: PolicyInput): Promise<AdminPolicy> {
    requireRole(actor, 'admin');
    return this.ds.transaction(async (tx) => {
      await this.assertCodes(tx, input);
      const view = await createPolicy(tx, input, actor.username);
      await this.audit.record({ actor, action: 'policy.create', targetType: 'policy', targetId: view.id }, tx);
      return view;
    });
  }

  async update(actor: Actor, id: number, version: number, input: PolicyInput): Promise<AdminPolicy> {
    requireRole(actor, 'admin');
    return this.ds.transaction(async (tx) => {
      await this.find(tx, id);
      await this.assertCodes(tx, input);
      const view = await updatePolicy(tx, id, version, input, actor.username);
      if (!view) throw new AppException('CONFLICT', 409);
      await this.audit.record({ actor, action: 'policy.update', targetType: 'policy', targetId: id, detail: { version: view.version } }, tx);
      return view;
    });
  }

  async publish(actor: Actor, id: number, version?: number): Promise<AdminPolicy> {
    requireRole(actor, 'admin');
    const view = await this.ds.transaction(async (tx) => {
      const policy = await this.find(tx, id);
      if (version !== undefined && version !== policy.version) throw new AppException('CONFLICT', 409);
      const issues = publishIssues(await toAdminPolicy(tx, policy));
      if (issues.length) throw AppException.validation(issues);
      const published = await setStatus(tx, id, policy.version, 'published', actor.username);
      if (!published) throw new AppException('CONFLICT', 409);
      await this.audit.record({ actor, action: 'policy.publish', targetType: 'policy', targetId: id, detail: { version: published.version } }, tx);
      return published;
    });
    this.catalog.invalidate();
    return view;
  }

  async archive(actor: Actor, id: number, version?: number): Promise<AdminPolicy> {
    requireRole(actor, 'admin');
    const view = await this.ds.transaction(async (tx) => {
      const policy = await this.find(tx, id);
      if (version !== undefined && version !== policy.version) throw new AppException('CONFLICT', 409);
      const archived = await setStatus(tx, id, policy.version, 'archived', actor.username);
      if (!archived) throw new AppException('CONFLICT', 409);
      await this.audit.record({ actor, action: 'policy.archive', targetType: 'policy', targetId: id, detail: { version: archived.version } }, tx);
      return archived;
    });
    this.catalog.invalidate();
    return view;
  }

  async versions(actor: Actor, id: number) {
    requireRole(actor, 'admin', 'staff');
    await this.find(this.ds.manager, id);
    const rows = await this.ds.getRepository(PolicyVersionEntity).find({
      where: { policyId: id },
      order: { version: 'DESC' },
      select: { version: true, action: true, at: true, actorName: true },
    });
    return { items: rows.map((r) => ({ version: r.version, action: r.action, at: r.at.toISOString(), actorName: r.actorName })) };
  }

  async version(actor: Actor, id: number, version: number) {
    requireRole(actor, 'admin', 'staff');
    const row = await this.ds.getRepository(PolicyVersionEntity).findOneBy({ policyId: id, version });
    if (!row) throw AppException.notFound();
    return { version: row.version, action: row.action, at: row.at.toISOString(), actorName: row.actorName, snapshot: row.snapshot };
  }

  /** Makes an old version the working copy again (a new version); publishing stays a separate step. */
  async restore(actor: Actor, id: number, fromVersion: number, expectedVersion: number): Promise<AdminPolicy> {
    requireRole(actor, 'admin');
    return this.ds.transaction(async (tx) => {
      await this.find(tx, id);
      const row = await tx.getRepository(PolicyVersionEntity).findOneBy({ policyId: id, version: fromVersion });
      if (!row) throw AppException.notFound();
      const view = await updatePolicy(tx, id, expectedVersion, inputOf(row.snapshot), actor.username, 'restore');
      if (!view) throw new AppException('CONFLICT', 409);
      await this.audit.record({ actor, action: 'policy.restore', targetType: 'policy', targetId: id, detail: { from: fromVersion, version: view.version } }, tx);
      return view;
    });
  }

  private async find(manager: EntityManager, id: number): Promise<PolicyEntity> {
    const policy = await manager.getRepository(PolicyEntity).findOneBy({ id });
    if (!policy) throw AppException.notFound();
    return policy;
  }

  private async assertCodes(manager: EntityManager, input: PolicyInput): Promise<void> {
    const issues = await checkReferenceCodes(manager, input);
    if (issues.length) throw AppException.validation(issues);
  }
}
