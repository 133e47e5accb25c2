import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  HEATMAP_MAX_RES,
  HEATMAP_MIN_RES,
  type AreaDetail,
  type AreaList,
  type FieldIssue,
  type HeatmapCellDetail,
  type HeatmapCellQuery,
  type HeatmapQuery,
  type Language,
  type PremisesQuery,
} from '@zhaoshang/contracts';
import { cellToLatLng, getResolution, isValidCell } from 'h3-js';
import { In, type DataSource } from 'typeorm';
import { AnswerCache } from '../common/answer-cache';
import { AppException } from '../common/app.exception';
import { AreaEntity } from '../meta/area.entity';
import { PolicyCatalog } from '../policies/policy-catalog';
import { emptyStats, HeatmapCatalog, type AreaStats } from './heatmap-catalog';
import { cellAt, cellOutline, cellSearchBox, pointInPolygon } from './heatmap-model';
import { localized, premisesSummary, projectSummary, toYi } from './heatmap-views';
import { PremisesEntity } from './premises.entity';
import { ProjectEntity } from './project.entity';

const DETAIL_ITEMS = 50;
const DETAIL_POLICIES = 20;

type CellProjectRow = { id: number | string; industry: string; amountWan: number | string; lat: number | string; lng: number | string; sample: number | boolean | string };
type CellPremisesRow = { id: number | string; availableArea: number | string; lat: number | string; lng: number | string; sample: number | boolean | string };
const truthy = (v: number | boolean | string) => v === true || v === 1 || v === '1';

/** Twice the outline's area in square degrees: enough to order areas by size. */
function ringSize(ring: readonly [number, number][]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += ((ring[j] as [number, number])[1] + (ring[i] as [number, number])[1]) * ((ring[j] as [number, number])[0] - (ring[i] as [number, number])[0]);
  return Math.abs(sum);
}

/** Public reads of the heatmap, areas and premises: anyone may call these. */
@Injectable()
export class HeatmapService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly catalog: HeatmapCatalog,
    private readonly policies: PolicyCatalog,
    private readonly answers: AnswerCache,
  ) {}

  onModuleInit(): void {
    this.answers.register('/api/v1/heatmap', (url, acceptLanguage) => this.catalog.answered(url, acceptLanguage));
  }

  /** The heatmap as JSON text; remembered by URL for the next identical request. */
  async heatmapJson(query: HeatmapQuery, language: Language, request: { url: string; acceptLanguage: string }): Promise<string> {
    if (query.industry && !(await this.catalog.hasIndustry(query.industry))) throw AppException.validation([{ field: 'query.industry', code: 'invalid_value' }]);
    const answer = await this.catalog.heatmapAnswer(query, language);
    this.catalog.remember(request.url, request.acceptLanguage, answer);
    return answer.json;
  }

  async areas(language: Language): Promise<AreaList> {
    const [rows, figures] = await Promise.all([this.ds.getRepository(AreaEntity).find({ order: { sort: 'ASC', id: 'ASC' } }), this.catalog.areaStats()]);
    return { language, items: rows.map((a) => this.areaItem(a, figures, language)), sampleData: figures.sampleData || rows.some((a) => a.sample) };
  }

  async area(id: number, language: Language): Promise<AreaDetail> {
    const area = await this.ds.getRepository(AreaEntity).findOneBy({ id });
    if (!area) throw AppException.notFound();
    const [figures, nameOf, projects, premises, areas] = await Promise.all([
      this.catalog.areaStats(),
      this.catalog.namer(),
      // the district outline holds everything; other areas their own rows
      this.ds.getRepository(ProjectEntity).find({ where: area.kind === 'district' ? {} : { areaCode: area.code }, order: { amountWan: 'DESC', id: 'ASC' }, take: DETAIL_ITEMS }),
      this.ds.getRepository(PremisesEntity).find({ where: area.kind === 'district' ? {} : { areaCode: area.code }, order: { availableArea: 'DESC', id: 'ASC' }, take: DETAIL_ITEMS }),
      this.areaMap(),
    ]);
    const item = this.areaItem(area, figures, language);
    const own = statsFor(area, figures);
    const industries = [...own.industries.entries()]
      .sort((a, b) => b[1].investmentWan - a[1].investmentWan || a[0].localeCompare(b[0]))
      .map(([code, s]) => ({ code, name: nameOf('industry', code, language).name, projects: s.projects, investment: toYi(s.investmentWan) }));
    const applicable = await this.policies.applicable(
      industries.map((i) => i.code),
      language,
      DETAIL_POLICIES,
    );
    return {
      ...item,
      projects: projects.map((p) => projectSummary(p, language, nameOf)),
      premises: premises.map((p) => premisesSummary(p, language, nameOf, areas)),
      industries,
      policies: applicable.items.map((p) => ({ id: p.id, title: p.title, summary: p.summary, language: p.language, fallback: p.fallback })),
      policiesTotal: applicable.total,
      sampleData: item.sample || figures.sampleData,
    };
  }

  /**
   * One heatmap cell under the map's filters: its figures, the areas it lies in, its largest
   * projects, premises with most space and the policies for its industries. Rows are found by
   * a box around the cell, then kept by the heatmap's own rule (cellAt), so the figures are the
   * cell's values on the map.
   */
  async cell(h3: string, query: HeatmapCellQuery, language: Language): Promise<HeatmapCellDetail> {
    const res = isValidCell(h3) ? getResolution(h3) : -1;
    if (res < HEATMAP_MIN_RES || res > HEATMAP_MAX_RES) throw AppException.validation([{ field: 'params.cell', code: 'invalid_value' }]);
    if (query.industry && !(await this.catalog.hasIndustry(query.industry))) throw AppException.validation([{ field: 'query.industry', code: 'invalid_value' }]);
    const boundary = cellOutline(h3);
    const [lat, lng] = cellToLatLng(h3);
    const center: [number, number] = [Math.round(lat * 1e6) / 1e6, Math.round(lng * 1e6) / 1e6];
    const box = cellSearchBox(boundary);
    const inBox = { south: box.south, north: box.north, west: box.west, east: box.east };

    const pq = this.ds
      .getRepository(ProjectEntity)
      .createQueryBuilder('p')
      .select('p.id', 'id')
      .addSelect('p.industry', 'industry')
      .addSelect('p.amount_wan', 'amountWan')
      .addSelect('p.lat', 'lat')
      .addSelect('p.lng', 'lng')
      .addSelect('p.sample', 'sample')
      .where('p.lat BETWEEN :south AND :north AND p.lng BETWEEN :west AND :east', inBox);
    if (query.industry) pq.andWhere('p.industry = :industry', { industry: query.industry });
    if (query.from !== undefined) pq.andWhere('p.year >= :from', { from: query.from });
    if (query.to !== undefined) pq.andWhere('p.year <= :to', { to: query.to });
    const sq = this.ds
      .getRepository(PremisesEntity)
      .createQueryBuilder('p')
      .select('p.id', 'id')
      .addSelect('p.available_area', 'availableArea')
      .addSelect('p.lat', 'lat')
      .addSelect('p.lng', 'lng')
      .addSelect('p.sample', 'sample')
      .where('p.lat BETWEEN :south AND :north AND p.lng BETWEEN :west AND :east', inBox);
    if (query.kind) sq.andWhere('p.kind = :kind', { kind: query.kind });
    const [projectRows, premisesRows, areas, nameOf, lastUpdated] = await Promise.all([
      pq.getRawMany<CellProjectRow>(),
      sq.getRawMany<CellPremisesRow>(),
      this.areaMap(),
      this.catalog.namer(),
      this.catalog.lastUpdated(),
    ]);
    const inCell = <R extends { lat: number | string; lng: number | string }>(rows: R[]) => rows.filter((r) => cellAt(Number(r.lat), Number(r.lng), res) === h3);
    const projects = inCell(projectRows);
    const premises = inCell(premisesRows);

    let investmentWan = 0;
    const byIndustry = new Map<string, { projects: number; investmentWan: number }>();
    for (const p of projects) {
      investmentWan += Number(p.amountWan);
      const s = byIndustry.get(p.industry) ?? { projects: 0, investmentWan: 0 };
      s.projects++;
      s.investmentWan += Number(p.amountWan);
      byIndustry.set(p.industry, s);
    }
    const industries = [...byIndustry.entries()]
      .sort((a, b) => b[1].investmentWan - a[1].investmentWan || a[0].localeCompare(b[0]))
      .map(([code, s]) => ({ code, name: nameOf('industry', code, language).name, projects: s.projects, investment: toYi(s.investmentWan) }));
    // the filtered industry counts even where the cell has none of its projects yet
    const policyIndustries = [...new Set([...(query.industry ? [query.industry] : []), ...industries.map((i) => i.code)])];

    const topProjects = [...projects].sort((a, b) => Number(b.amountWan) - Number(a.amountWan) || Number(a.id) - Number(b.id)).slice(0, DETAIL_ITEMS).map((p) => Number(p.id));
    const topPremises = [...premises].sort((a, b) => Number(b.availableArea) - Number(a.availableArea) || Number(a.id) - Number(b.id)).slice(0, DETAIL_ITEMS).map((p) => Number(p.id));
    const [projectEntities, premisesEntities, applicable] = await Promise.all([
      topProjects.length ? this.ds.getRepository(ProjectEntity).findBy({ id: In(topProjects) }) : Promise.resolve([]),
      topPremises.length ? this.ds.getRepository(PremisesEntity).findBy({ id: In(topPremises) }) : Promise.resolve([]),
      this.policies.applicable(policyIndustries, language, DETAIL_POLICIES),
    ]);
    const inOrder = <E extends { id: number }>(ids: number[], rows: E[]) => {
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    };
    const holding = [...areas.values()]
      .filter((a) => a.polygon && a.polygon.length >= 3 && pointInPolygon(center, a.polygon))
      .sort((a, b) => ringSize(a.polygon ?? []) - ringSize(b.polygon ?? []) || a.id - b.id);
    const filterIndustry = query.industry ? { code: query.industry, ...nameOf('industry', query.industry, language) } : null;

    return {
      h3,
      resolution: res,
      boundary,
      center,
      language,
      filters: { industry: filterIndustry, from: query.from ?? null, to: query.to ?? null, kind: query.kind ?? null },
      stats: {
        projects: projects.length,
        investment: toYi(investmentWan),
        availableArea: premises.reduce((s, p) => s + Number(p.availableArea), 0),
        premises: premises.length,
      },
      areas: holding.map((a) => ({ id: a.id, code: a.code, kind: a.kind, ...localized(a.names, language) })),
      projects: inOrder(topProjects, projectEntities).map((p) => projectSummary(p, language, nameOf)),
      premises: inOrder(topPremises, premisesEntities).map((p) => premisesSummary(p, language, nameOf, areas)),
      industries,
      policies: applicable.items.map((p) => ({ id: p.id, title: p.title, summary: p.summary, language: p.language, fallback: p.fallback })),
      policiesTotal: applicable.total,
      lastUpdated,
      sampleData: projects.some((p) => truthy(p.sample)) || premises.some((p) => truthy(p.sample)),
    };
  }

  async premises(query: PremisesQuery, language: Language) {
    const areas = await this.areaMap();
    if (query.area && !areas.has(query.area)) throw AppException.validation([{ field: 'query.area', code: 'invalid_value' } satisfies FieldIssue]);
    const qb = this.ds.getRepository(PremisesEntity).createQueryBuilder('p');
    if (query.kind) qb.andWhere('p.kind = :kind', { kind: query.kind });
    if (query.minArea !== undefined) qb.andWhere('p.available_area >= :minArea', { minArea: query.minArea });
    if (query.area && areas.get(query.area)?.kind !== 'district') qb.andWhere('p.area_code = :area', { area: query.area });
    const [rows, total] = await qb
      .orderBy('p.available_area', 'DESC')
      .addOrderBy('p.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    const nameOf = await this.catalog.namer();
    return {
      items: rows.map((p) => premisesSummary(p, language, nameOf, areas)),
      total,
      page: query.page,
      pageSize: query.pageSize,
      language,
      sampleData: rows.some((p) => p.sample),
    };
  }

  private async areaMap(): Promise<Map<string, AreaEntity>> {
    const rows = await this.ds.getRepository(AreaEntity).find();
    return new Map(rows.map((a) => [a.code, a]));
  }

  private areaItem(a: AreaEntity, figures: Figures, language: Language) {
    const s = statsFor(a, figures);
    const description = a.descriptions ? localized(a.descriptions, language).name || null : null;
    return {
      id: a.id,
      code: a.code,
      kind: a.kind,
      ...localized(a.names, language),
      description,
      polygon: a.polygon,
      center: a.centerLat !== null && a.centerLng !== null ? ([a.centerLat, a.centerLng] as [number, number]) : null,
      stats: { projects: s.projects, investment: toYi(s.investmentWan), availableArea: s.availableArea, premises: s.premises },
      sample: a.sample,
    };
  }
}

type Figures = { stats: Map<string, AreaStats>; total: AreaStats };

/** The district outline holds every row; other areas the rows that name them. */
function statsFor(area: AreaEntity, figures: Figures): AreaStats {
  return area.kind === 'district' ? figures.total : (figures.stats.get(area.code) ?? emptyStats());
}
