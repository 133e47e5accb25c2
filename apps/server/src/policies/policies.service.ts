import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EnterpriseProfile, FieldIssue, Language, MatchQuery, PolicyDetail, PolicyQuery } from '@zhaoshang/contracts';
import { AnswerCache } from '../common/answer-cache';
import { AppException } from '../common/app.exception';
import { InsightsRecorder } from '../insights/insights-recorder';
import { PolicyCatalog } from './policy-catalog';

/** The answer's `total`: the last top-level key of that name (item texts are escaped JSON). */
const totalOf = (json: string) => Number.parseInt(json.slice(json.lastIndexOf('"total":') + 8), 10);

/** Public reads of published policies: anyone may call these. */
@Injectable()
export class PoliciesService implements OnModuleInit {
  constructor(
    private readonly catalog: PolicyCatalog,
    private readonly answers: AnswerCache,
    private readonly insights: InsightsRecorder,
  ) {}

  onModuleInit(): void {
    this.answers.register('/api/v1/policies', (url, acceptLanguage) => {
      const answer = this.catalog.answered(url, acceptLanguage);
      // a repeated search served before Nest still counts (an in-memory increment)
      if (answer && url.includes('q=')) this.insights.searchRepeated(`${acceptLanguage}|${url}`);
      return answer;
    });
  }

  /** The search answer as JSON text; remembered by URL for the next identical request. */
  async searchJson(query: PolicyQuery, language: Language, request: { url: string; acceptLanguage: string }): Promise<string> {
    const json = await this.search(query, language);
    this.catalog.remember(request.url, request.acceptLanguage, json);
    // insights count searches by their first page; the cache key lets repeats served from memory count too
    if (query.q && query.page === 1) this.insights.searched('policy_search', query.q, language, totalOf(json), `${request.acceptLanguage}|${request.url}`);
    return json;
  }

  private async search(query: PolicyQuery, language: Language): Promise<string> {
    const issues: FieldIssue[] = [];
    if (query.category && !(await this.catalog.hasCode('policyCategory', query.category))) issues.push({ field: 'query.category', code: 'invalid_value' });
    if (query.industry && !(await this.catalog.hasCode('industry', query.industry))) issues.push({ field: 'query.industry', code: 'invalid_value' });
    if (issues.length) throw AppException.validation(issues);
    return this.catalog.searchJson(query, language);
  }

  async detail(id: number, language: Language): Promise<PolicyDetail> {
    const detail = await this.catalog.detail(id, language);
    if (!detail) throw AppException.notFound();
    this.insights.viewed('policy_view', String(id), language);
    return detail;
  }

  /** The match answer's page as JSON text. */
  async matchJson(profile: EnterpriseProfile, language: Language, page: Pick<MatchQuery, 'page' | 'pageSize'>): Promise<string> {
    const issues: FieldIssue[] = [];
    if (profile.industry && !(await this.catalog.hasCode('industry', profile.industry))) issues.push({ field: 'industry', code: 'invalid_value' });
    if (profile.enterpriseType && !(await this.catalog.hasCode('enterpriseType', profile.enterpriseType))) issues.push({ field: 'enterpriseType', code: 'invalid_value' });
    if (profile.spaceKind && !(await this.catalog.hasCode('spaceKind', profile.spaceKind))) issues.push({ field: 'spaceKind', code: 'invalid_value' });
    if (issues.length) throw AppException.validation(issues);
    return this.catalog.matchJson(profile, language, page.page, page.pageSize);
  }
}
