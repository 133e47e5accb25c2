import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  AdminPremises,
  AdminPremisesListQuery,
  AdminProject,
  AdminProjectListQuery,
  FieldIssue,
  ImportRequest,
  ImportResult,
  PremisesInput,
  ProjectInput,
} from '@zhaoshang/contracts';
import {
  Brackets,
  In,
  type DataSource,
  type EntityManager,
  type EntityTarget,
  type FindOptionsSelect,
  type FindOptionsWhere,
  type ObjectLiteral,
  type QueryDeepPartialEntity,
  type Repository,
  type SelectQueryBuilder,
} from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { requireRole, type Actor } from '../auth/actor';
import { AppException } from '../common/app.exception';
import { bumpRevision, readRevision } from '../content/content-revision';
import { AreaEntity } from '../meta/area.entity';
import { ReferenceItemEntity } from '../meta/reference-item.entity';
import { HEATMAP_SCOPE, HeatmapCatalog, recordHeatmapChange } from './heatmap-catalog';
import { adminPremises, adminProject, toWan } from './heatmap-views';
import { validatePremisesRows, validateProjectRows, type Known, type RowInput } from './import/import-rows';
import { parseCsv, readXlsx, toSheet, type Sheet } from './import/read-sheet';
import { PremisesEntity } from './premises.entity';
import { ProjectEntity } from './project.entity';

/**
 * What differs between projects and premises in the console: table, columns, view, filters and
 * the reference codes to check. Everything else (access, versions, audit, import) is shared.
 */
type Table<I extends { code: string }, E extends Row, V, Q extends ListQuery> = {
  target: 'project' | 'premises';
  entity: EntityTarget<E>;
  columns: (input: I) => QueryDeepPartialEntity<E> & { code: string };
  view: (row: E) => V;
  filter: (qb: SelectQueryBuilder<E>, query: Q) => void;
  /** codes the schema cannot check: they name reference items and areas in the database */
  unknownCodes: (input: I, known: Known) => FieldIssue[];
  validateRows: (sheet: Sheet, known: Known) => { rows: RowInput<I>[]; issues: FieldIssue[] };
};
type Row = ObjectLiteral & { id: number; code: string; version: number };
type ListQuery = { q?: string; area?: string; page: number; pageSize: number };

const unknownArea = (areaCode: string | null, known: Known): FieldIssue[] => (areaCode === null || known.areas.has(areaCode) ? [] : [{ field: 'areaCode', code: 'invalid_value' }]);

const PROJECTS: Table<ProjectInput, ProjectEntity, AdminProject, AdminProjectListQuery> = {
  target: 'project',
  entity: ProjectEntity,
  columns: (input) => ({
    code: input.code,
    names: input.names,
    industry: input.industry,
    amountWan: toWan(input.amount),
    year: input.year,
    lat: input.lat,
    lng: input.lng,
    areaCode: input.areaCode,
    sample: input.sample,
  }),
  view: adminProject,
  filter: (qb, query) => {
    if (query.industry) qb.andWhere('p.industry = :industry', { industry: query.industry });
    if (query.year !== undefined) qb.andWhere('p.year = :year', { year: query.year });
  },
  unknownCodes: (input, known) => [...(known.industries.has(input.industry) ? [] : [{ field: 'industry', code: 'invalid_value' as const }]), ...unknownArea(input.areaCode, known)],
  validateRows: validateProjectRows,
};

const PREMISES: Table<PremisesInput, PremisesEntity, AdminPremises, AdminPremisesListQuery> = {
  target: 'premises',
  entity: PremisesEntity,
  columns: (input) => ({
    code: input.code,
    kind: input.kind,
    names: input.names,
    areaCode: input.areaCode,
    lat: input.lat,
    lng: input.lng,
    totalArea: input.totalArea,
    availableArea: input.availableArea,
    priceMin: input.priceMin,
    priceMax: input.priceMax,
    priceUnit: input.priceUnit,
    plotRatio: input.plotRatio,
    contactName: input.contactName,
    contactPhone: input.contactPhone,
    photos: input.photos,
    lastUpdated: input.lastUpdated,
    sample: input.sample,
  }),
  view: adminPremises,
  filter: (qb, query) => {
    if (query.kind) qb.andWhere('p.kind = :kind', { kind: query.kind });
  },
  unknownCodes: (input, known) => unknownArea(input.areaCode, known),
  validateRows: validatePremisesRows,
};

const escapeLike = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The console's projects and premises: staff read, admins write and import. Every write bumps
 * the `heatmap` revision and writes its audit entry in the same transaction.
 */
@Injectable()
export class HeatmapAdminService {
  readonly projects: TableAdmin<ProjectInput, ProjectEntity, AdminProject, AdminProjectListQuery>;
  readonly premises: TableAdmin<PremisesInput, PremisesEntity, AdminPremises, AdminPremisesListQuery>;

  constructor(@InjectDataSource() ds: DataSource, audit: AuditService, catalog: HeatmapCatalog) {
    this.projects = new TableAdmin(PROJECTS, ds, audit, catalog);
    this.premises = new TableAdmin(PREMISES, ds, audit, catalog);
  }
}

/** One table's console operations; each opens with its access check. */
class TableAdmin<I extends { code: string }, E extends Row, V, Q extends ListQuery> {
  constructor(
    private readonly table: Table<I, E, V, Q>,
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly catalog: HeatmapCatalog,
  ) {}

  async list(actor: Actor, query: Q): Promise<{ items: V[]; total: number; page: number; pageSize: number }> {
    requireRole(actor, 'admin', 'staff');
    const qb = this.ds.getRepository(this.table.entity).createQueryBuilder('p');
    this.table.filter(qb, query);
    if (query.area) qb.andWhere('p.area_code = :area', { area: query.area });
    if (query.q) {
      const like = escapeLike(query.q);
      // names are JSON text: a LIKE over it finds the name in any language
      qb.andWhere(new Brackets((w) => w.where('p.code LIKE :like', { like }).orWhere('p.names LIKE :like', { like })));
    }
    const [rows, total] = await qb.orderBy('p.updated_at', 'DESC').addOrderBy('p.id', 'DESC').skip((query.page - 1) * query.pageSize).take(query.pageSize).getManyAndCount();
    return { items: rows.map((row) => this.table.view(row)), total, page: query.page, pageSize: query.pageSize };
  }

  async get(actor: Actor, id: number): Promise<V> {
    requireRole(actor, 'admin', 'staff');
    return this.table.view(await find(this.ds.getRepository(this.table.entity), id));
  }

  async create(actor: Actor, input: I): Promise<V> {
    requireRole(actor, 'admin');
    let id = 0;
    return this.write(
      async (tx) => {
        await this.assertCodes(tx, input, null);
        const repo = tx.getRepository(this.table.entity);
        const { identifiers } = await repo.insert({ ...this.table.columns(input), version: 1, updatedBy: actor.username });
        id = Number(identifiers[0]?.id);
        await this.audit.record({ actor, action: `${this.table.target}.create`, targetType: this.table.target, targetId: id }, tx);
        return this.table.view(await find(repo, id));
      },
      () => [id],
    );
  }

  async update(actor: Actor, id: number, version: number, input: I): Promise<V> {
    requireRole(actor, 'admin');
    return this.write(async (tx) => {
      const repo = tx.getRepository(this.table.entity);
      await find(repo, id);
      await this.assertCodes(tx, input, id);
      // the WHERE pins the old version, so the new one is known (see policy-writer's setStatus)
      const res = await repo
        .createQueryBuilder()
        .update()
        .set({ ...this.table.columns(input), version: version + 1, updatedBy: actor.username })
        .where('id = :id AND version = :version', { id, version })
        .execute();
      if (!res.affected) throw new AppException('CONFLICT', 409);
      await this.audit.record({ actor, action: `${this.table.target}.update`, targetType: this.table.target, targetId: id, detail: { version: version + 1 } }, tx);
      return this.table.view(await find(repo, id));
    }, () => [id]);
  }

  async remove(actor: Actor, id: number, version: number): Promise<void> {
    requireRole(actor, 'admin');
    await this.write(async (tx) => {
      const repo = tx.getRepository(this.table.entity);
      await find(repo, id);
      const res = await repo.createQueryBuilder().delete().where('id = :id AND version = :version', { id, version }).execute();
      if (!res.affected) throw new AppException('CONFLICT', 409);
      await this.audit.record({ actor, action: `${this.table.target}.delete`, targetType: this.table.target, targetId: id, detail: { version } }, tx);
    }, () => [id]);
  }

  /**
   * Validates every row first; any rejected row → VALIDATION_FAILED listing each problem as
   * `rows.<line>.<column>` and nothing is written. Otherwise all rows commit in one transaction:
   * a new code creates, a known code updates (its version +1).
   */
  async import(actor: Actor, request: ImportRequest): Promise<ImportResult> {
    requireRole(actor, 'admin');
    const sheet = await readSheet(request);
    const { rows, issues } = this.table.validateRows(sheet, await this.known(this.ds.manager));
    if (issues.length) throw AppException.validation(issues);
    if (request.dryRun) {
      const existing = await existingCodes(this.ds.getRepository(this.table.entity), rows.map((r) => r.input.code));
      const updated = rows.filter((r) => existing.has(r.input.code)).length;
      return { imported: false, rows: rows.length, created: rows.length - updated, updated };
    }
    return this.write(async (tx) => {
      const counts = await upsertByCode(tx.getRepository(this.table.entity), rows.map((r) => ({ ...this.table.columns(r.input), updatedBy: actor.username })));
      await this.audit.record({ actor, action: `${this.table.target}.import`, targetType: this.table.target, detail: { filename: request.filename, rows: rows.length, ...counts } }, tx);
      return { imported: true, rows: rows.length, ...counts };
    });
  }

  /**
   * One transaction with the revision bump and, when `touched` names the rows written, their change
   * entry (an import has none: replicas then read every row). This replica's read model rebuilds on
   * the next read.
   */
  private async write<T>(fn: (tx: EntityManager) => Promise<T>, touched?: () => number[]): Promise<T> {
    const out = await this.ds.transaction(async (tx) => {
      const result = await fn(tx);
      await bumpRevision(tx, HEATMAP_SCOPE);
      // this transaction holds the revision row since its bump: this is the revision it commits
      if (touched) await recordHeatmapChange(tx, await readRevision(tx, HEATMAP_SCOPE), this.table.target, touched());
      return result;
    });
    this.catalog.invalidate();
    return out;
  }

  private async known(manager: EntityManager): Promise<Known> {
    const [industries, areas] = await Promise.all([
      manager.getRepository(ReferenceItemEntity).find({ where: { kind: 'industry', active: true }, select: { code: true } }),
      manager.getRepository(AreaEntity).find({ select: { code: true } }),
    ]);
    return { industries: new Set(industries.map((i) => i.code)), areas: new Set(areas.map((a) => a.code)) };
  }

  /** Reference codes the database knows, and the code unique among the table's rows. */
  private async assertCodes(tx: EntityManager, input: I, id: number | null): Promise<void> {
    const issues = this.table.unknownCodes(input, await this.known(tx));
    const other = await tx.getRepository(this.table.entity).findOne({ where: { code: input.code } as FindOptionsWhere<E>, select: { id: true } as FindOptionsSelect<E> });
    if (other && other.id !== id) issues.push({ field: 'code', code: 'duplicate' });
    if (issues.length) throw AppException.validation(issues);
  }
}

async function find<E extends Row>(repo: Repository<E>, id: number): Promise<E> {
  const row = await repo.findOneBy({ id } as FindOptionsWhere<E>);
  if (!row) throw AppException.notFound();
  return row;
}

/** The uploaded file as a sheet; a file that cannot be read is a field error, not a 500. */
async function readSheet(request: ImportRequest): Promise<Sheet> {
  const content = Buffer.from(request.contentBase64, 'base64');
  if (/\.csv$/i.test(request.filename)) {
    const text = content.toString('utf8');
    if (text.includes('\uFFFD')) throw AppException.validation([{ field: 'contentBase64', code: 'invalid_format', params: { expected: 'UTF-8' } }]);
    return toSheet(parseCsv(text));
  }
  try {
    return toSheet(await readXlsx(content));
  } catch {
    throw AppException.validation([{ field: 'contentBase64', code: 'invalid_format' }]);
  }
}

const CHUNK = 500;

async function existingCodes(repo: Repository<ObjectLiteral>, codes: string[]): Promise<Map<string, { id: number; version: number }>> {
  const out = new Map<string, { id: number; version: number }>();
  for (let i = 0; i < codes.length; i += CHUNK) {
    const rows = await repo.find({ where: { code: In(codes.slice(i, i + CHUNK)) }, select: { id: true, code: true, version: true } });
    for (const r of rows) out.set(r.code as string, { id: r.id as number, version: r.version as number });
  }
  return out;
}

async function upsertByCode<R extends { code: string }>(repo: Repository<ObjectLiteral>, rows: R[]): Promise<{ created: number; updated: number }> {
  const existing = await existingCodes(repo, rows.map((r) => r.code));
  const fresh = rows.filter((r) => !existing.has(r.code));
  for (let i = 0; i < fresh.length; i += CHUNK) {
    // updateEntity(false): no read-back SELECT per inserted row
    await repo.createQueryBuilder().insert().values(fresh.slice(i, i + CHUNK).map((r) => ({ ...r, version: 1 }))).updateEntity(false).execute();
  }
  let updated = 0;
  for (const r of rows) {
    const old = existing.get(r.code);
    if (!old) continue;
    await repo.createQueryBuilder().update().set({ ...r, version: old.version + 1 }).where('id = :id', { id: old.id }).execute();
    updated++;
  }
  return { created: fresh.length, updated };
}
