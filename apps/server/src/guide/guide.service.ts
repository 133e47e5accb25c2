import { Injectable } from '@nestjs/common';
import type { GuideFaqQuery, GuideFaqResult, GuidePageDetail, GuideTree, Language } from '@zhaoshang/contracts';
import { AppException } from '../common/app.exception';
import { GuideCatalog } from './guide-catalog';
import { GuideEvents } from './guide-events';

/**
 * Public reads of the published guide: anyone may call these. Every read reports to GuideEvents
 * (no answer cache in front, so every view and search is counted).
 */
@Injectable()
export class GuideService {
  constructor(
    private readonly catalog: GuideCatalog,
    private readonly events: GuideEvents,
  ) {}

  tree(language: Language): Promise<GuideTree> {
    return this.catalog.tree(language);
  }

  async page(slug: string, language: Language): Promise<GuidePageDetail> {
    const page = await this.catalog.page(slug, language);
    if (!page) throw AppException.notFound();
    this.events.viewed(page.slug, language);
    return page;
  }

  async searchFaq(query: GuideFaqQuery, language: Language): Promise<GuideFaqResult> {
    const { items, total } = await this.catalog.searchFaq(query.q, language, query.limit);
    this.events.searched(query.q, language, total);
    return { q: query.q, language, items, total };
  }
}
