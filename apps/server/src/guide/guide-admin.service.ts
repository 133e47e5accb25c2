import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AdminGuideNode, AdminGuidePage, AdminGuideTree, FieldIssue, GuideOrder, GuidePageCreate, GuidePageInput, Language } from '@zhaoshang/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { requireRole, type Actor } from '../auth/actor';
import { AppException } from '../common/app.exception';
import { bumpRevision } from '../content/content-revision';
import { DocumentEditing } from '../content/document-editing';
import { GuideCatalog } from './guide-catalog';
import { GuidePageTranslationEntity } from './guide-page-translation.entity';
import { GuidePageEntity } from './guide-page.entity';
import { GUIDE_DOCUMENTS, GUIDE_SCOPE, guideInputOf, guidePublishIssues } from './guide-writer';

/**
 * The console's guide editing: staff read, admins write, publish and reorder. Pages are edited
 * like policies (the shared DocumentEditing); the tree's order is the guide's own.
 */
@Injectable()
export class GuideAdminService {
  private readonly editing: DocumentEditing<GuidePageEntity, AdminGuidePage, GuidePageInput>;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly catalog: GuideCatalog,
  ) {
    this.editing = new DocumentEditing<GuidePageEntity, AdminGuidePage, GuidePageInput>(ds, audit, GUIDE_DOCUMENTS, {
      target: 'guide_page',
      publishIssues: guidePublishIssues,
      inputOf: guideInputOf,
      changed: () => catalog.invalidate(),
    });
  }

  /** Every section with every page, in order, with status and translation status (staff and admins). */
  async tree(actor: Actor): Promise<AdminGuideTree> {
    requireRole(actor, 'admin', 'staff');
    return treeOf(this.ds.manager);
  }

  get(actor: Actor, id: number): Promise<AdminGuidePage> {
    return this.editing.get(actor, id);
  }

  /** A draft section (after the last one) or a draft page at the end of its section. */
  create(actor: Actor, body: GuidePageCreate): Promise<AdminGuidePage> {
    const { kind, slug, parentId, ...input } = body;
    return this.editing.create(actor, input, async (tx) => {
      const repo = tx.getRepository(GuidePageEntity);
      const issues: FieldIssue[] = [];
      if (await repo.existsBy({ slug })) issues.push({ field: 'slug', code: 'duplicate' });
      if (kind === 'section' && parentId !== null) issues.push({ field: 'parentId', code: 'invalid_value' });
      if (kind !== 'section') {
        if (parentId === null) issues.push({ field: 'parentId', code: 'required' });
        else if (!(await repo.existsBy({ id: parentId, kind: 'section' }))) issues.push({ field: 'parentId', code: 'invalid_value' });
      }
      if (issues.length) throw AppException.validation(issues);
      const last = await repo
        .createQueryBuilder('g')
        .select('MAX(g.sort)', 'sort')
        .where(parentId === null ? 'g.parent_id IS NULL' : 'g.parent_id = :parentId', { parentId })
        .getRawOne<{ sort: number | string | null }>();
      return { kind, slug, parentId, sort: last?.sort === null || last?.sort === undefined ? 0 : Number(last.sort) + 1 };
    });
  }

  update(actor: Actor, id: number, version: number, input: GuidePageInput): Promise<AdminGuidePage> {
    return this.editing.update(actor, id, version, input);
  }

  publish(actor: Actor, id: number, version?: number): Promise<AdminGuidePage> {
    return this.editing.publish(actor, id, version);
  }

  archive(actor: Actor, id: number, version?: number): Promise<AdminGuidePage> {
    return this.editing.archive(actor, id, version);
  }

  versions(actor: Actor, id: number) {
    return this.editing.versions(actor, id);
  }

  version(actor: Actor, id: number, version: number) {
    return this.editing.version(actor, id, version);
  }

  restore(actor: Actor, id: number, fromVersion: number, expectedVersion: number): Promise<AdminGuidePage> {
    return this.editing.restore(actor, id, fromVersion, expectedVersion);
  }

  /**
   * Puts the whole tree in the given order: sections, and pages into sections (moving a page is
   * giving it to another section). The order must name every node exactly once; when nodes were
   * added since the console loaded the tree it is refused with CONFLICT, so nothing is lost.
   * Order is not versioned: it changes what investors see at once.
   */
  async reorder(actor: Actor, order: GuideOrder): Promise<AdminGuideTree> {
    requireRole(actor, 'admin');
    const tree = await this.ds.transaction(async (tx) => {
      const repo = tx.getRepository(GuidePageEntity);
      const rows = await repo.find({ select: { id: true, kind: true, parentId: true, sort: true } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      const issues: FieldIssue[] = [];
      const seen = new Set<number>();
      const once = (id: number, field: string) => {
        if (seen.has(id)) issues.push({ field, code: 'duplicate' });
        seen.add(id);
      };
      order.sections.forEach((s, i) => {
        once(s.id, `sections.${i}.id`);
        s.pages.forEach((p, j) => once(p, `sections.${i}.pages.${j}`));
      });
      if (issues.length) throw AppException.validation(issues);
      if (seen.size !== rows.length || [...seen].some((id) => !byId.has(id))) throw new AppException('CONFLICT', 409);
      order.sections.forEach((s, i) => {
        if (byId.get(s.id)?.kind !== 'section') issues.push({ field: `sections.${i}.id`, code: 'invalid_value' });
        s.pages.forEach((p, j) => {
          if (byId.get(p)?.kind === 'section') issues.push({ field: `sections.${i}.pages.${j}`, code: 'invalid_value' });
        });
      });
      if (issues.length) throw AppException.validation(issues);
      let moved = 0;
      const place = async (id: number, parentId: number | null, sort: number) => {
        const row = byId.get(id) as GuidePageEntity;
        if (row.parentId === parentId && row.sort === sort) return;
        moved++;
        // the place is not content: version, updated_at and who last edited stay as they are
        // (plain `?` placeholders: the same statement on SQLite, MySQL and MariaDB)
        await tx.query('UPDATE guide_page SET parent_id = ?, sort = ? WHERE id = ?', [parentId, sort, id]);
      };
      for (const [i, s] of order.sections.entries()) {
        await place(s.id, null, i);
        for (const [j, p] of s.pages.entries()) await place(p, s.id, j);
      }
      if (moved > 0) {
        await bumpRevision(tx, GUIDE_SCOPE);
        await this.audit.record({ actor, action: 'guide.reorder', targetType: 'guide', detail: { moved } }, tx);
      }
      return treeOf(tx);
    });
    this.catalog.invalidate();
    return tree;
  }
}

async function treeOf(manager: EntityManager): Promise<AdminGuideTree> {
  const rows = await manager.getRepository(GuidePageEntity).find({ order: { sort: 'ASC', id: 'ASC' } });
  const translations = await manager.getRepository(GuidePageTranslationEntity).find({ select: { pageId: true, language: true, title: true, status: true } });
  const of = new Map(translations.map((t) => [`${t.pageId}:${t.language}`, t]));
  const node = (r: GuidePageEntity): AdminGuideNode => {
    const t = (l: Language) => of.get(`${r.id}:${l}`);
    return {
      id: r.id,
      kind: r.kind,
      slug: r.slug,
      status: r.status,
      version: r.version,
      publishedVersion: r.publishedVersion,
      sample: r.sample,
      titles: { 'zh-CN': t('zh-CN')?.title ?? '', en: t('en')?.title ?? '', ja: t('ja')?.title ?? '' },
      translationStatus: { 'zh-CN': t('zh-CN')?.status ?? 'missing', en: t('en')?.status ?? 'missing', ja: t('ja')?.status ?? 'missing' },
      updatedAt: r.updatedAt.toISOString(),
      publishedAt: r.publishedAt ? r.publishedAt.toISOString() : null,
    };
  };
  return {
    sections: rows
      .filter((r) => r.kind === 'section')
      .map((s) => ({ ...node(s), pages: rows.filter((r) => r.parentId === s.id && r.kind !== 'section').map(node) })),
  };
}
