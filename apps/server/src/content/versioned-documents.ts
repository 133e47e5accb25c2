import type { TranslationStatus } from '@zhaoshang/contracts';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { bumpRevision } from './content-revision';

export type DocumentStatus = 'draft' | 'published' | 'archived';
export type VersionAction = 'create' | 'update' | 'publish' | 'archive' | 'restore';

/** The columns every versioned document's working copy has (policy, guide page). */
export type DocumentRow = ObjectLiteral & {
  id: number;
  status: DocumentStatus;
  /** optimistic lock: every save names the version it started from */
  version: number;
  publishedVersion: number | null;
  publishedAt: Date | null;
  updatedBy: string | null;
};

/** The columns every version table has, beside the one naming its document. */
export type VersionRow<View> = { version: number; action: VersionAction; actorName: string | null; snapshot: View; at: Date };

export type VersionListItem = { version: number; action: VersionAction; at: string; actorName: string | null };
export type VersionDetail<View> = VersionListItem & { snapshot: View };

/** What a kind of document adds to the shared machinery: its tables and how its parts are written and read. */
export type DocumentKind<Row extends DocumentRow, View, Input> = {
  /** the `content_revision` scope publishing and archiving bump */
  scope: string;
  rows: EntityTarget<Row>;
  versions: EntityTarget<ObjectLiteral>;
  /** the version table's property naming the document (`policyId`) */
  documentKey: string;
  /** the working copy's own columns from an input */
  columnsOf(input: Input): Partial<Row>;
  /** writes the parts kept in other tables (one row per language) */
  writeParts(manager: EntityManager, id: number, input: Input): Promise<void>;
  /** the working copy as the console shows it; also what a version stores */
  view(manager: EntityManager, row: Row): Promise<View>;
  /** further columns of a version row (a published policy's search terms) */
  versionColumns?(manager: EntityManager, view: View, action: VersionAction): Promise<ObjectLiteral>;
};

/** A language's stored status: `missing` whenever the title is empty, whatever the editor marked. */
export function translationStatusOf(t: { title: string; status?: string } | undefined): TranslationStatus {
  if (!t || !t.title.trim()) return 'missing';
  return t.status === 'done' ? 'done' : 'needs_review';
}

/**
 * Drafts, publishing, archiving and versions of one kind of document. Editors change the working
 * copy; every save stores the whole document as a new version, and investors read the snapshot
 * of `published_version` only, so saving a published document changes nothing public until it is
 * published again. Every write names the version it started from and is refused (null) when
 * another save came first. Pass the transaction's manager: the caller owns the transaction.
 */
export class VersionedDocuments<Row extends DocumentRow, View, Input> {
  constructor(private readonly kind: DocumentKind<Row, View, Input>) {}

  get scope(): string {
    return this.kind.scope;
  }

  find(manager: EntityManager, id: number): Promise<Row | null> {
    return manager.getRepository(this.kind.rows).findOneBy({ id } as never);
  }

  view(manager: EntityManager, row: Row): Promise<View> {
    return this.kind.view(manager, row);
  }

  /** A new draft (version 1); `columns` are the row's own fields beyond the input (a seed key). */
  async create(manager: EntityManager, input: Input, actorName: string | null, columns: Partial<Row> = {}): Promise<View> {
    const repo = manager.getRepository(this.kind.rows);
    const { identifiers } = await repo.insert({
      ...this.kind.columnsOf(input),
      ...columns,
      status: 'draft',
      version: 1,
      publishedVersion: null,
      publishedAt: null,
      updatedBy: actorName,
    } as never);
    const id = Number(identifiers[0]?.id);
    await this.kind.writeParts(manager, id, input);
    return this.snapshot(manager, await this.load(manager, id), 'create', actorName);
  }

  /** Saves the working copy if `expectedVersion` is still current; null when it is not. */
  async update(manager: EntityManager, id: number, expectedVersion: number, input: Input, actorName: string | null, action: 'update' | 'restore' = 'update'): Promise<View | null> {
    const res = await manager
      .getRepository(this.kind.rows)
      .createQueryBuilder()
      .update()
      .set({ ...this.kind.columnsOf(input), updatedBy: actorName, version: () => 'version + 1' } as never)
      .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
      .execute();
    if (!res.affected) return null;
    await this.kind.writeParts(manager, id, input);
    return this.snapshot(manager, await this.load(manager, id), action, actorName);
  }

  /** Publishes or archives the working copy at `expectedVersion` (a new version); null when stale. */
  async setStatus(manager: EntityManager, id: number, expectedVersion: number, status: 'published' | 'archived', actorName: string | null): Promise<View | null> {
    const res = await manager
      .getRepository(this.kind.rows)
      .createQueryBuilder()
      .update()
      .set(
        (status === 'published'
          ? // the WHERE pins the old version, so the new one is known: MySQL would read `version + 1`
            // in a later assignment as the already-incremented value, SQLite as the old one
            { status, updatedBy: actorName, version: expectedVersion + 1, publishedVersion: expectedVersion + 1, publishedAt: new Date() }
          : { status, updatedBy: actorName, version: expectedVersion + 1 }) as never,
      )
      .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
      .execute();
    if (!res.affected) return null;
    const view = await this.snapshot(manager, await this.load(manager, id), status === 'published' ? 'publish' : 'archive', actorName);
    await bumpRevision(manager, this.kind.scope);
    return view;
  }

  /** Every saved version, newest first, without the snapshots. */
  async versions(manager: EntityManager, id: number): Promise<VersionListItem[]> {
    const rows = (await manager.getRepository(this.kind.versions).find({
      where: { [this.kind.documentKey]: id },
      order: { version: 'DESC' },
      select: { version: true, action: true, at: true, actorName: true },
    })) as VersionRow<View>[];
    return rows.map(listItem);
  }

  async version(manager: EntityManager, id: number, version: number): Promise<VersionDetail<View> | null> {
    const row = (await manager.getRepository(this.kind.versions).findOneBy({ [this.kind.documentKey]: id, version })) as VersionRow<View> | null;
    return row ? { ...listItem(row), snapshot: row.snapshot } : null;
  }

  private load(manager: EntityManager, id: number): Promise<Row> {
    return manager.getRepository(this.kind.rows).findOneByOrFail({ id } as never);
  }

  private async snapshot(manager: EntityManager, row: Row, action: VersionAction, actorName: string | null): Promise<View> {
    const view = await this.kind.view(manager, row);
    const extra = this.kind.versionColumns ? await this.kind.versionColumns(manager, view, action) : {};
    await manager.getRepository(this.kind.versions).insert({ [this.kind.documentKey]: row.id, version: row.version, action, actorName, snapshot: view, ...extra } as never);
    return view;
  }
}

function listItem<View>(r: VersionRow<View>): VersionListItem {
  return { version: r.version, action: r.action, at: r.at.toISOString(), actorName: r.actorName };
}
