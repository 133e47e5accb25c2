import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { encodeHeatmapCells, resolveTranslation, type HeatmapQuery, type HeatmapResponse, type Language, type PremisesKind, type Translated } from '@zhaoshang/contracts';
import { gzipSync } from 'node:zlib';
import { Between, LessThanOrEqual, type DataSource, type EntityManager } from 'typeorm';
import { ContentRevisionEntity } from '../content/content-revision.entity';
import { cachedAnswer, type CachedAnswer } from '../common/answer-cache';
import { rememberIn, RevisionedReadModel, type ReadModelState } from '../content/read-model';
import { selectArrays } from '../database/fast-sql';
import { ReferenceItemEntity } from '../meta/reference-item.entity';
import { HeatmapChangeEntity } from './heatmap-change.entity';
import { BoundaryCache, buildModel, CellIndexer, quantileBreaks, queryCells, rank, type HeatmapModel, type PremisesPoint, type ProjectPoint } from './heatmap-model';
import { PremisesEntity } from './premises.entity';
import { ProjectEntity } from './project.entity';

/** Bumped in the same transaction as every write to projects or premises. */
export const HEATMAP_SCOPE = 'heatmap';

export type AreaStats = { projects: number; investmentWan: number; availableArea: number; premises: number; industries: Map<string, { projects: number; investmentWan: number }> };

type ProjectRecord = ProjectPoint & { areaCode: string | null; sample: boolean };
type PremisesRecord = PremisesPoint & { areaCode: string | null; sample: boolean };
/** Every project and premises row the heatmap needs, by id: kept so that a write can be patched in. */
type Rows = { projects: Map<number, ProjectRecord>; premises: Map<number, PremisesRecord> };

type State = ReadModelState & {
  rows: Rows;
  model: HeatmapModel;
  areas: Map<string, AreaStats>;
  /** every row, with or without an area: the district's figures */
  total: AreaStats;
  /** reference names: `industry:<code>` and `spaceKind:<code>` */
  names: Map<string, Translated>;
  lastUpdated: string | null;
  sampleProjects: boolean;
  samplePremises: boolean;
};

/** Change entries older than this many revisions are pruned: a replica that far behind reads everything. */
const CHANGES_KEPT = 1000;

/**
 * Records what a console write changed, in its transaction, at the revision it commits; prunes
 * old entries. `revision` must be read after the bump, inside the same transaction.
 */
export async function recordHeatmapChange(tx: EntityManager, revision: number, table: 'project' | 'premises', ids: readonly number[]): Promise<void> {
  const repo = tx.getRepository(HeatmapChangeEntity);
  await repo.insert({ revision, tableName: table, ids: ids.join(',') });
  await repo.delete({ revision: LessThanOrEqual(revision - CHANGES_KEPT) });
}

const truthy = (v: unknown) => v === true || v === 1 || v === '1';
/** A row's values in the order of PROJECT_COLUMNS / PREMISES_COLUMNS (numbers may come as strings from MySQL). */
const projectOf = ([id, industry, amountWan, year, lat, lng, areaCode, sample]: unknown[]): ProjectRecord => ({
  id: Number(id),
  industry: String(industry),
  amountWan: Number(amountWan),
  year: Number(year),
  lat: Number(lat),
  lng: Number(lng),
  areaCode: areaCode == null ? null : String(areaCode),
  sample: truthy(sample),
});
const premisesOf = ([id, kind, availableArea, lat, lng, areaCode, sample]: unknown[]): PremisesRecord => ({
  id: Number(id),
  kind: kind as PremisesKind,
  availableArea: Number(availableArea),
  lat: Number(lat),
  lng: Number(lng),
  areaCode: areaCode == null ? null : String(areaCode),
  sample: truthy(sample),
});
const PROJECT_COLUMNS = 'id, industry, amount_wan AS "amountWan", year, lat, lng, area_code AS "areaCode", sample';
const PREMISES_COLUMNS = 'id, kind, available_area AS "availableArea", lat, lng, area_code AS "areaCode", sample';
/** ids per `IN (…)` when re-reading changed rows */
const ID_CHUNK = 500;

export const emptyStats = (): AreaStats => ({ projects: 0, investmentWan: 0, availableArea: 0, premises: 0, industries: new Map() });

/**
 * The heatmap's read model on each replica: projects and premises pre-bucketed per H3 cell, area
 * figures, and serialized answers. Derived data only, rebuilt like PolicyCatalog: the `heatmap`
 * content revision is compared at most once a second (another replica's write shows within about
 * a second); after a write on this replica the next read waits for the rebuild.
 *
 * Every build recomputes every cell and figure from all rows. Reading 100,000 rows from the
 * database is most of a build's time, so a build re-reads over the previous build's rows only the
 * rows each revision since changed, from `heatmap_change` (every console write records its rows
 * there, in its transaction): the same on every replica. A revision without an entry (an import,
 * the seed) makes the build read everything.
 */
@Injectable()
export class HeatmapCatalog extends RevisionedReadModel<State> {
  private readonly indexer = new CellIndexer();
  private readonly boundaries = new BoundaryCache();

  constructor(@InjectDataSource() ds: DataSource) {
    super(ds, HEATMAP_SCOPE);
  }

  protected async build(previous: State | undefined, revision: number): Promise<State> {
    const started = Date.now();
    const patched = previous && (await this.patched(previous, revision));
    const rows = patched || (await this.readAll());
    const refs = await this.ds.getRepository(ReferenceItemEntity).find({ where: [{ kind: 'industry' }, { kind: 'spaceKind' }] });
    const areas = new Map<string, AreaStats>();
    const total = emptyStats();
    const statsOf = (code: string | null): AreaStats[] => {
      if (code === null) return [total];
      let s = areas.get(code);
      if (!s) areas.set(code, (s = emptyStats()));
      return [s, total];
    };
    let sampleProjects = false;
    const projects: ProjectPoint[] = [];
    for (const p of rows.projects.values()) {
      projects.push(p);
      if (p.sample) sampleProjects = true;
      for (const s of statsOf(p.areaCode)) {
        s.projects++;
        s.investmentWan += p.amountWan;
        const ind = s.industries.get(p.industry) ?? { projects: 0, investmentWan: 0 };
        ind.projects++;
        ind.investmentWan += p.amountWan;
        s.industries.set(p.industry, ind);
      }
    }
    let samplePremises = false;
    const premises: PremisesPoint[] = [];
    for (const p of rows.premises.values()) {
      premises.push(p);
      if (p.sample) samplePremises = true;
      for (const s of statsOf(p.areaCode)) {
        s.premises++;
        s.availableArea += p.availableArea;
      }
    }
    const model = buildModel(projects, premises, this.indexer);
    const builtInMs = Date.now() - started;
    if (projects.length > 10_000) this.logger.log(`rebuilt from ${projects.length} projects and ${premises.length} premises (${patched ? 'changed rows re-read' : 'every row read'}) in ${builtInMs} ms`);
    return {
      revision,
      rows,
      model,
      areas,
      total,
      names: new Map(refs.map((r) => [`${r.kind}:${r.code}`, r.names])),
      lastUpdated: await this.lastChange(),
      sampleProjects,
      samplePremises,
      responses: new Map(),
      raw: new Map(),
    };
  }

  /** Every row, read from the database: as arrays, since objects for 100,000 rows cost a third of the read. */
  private async readAll(): Promise<Rows> {
    const projects = new Map<number, ProjectRecord>();
    for (const values of await selectArrays(this.ds.manager, `SELECT ${PROJECT_COLUMNS} FROM project`)) projects.set(Number(values[0]), projectOf(values));
    const premises = new Map<number, PremisesRecord>();
    for (const values of await selectArrays(this.ds.manager, `SELECT ${PREMISES_COLUMNS} FROM premises`)) premises.set(Number(values[0]), premisesOf(values));
    return { projects, premises };
  }

  /**
   * The previous build's rows with the rows changed since re-read, or undefined when some revision
   * in between left no change entry (an import, the seed, a pruned entry): then only a full read is right.
   */
  private async patched(previous: State, revision: number): Promise<Rows | undefined> {
    if (revision <= previous.revision || revision - previous.revision > CHANGES_KEPT) return undefined;
    const steps = await this.ds.getRepository(HeatmapChangeEntity).find({ where: { revision: Between(previous.revision + 1, revision) } });
    if (steps.length !== revision - previous.revision) return undefined;
    const rows: Rows = { projects: new Map(previous.rows.projects), premises: new Map(previous.rows.premises) };
    for (const table of ['project', 'premises'] as const) {
      const ids = [...new Set(steps.filter((c) => c.tableName === table).flatMap((c) => c.ids.split(',').map(Number)))];
      for (let i = 0; i < ids.length; i += ID_CHUNK) {
        const chunk = ids.slice(i, i + ID_CHUNK);
        const found = (await this.ds
          .createQueryBuilder()
          .select(table === 'project' ? PROJECT_COLUMNS : PREMISES_COLUMNS)
          .from(table, table)
          .where('id IN (:...ids)', { ids: chunk })
          .getRawMany()) as Record<string, unknown>[];
        // a changed row that is gone was deleted
        for (const id of chunk) (table === 'project' ? rows.projects : rows.premises).delete(id);
        // the keys come in the SELECT's order
        for (const r of found) {
          if (table === 'project') rows.projects.set(Number(r.id), projectOf(Object.values(r)));
          else rows.premises.set(Number(r.id), premisesOf(Object.values(r)));
        }
      }
    }
    return rows;
  }

  /** The latest write: a row's updated_at, or the revision's (a delete leaves no row behind). */
  private async lastChange(): Promise<string | null> {
    const [project, premises, revision] = await Promise.all([
      this.ds.getRepository(ProjectEntity).find({ select: { id: true, updatedAt: true }, order: { updatedAt: 'DESC' }, take: 1 }),
      this.ds.getRepository(PremisesEntity).find({ select: { id: true, updatedAt: true }, order: { updatedAt: 'DESC' }, take: 1 }),
      this.ds.getRepository(ContentRevisionEntity).findOneBy({ scope: HEATMAP_SCOPE }),
    ]);
    const times = [project[0]?.updatedAt, premises[0]?.updatedAt, revision?.updatedAt].filter((d): d is Date => d instanceof Date).map((d) => d.getTime());
    return times.length ? new Date(Math.max(...times)).toISOString() : null;
  }

  // ---- reads ----

  async hasIndustry(code: string): Promise<boolean> {
    return (await this.current()).names.has(`industry:${code}`);
  }

  /** A reference name in a language, along the fallback chain (the code itself when unknown). */
  async namer(): Promise<(kind: 'industry' | 'spaceKind', code: string, language: Language) => { name: string; fallback: boolean }> {
    const state = await this.current();
    return (kind, code, language) => {
      const r = resolveTranslation(state.names.get(`${kind}:${code}`) ?? {}, language);
      return { name: r?.value ?? code, fallback: r?.fallback ?? true };
    };
  }

  async areaStats(): Promise<{ stats: Map<string, AreaStats>; total: AreaStats; sampleData: boolean }> {
    const state = await this.current();
    return { stats: state.areas, total: state.total, sampleData: state.sampleProjects || state.samplePremises };
  }

  /** When projects or premises last changed (null: never). */
  async lastUpdated(): Promise<string | null> {
    return (await this.current()).lastUpdated;
  }

  /** The heatmap answer (JSON text and its gzip), cached until the next data change. */
  async heatmapAnswer(query: HeatmapQuery, language: Language): Promise<CachedAnswer> {
    const state = await this.current();
    const space = query.metric === 'space';
    const filter = {
      metric: query.metric,
      res: query.res,
      industry: space ? undefined : query.industry,
      from: space ? undefined : query.from,
      to: space ? undefined : query.to,
      kind: space ? query.kind : undefined,
    };
    const key = JSON.stringify([language, filter.metric, filter.res, filter.industry ?? '', filter.from ?? '', filter.to ?? '', filter.kind ?? '']);
    const cached = state.responses.get(key);
    if (cached) return cached;
    // investment is summed in 万元 (exact integers) and shown in 亿元
    const scale = (v: number) => (query.metric === 'investment' ? v / 10_000 : v);
    const ranked = rank(queryCells(state.model, filter));
    const values = ranked.map((c) => scale(c.value));
    const breaks = quantileBreaks(values);
    const industry = filter.industry ? resolveTranslation(state.names.get(`industry:${filter.industry}`) ?? {}, language) : undefined;
    const answer: Omit<HeatmapResponse, 'cells'> = {
      metric: query.metric,
      unit: query.metric === 'investment' ? 'cny_100m' : query.metric === 'projects' ? 'count' : 'm2',
      resolution: query.res,
      language,
      filters: {
        industry: filter.industry ? { code: filter.industry, name: industry?.value ?? filter.industry, fallback: industry?.fallback ?? true } : null,
        from: filter.from ?? null,
        to: filter.to ?? null,
        kind: filter.kind ?? null,
      },
      total: scale(ranked.reduce((sum, c) => sum + c.value, 0)),
      breaks,
      lastUpdated: state.lastUpdated,
      sampleData: space ? state.samplePremises : state.sampleProjects,
    };
    // both orders of the cells, and the one that gzips smaller (once per answer and data change)
    const located = ranked.map((c, i) => ({ h3: c.h3, value: values[i] as number, ...this.boundaries.of(c.h3) }));
    const [smaller] = (['h3', 'south-north'] as const)
      .map((order) => JSON.stringify({ ...answer, cells: encodeHeatmapCells(located, order) } satisfies HeatmapResponse))
      .map((json) => ({ json, gzip: gzipSync(json, { level: 9 }) }))
      .sort((a, b) => a.gzip.length - b.gzip.length);
    // the gzip that decided goes with the answer: it is not compressed again for AnswerCache
    const result = cachedAnswer(smaller?.json ?? '', smaller?.gzip);
    rememberIn(state.responses, key, result);
    return result;
  }
}
