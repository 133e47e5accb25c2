import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AdminPolicy, PolicyInput, PolicyStatus, TranslationStatus } from '@zhaoshang/contracts';
import { Brackets, type DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { requireRole, type Actor } from '../auth/actor';
import { DocumentEditing } from '../content/document-editing';
import { PolicyCatalog } from './policy-catalog';
import { PolicyTranslationEntity } from './policy-translation.entity';
import { checkReferenceCodes, inputOf, POLICY_DOCUMENTS, publishIssues } from './policy-writer';
import { PolicyEntity } from './policy.entity';

type ListQuery = { q?: string; status?: PolicyStatus; category?: string; translation?: TranslationStatus; page: number; pageSize: number };

/** The console's policy editing: staff read, admins write and publish. */
@Injectable()
export class PolicyAdminService {
  private readonly editing: DocumentEditing<PolicyEntity, AdminPolicy, PolicyInput>;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    audit: AuditService,
    catalog: PolicyCatalog,
  ) {
    this.editing = new DocumentEditing<PolicyEntity, AdminPolicy, PolicyInput>(ds, audit, POLICY_DOCUMENTS, {
      target: 'policy',
      publishIssues,
      inputOf,
      check: (manager, input) => checkReferenceCodes(manager, input),
      changed: () => catalog.invalidate(),
    });
  }

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

  get(actor: Actor, id: number): Promise<AdminPolicy> {
    return this.editing.get(actor, id);
  }

  create(actor: Actor, input: PolicyInput): Promise<AdminPolicy> {
    return this.editing.create(actor, input);
  }

  update(actor: Actor, id: number, version: number, input: PolicyInput): Promise<AdminPolicy> {
    return this.editing.update(actor, id, version, input);
  }

  publish(actor: Actor, id: number, version?: number): Promise<AdminPolicy> {
    return this.editing.publish(actor, id, version);
  }

  archive(actor: Actor, id: number, version?: number): Promise<AdminPolicy> {
    return this.editing.archive(actor, id, version);
  }

  versions(actor: Actor, id: number) {
    return this.editing.versions(actor, id);
  }

  version(actor: Actor, id: number, version: number) {
    return this.editing.version(actor, id, version);
  }

  /** Makes an old version the working copy again (a new version); publishing stays a separate step. */
  restore(actor: Actor, id: number, fromVersion: number, expectedVersion: number): Promise<AdminPolicy> {
    return this.editing.restore(actor, id, fromVersion, expectedVersion);
  }
}
