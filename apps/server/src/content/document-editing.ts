import type { FieldIssue } from '@zhaoshang/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuditService } from '../audit/audit.service';
import { requireRole, type Actor } from '../auth/actor';
import { AppException } from '../common/app.exception';
import type { DocumentRow, VersionDetail, VersionListItem, VersionedDocuments } from './versioned-documents';

export type EditingRules<Row extends DocumentRow, View, Input> = {
  /** audit target type and action prefix: `policy` → `policy.create`, `policy.publish`, … */
  target: string;
  /** what publishing requires (the Chinese text every fallback ends at) */
  publishIssues(view: View): FieldIssue[];
  /** the input of a stored view, for restoring a version */
  inputOf(view: View): Input;
  /** field errors beyond the schema (unknown reference codes), checked inside the write's transaction */
  check?(manager: EntityManager, input: Input, row: Row | null): Promise<FieldIssue[]>;
  /** after a change investors see (publish, archive) on this replica: its read model rebuilds */
  changed?(): void;
};

/**
 * The console's editing of one kind of versioned document, as a service: staff read, admins
 * write, publish, archive and restore. Each method opens with its access check; a stale version
 * is CONFLICT, a missing document NOT_FOUND, and every write is audit-logged in its transaction.
 */
export class DocumentEditing<Row extends DocumentRow, View extends { id: number; version: number }, Input> {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly docs: VersionedDocuments<Row, View, Input>,
    private readonly rules: EditingRules<Row, View, Input>,
  ) {}

  async get(actor: Actor, id: number): Promise<View> {
    requireRole(actor, 'admin', 'staff');
    return this.docs.view(this.ds.manager, await this.find(this.ds.manager, id));
  }

  /** `prepare` gives the row's own columns beyond the input (slug, parent), throwing on bad ones. */
  async create(actor: Actor, input: Input, prepare?: (tx: EntityManager) => Promise<Partial<Row>>): Promise<View> {
    requireRole(actor, 'admin');
    return this.ds.transaction(async (tx) => {
      await this.assertValid(tx, input, null);
      const columns = prepare ? await prepare(tx) : {};
      const view = await this.docs.create(tx, input, actor.username, columns);
      await this.audit.record({ actor, action: `${this.rules.target}.create`, targetType: this.rules.target, targetId: view.id }, tx);
      return view;
    });
  }

  async update(actor: Actor, id: number, version: number, input: Input): Promise<View> {
    requireRole(actor, 'admin');
    return this.ds.transaction(async (tx) => {
      const row = await this.find(tx, id);
      await this.assertValid(tx, input, row);
      const view = await this.docs.update(tx, id, version, input, actor.username);
      if (!view) throw new AppException('CONFLICT', 409);
      await this.audit.record({ actor, action: `${this.rules.target}.update`, targetType: this.rules.target, targetId: id, detail: { version: view.version } }, tx);
      return view;
    });
  }

  async publish(actor: Actor, id: number, version?: number): Promise<View> {
    requireRole(actor, 'admin');
    const view = await this.ds.transaction(async (tx) => {
      const row = await this.find(tx, id);
      if (version !== undefined && version !== row.version) throw new AppException('CONFLICT', 409);
      const issues = this.rules.publishIssues(await this.docs.view(tx, row));
      if (issues.length) throw AppException.validation(issues);
      const published = await this.docs.setStatus(tx, id, row.version, 'published', actor.username);
      if (!published) throw new AppException('CONFLICT', 409);
      await this.audit.record({ actor, action: `${this.rules.target}.publish`, targetType: this.rules.target, targetId: id, detail: { version: published.version } }, tx);
      return published;
    });
    this.rules.changed?.();
    return view;
  }

  async archive(actor: Actor, id: number, version?: number): Promise<View> {
    requireRole(actor, 'admin');
    const view = await this.ds.transaction(async (tx) => {
      const row = await this.find(tx, id);
      if (version !== undefined && version !== row.version) throw new AppException('CONFLICT', 409);
      const archived = await this.docs.setStatus(tx, id, row.version, 'archived', actor.username);
      if (!archived) throw new AppException('CONFLICT', 409);
      await this.audit.record({ actor, action: `${this.rules.target}.archive`, targetType: this.rules.target, targetId: id, detail: { version: archived.version } }, tx);
      return archived;
    });
    this.rules.changed?.();
    return view;
  }

  async versions(actor: Actor, id: number): Promise<{ items: VersionListItem[] }> {
    requireRole(actor, 'admin', 'staff');
    await this.find(this.ds.manager, id);
    return { items: await this.docs.versions(this.ds.manager, id) };
  }

  async version(actor: Actor, id: number, version: number): Promise<VersionDetail<View>> {
    requireRole(actor, 'admin', 'staff');
    const found = await this.docs.version(this.ds.manager, id, version);
    if (!found) throw AppException.notFound();
    return found;
  }

  /** Makes an old version the working copy again (a new version); publishing stays a separate step. */
  async restore(actor: Actor, id: number, fromVersion: number, expectedVersion: number): Promise<View> {
    requireRole(actor, 'admin');
    return this.ds.transaction(async (tx) => {
      await this.find(tx, id);
      const from = await this.docs.version(tx, id, fromVersion);
      if (!from) throw AppException.notFound();
      const view = await this.docs.update(tx, id, expectedVersion, this.rules.inputOf(from.snapshot), actor.username, 'restore');
      if (!view) throw new AppException('CONFLICT', 409);
      await this.audit.record({ actor, action: `${this.rules.target}.restore`, targetType: this.rules.target, targetId: id, detail: { from: fromVersion, version: view.version } }, tx);
      return view;
    });
  }

  async find(manager: EntityManager, id: number): Promise<Row> {
    const row = await this.docs.find(manager, id);
    if (!row) throw AppException.notFound();
    return row;
  }

  private async assertValid(manager: EntityManager, input: Input, row: Row | null): Promise<void> {
    const issues = this.rules.check ? await this.rules.check(manager, input, row) : [];
    if (issues.length) throw AppException.validation(issues);
  }
}
