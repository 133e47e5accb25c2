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
import { Brackets, In, type DataSource, type EntityManager, type ObjectLiteral, type Repository, type SelectQueryBuilder } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { requireRole, type Actor } from '../auth/actor';
import { AppException } from '../common/app.exception';
import { bumpRevision } from '../content/content-revision';
import { AreaEntity } from '../meta/area.entity';
import { ReferenceItemEntity } from '../meta/reference-item.entity';
import { HEATMAP_SCOPE, HeatmapCatalog } from './heatmap-catalog';
import { adminPremises, adminProject, toWan } from './heatmap-views';
import { validatePremisesRows, validateProjectRows, type Known, type RowInput } from './import/import-rows';
import { parseCsv, readXlsx, toSheet, type Sheet } from './import/read-sheet';
import { PremisesEntity } from './premises.entity';
import { ProjectEntity } from './project.entity';

const projectColumns = (input: ProjectInput) => ({
  code: input.code,
  names: input.names,
  industry: input.industry,
  amountWan: toWan(input.amount),
  year: input.year,
  lat: input.lat,
  lng: input.lng,
  areaCode: input.areaCode,
  sample: input.sample,
});

const premisesColumns = (input: PremisesInput) => ({
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
});

type Target = 'project' | 'premises';
const escapeLike = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The console's projects and premises: staff read, admins write and import. Every write bumps
 * the `heatmap` revision and writes its audit entry in the same transaction.
 */
@Injectable()
export class HeatmapAdminService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly catalog: HeatmapCatalog,
  ) {}

  // ---- projects ----

  async listProjects(actor: Actor, query: AdminProjectListQuery) {
    requireRole(actor, 'admin', 'staff');
    const qb = this.ds.getRepository(ProjectEntity).createQueryBuilder('p');
    if (query.industry) qb.andWhere('p.industry = :industry', { industry: query.industry });
    if (query.area) qb.andWhere('p.area_code = :area', { area: query.area });
    this.search(qb, query.q);
    const [rows, total] = await qb.orderBy('p.updated_at', 'DESC').addOrderBy('p.id', 'DESC').skip((query.page - 1) * query.pageSize).take(query.pageSize).getManyAndCount();
    return { items: rows.map(adminProject), total, page: query.page, pageSize: query.pageSize };
  }

  async getProject(actor: Actor, id: number): Promise<AdminProject> {
    requireRole(actor, 'admin', 'staff');
    return adminProject(await find(this.ds.getRepository(ProjectEntity), id));
  }

  async createProject(actor: Actor, input: ProjectInput): Promise<AdminProject> {
    requireRole(actor, 'admin');
    return this.write(async (tx) => {
      await this.assertProject(tx, input, null);
      const repo = tx.getRepository(ProjectEntity);
      const { identifiers } = await repo.insert({ ...projectColumns(input), version: 1, updatedBy: actor.username });
      const id = Number(identifiers[0]?.id);
      await this.audit.record({ actor, action: 'project.create', targetType: 'project', targetId: id }, tx);
      return adminProject(await repo.findOneByOrFail({ id }));
    });
  }

  async updateProject(actor: Actor, id: number, version: number, input: ProjectInput): Promise<AdminProject> {
    requireRole(actor, 'admin');
    return this.write(async (tx) => {
      const repo = tx.getRepository(ProjectEntity);
      await find(repo, id);
      await this.assertProject(tx, input, id);
      // the WHERE pins the old version, so the new one is known (see policy-writer's setStatus)
      const res = await repo.createQueryBuilder().update().set({ ...projectColumns(input), version: version + 1, updatedBy: actor.username }).where('id = :id AND version = :version', { id, version }).execute();
      if (!res.affected) throw new AppException('CONFLICT', 409);
      await this.audit.record({ actor, action: 'project.update', targetType: 'project', targetId: id, detail: { version: version + 1 } }, tx);
      return adminProject(await repo.findOneByOrFail({ id }));
    });
  }

  async deleteProject(actor: Actor, id: number, version: number): Promise<void> {
    requireRole(actor, 'admin');
    await this.write((tx) => this.remove(tx, actor, 'project', id, version));
  }

  // ---- premises ----

  async listPremises(actor: Actor, query: AdminPremisesListQuery) {
    requireRole(actor, 'admin', 'staff');
    const qb = this.ds.getRepository(PremisesEntity).createQueryBuilder('p');
    if (query.kind) qb.andWhere('p.kind = :kind', { kind: query.kind });
    if (query.area) qb.andWhere('p.area_code = :area', { area: query.area });
    this.search(qb, query.q);
    const [rows, total] = await qb.orderBy('p.updated_at', 'DESC').addOrderBy('p.id', 'DESC').skip((query.page - 1) * query.pageSize).take(query.pageSize).getManyAndCount();
    return { items: rows.map(adminPremises), total, page: query.page, pageSize: query.pageSize };
  }

  async getPremises(actor: Actor, id: number): Promise<AdminPremises> {
    requireRole(actor, 'admin', 'staff');
    return adminPremises(await find(this.ds.getRepository(PremisesEntity), id));
  }

  async createPremises(actor: Actor, input: PremisesInput): Promise<AdminPremises> {
    requireRole(actor, 'admin');
    return this.write(async (tx) => {
      await this.assertPremises(tx, input, null);
      const repo = tx.getRepository(PremisesEntity);
      const { identifiers } = await repo.insert({ ...premisesColumns(input), version: 1, updatedBy: actor.username });
      const id = Number(identifiers[0]?.id);
      await this.audit.record({ actor, action: 'premises.create', targetType: 'premises', targetId: id }, tx);
      return adminPremises(await repo.findOneByOrFail({ id }));
    });
  }

  async updatePremises(actor: Actor, id: number, version: number, input: PremisesInput): Promise<AdminPremises> {
    requireRole(actor, 'admin');
    return this.write(async (tx) => {
      const repo = tx.getRepository(PremisesEntity);
      await find(repo, id);
      await this.assertPremises(tx, input, id);
      const res = await repo.createQueryBuilder().update().set({ ...premisesColumns(input), version: version + 1, updatedBy: actor.username }).where('id = :id AND version = :version', { id, version }).execute();
      if (!res.affected) throw new AppException('CONFLICT', 409);
      await this.audit.record({ actor, action: 'premises.update', targetType: 'premises', targetId: id, detail: { version: version + 1 } }, tx);
      return adminPremises(await repo.findOneByOrFail({ id }));
    });
  }

  async deletePremises(actor: Actor, id: number, version: number): Promise<void> {
    requireRole(actor, 'admin');
    await this.write((tx) => this.remove(tx, actor, 'premises', id, version));
  }

  // ---- import ----

  /**
   * Validates every row first; any rejected row → VALIDATION_FAILED listing each problem as
   * `rows.<line>.<column>` and nothing is written. Otherwise all rows commit in one transaction:
   * a new code creates, a known code updates (its version +1).
   */
  async importProjects(actor: Actor, request: ImportRequest): Promise<ImportResult> {
    requireRole(actor, 'admin');
    const sheet = await readSheet(request);
    const { rows, issues } = validateProjectRows(sheet, await this.known(this.ds.manager));
    if (issues.length) throw AppException.validation(issues);
    if (request.dryRun) return this.dryRun(ProjectEntity, rows);
    return this.write(async (tx) => {
      const counts = await upsertByCode(tx.getRepository(ProjectEntity), rows.map((r) => ({ ...projectColumns(r.input), updatedBy: actor.username })));
      await this.audit.record({ actor, action: 'project.import', targetType: 'project', detail: { filename: request.filename, rows: rows.length, ...counts } }, tx);
      return { imported: true, rows: rows.length, ...counts };
    });
  }

  async importPremises(actor: Actor, request: ImportRequest): Promise<ImportResult> {
    requireRole(actor, 'admin');
    const sheet = await readSheet(request);
    const { rows, issues } = validatePremisesRows(sheet, await this.known(this.ds.manager));
    if (issues.length) throw AppException.validation(issues);
    if (request.dryRun) return this.dryRun(PremisesEntity, rows);
    return this.write(async (tx) => {
      const counts = await upsertByCode(tx.getRepository(PremisesEntity), rows.map((r) => ({ ...premisesColumns(r.input), updatedBy: actor.username })));
      await this.audit.record({ actor, action: 'premises.import', targetType: 'premises', detail: { filename: request.filename, rows: rows.length, ...counts } }, tx);
      return { imported: true, rows: rows.length, ...counts };
    });
  }

  // ---- helpers ----

  /** One transaction with the revision bump; this replica's read model rebuilds on the next read. */
  private async write<T>(fn: (tx: EntityManager) => Promise<T>): Promise<T> {
    const result = await this.ds.transaction(async (tx) => {
      const out = await fn(tx);
      await bumpRevision(tx, HEATMAP_SCOPE);
      return out;
    });
    this.catalog.invalidate();
    return result;
  }

  private async remove(tx: EntityManager, actor: Actor, target: Target, id: number, version: number): Promise<void> {
    const repo: Repository<ObjectLiteral> = target === 'project' ? tx.getRepository(ProjectEntity) : tx.getRepository(PremisesEntity);
    await find(repo, id);
    const res = await repo.createQueryBuilder().delete().where('id = :id AND version = :version', { id, version }).execute();
    if (!res.affected) throw new AppException('CONFLICT', 409);
    await this.audit.record({ actor, action: `${target}.delete`, targetType: target, targetId: id, detail: { version } }, tx);
  }

  private search(qb: SelectQueryBuilder<ObjectLiteral>, q: string | undefined): void {
    if (!q) return;
    const like = escapeLike(q);
    // names are JSON text: a LIKE over it finds the name in any language
    qb.andWhere(new Brackets((w) => w.where('p.code LIKE :like', { like }).orWhere('p.names LIKE :like', { like })));
  }

  private async known(manager: EntityManager): Promise<Known> {
    const [industries, areas] = await Promise.all([
      manager.getRepository(ReferenceItemEntity).find({ where: { kind: 'industry', active: true }, select: { code: true } }),
      manager.getRepository(AreaEntity).find({ select: { code: true } }),
    ]);
    return { industries: new Set(industries.map((i) => i.code)), areas: new Set(areas.map((a) => a.code)) };
  }

  private async assertProject(tx: EntityManager, input: ProjectInput, id: number | null): Promise<void> {
    const known = await this.known(tx);
    const issues: FieldIssue[] = [];
    if (!known.industries.has(input.industry)) issues.push({ field: 'industry', code: 'invalid_value' });
    if (input.areaCode !== null && !known.areas.has(input.areaCode)) issues.push({ field: 'areaCode', code: 'invalid_value' });
    const other = await tx.getRepository(ProjectEntity).findOne({ where: { code: input.code }, select: { id: true } });
    if (other && other.id !== id) issues.push({ field: 'code', code: 'duplicate' });
    if (issues.length) throw AppException.validation(issues);
  }

  private async assertPremises(tx: EntityManager, input: PremisesInput, id: number | null): Promise<void> {
    const known = await this.known(tx);
    const issues: FieldIssue[] = [];
    if (input.areaCode !== null && !known.areas.has(input.areaCode)) issues.push({ field: 'areaCode', code: 'invalid_value' });
    const other = await tx.getRepository(PremisesEntity).findOne({ where: { code: input.code }, select: { id: true } });
    if (other && other.id !== id) issues.push({ field: 'code', code: 'duplicate' });
    if (issues.length) throw AppException.validation(issues);
  }

  private async dryRun(entity: typeof ProjectEntity | typeof PremisesEntity, rows: RowInput<{ code: string }>[]): Promise<ImportResult> {
    const existing = await existingCodes(this.ds.getRepository<ObjectLiteral>(entity), rows.map((r) => r.input.code));
    const updated = rows.filter((r) => existing.has(r.input.code)).length;
    return { imported: false, rows: rows.length, created: rows.length - updated, updated };
  }
}

async function find<E extends ObjectLiteral>(repo: Repository<E>, id: number): Promise<E> {
  const row = await repo.findOneBy({ id } as never);
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
