import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AreaDetail, AreaList, FieldIssue, HeatmapQuery, Language, PremisesQuery } from '@zhaoshang/contracts';
import type { DataSource } from 'typeorm';
import { AnswerCache } from '../common/answer-cache';
import { AppException } from '../common/app.exception';
import { AreaEntity } from '../meta/area.entity';
import { PolicyCatalog } from '../policies/policy-catalog';
import { emptyStats, HeatmapCatalog, type AreaStats } from './heatmap-catalog';
import { localized, premisesSummary, projectSummary, toYi } from './heatmap-views';
import { PremisesEntity } from './premises.entity';
import { ProjectEntity } from './project.entity';

const DETAIL_ITEMS = 50;
const DETAIL_POLICIES = 20;

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
    const json = await this.catalog.heatmapJson(query, language);
    this.catalog.remember(request.url, request.acceptLanguage, json);
    return json;
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
