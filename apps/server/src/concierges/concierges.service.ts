import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  OPEN_LEAD_STAGES,
  resolveTranslation,
  type ConciergeDirectory,
  type ConciergeDirectoryQuery,
  type ConciergeProfile,
  type FieldIssue,
  type Language,
  type MyConcierge,
} from '@zhaoshang/contracts';
import { In, IsNull, type DataSource } from 'typeorm';
import { AppException } from '../common/app.exception';
import { AssignmentService, equalCandidates } from '../intents/assignment';
import { IntentEntity } from '../intents/intent.entity';
import { requireInvestor, type InvestorActor } from '../investors/investor-auth';
import { AreaEntity } from '../meta/area.entity';
import { PolicyCatalog } from '../policies/policy-catalog';
import { ConciergeEntity } from './concierge.entity';
import { conciergeProfile, type CodeNames } from './concierge-views';

/**
 * The investor side: the public directory of active concierges, one profile, and the investor's
 * own concierge. Read from the database on each request (a handful of rows), so a deactivated
 * concierge leaves the directory at once on every replica.
 */
@Injectable()
export class ConciergesService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly catalog: PolicyCatalog,
    private readonly assignment: AssignmentService,
  ) {}

  /** Industry and area names in a language, for the profiles of one answer. */
  async codeNames(language: Language): Promise<CodeNames> {
    const nameOf = await this.catalog.referenceNamer();
    const areas = new Map((await this.ds.getRepository(AreaEntity).find({ select: { code: true, names: true } })).map((a) => [a.code, a.names]));
    return {
      industry: (code) => nameOf('industry', code, language),
      area: (code) => resolveTranslation(areas.get(code) ?? {}, language)?.value ?? code,
    };
  }

  /**
   * Active concierges covering the industry and area asked for. The best suggestions come first:
   * those who speak the reader's language, then those the lead desk's routing rules would give a
   * lead of that industry and language, then the console's order.
   */
  async directory(query: ConciergeDirectoryQuery, language: Language): Promise<ConciergeDirectory> {
    const issues: FieldIssue[] = [];
    if (query.industry && !(await this.catalog.hasCode('industry', query.industry))) issues.push({ field: 'query.industry', code: 'invalid_value' });
    if (query.area && !(await this.ds.getRepository(AreaEntity).existsBy({ code: query.area }))) issues.push({ field: 'query.area', code: 'invalid_value' });
    if (issues.length) throw AppException.validation(issues);

    const rows = (await this.ds.getRepository(ConciergeEntity).find({ where: { active: true }, order: { sort: 'ASC', id: 'ASC' } })).filter(
      (c) => (!query.industry || c.industries.includes(query.industry)) && (!query.area || c.areas.includes(query.area)),
    );
    const { rules } = await this.assignment.roster();
    const routed = new Set(equalCandidates(rules, rows, { industries: query.industry ? [query.industry] : [], language }));
    const rank = (c: ConciergeEntity) => (c.languages.includes(language) ? 0 : 2) + (routed.has(c.id) ? 0 : 1);
    // a stable sort keeps the console's order (sort, id) among equals
    const ordered = rows.map((c, i) => ({ c, i })).sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i).map(({ c }) => c);

    const names = await this.codeNames(language);
    const now = new Date();
    const items = ordered.map((c) => conciergeProfile(c, language, names, now));
    return {
      language,
      filters: {
        industry: query.industry ? { code: query.industry, name: names.industry(query.industry) } : null,
        area: query.area ? { code: query.area, name: names.area(query.area) } : null,
      },
      items,
      sampleData: items.some((i) => i.sample),
    };
  }

  /** An active concierge; a deactivated one is not found. */
  async profile(id: number, language: Language): Promise<ConciergeProfile> {
    const c = await this.ds.getRepository(ConciergeEntity).findOneBy({ id, active: true });
    if (!c) throw AppException.notFound();
    return conciergeProfile(c, language, await this.codeNames(language), new Date());
  }

  /**
   * The investor's own concierge: the one of their latest open intent (not signed, landed or
   * closed); without one, of their latest signed or landed intent if that concierge is still
   * active (they look after a project until production). No intent: `{ intent: null, concierge:
   * null }`, never an error, so the page simply shows suggestions.
   */
  async mine(investor: InvestorActor, language: Language): Promise<MyConcierge> {
    requireInvestor(investor);
    const intents = await this.ds.getRepository(IntentEntity).find({
      select: { id: true, stage: true, companyName: true, conciergeId: true },
      where: { investorId: investor.id, anonymizedAt: IsNull(), mergedIntoId: IsNull() },
      order: { id: 'DESC' },
      take: 100,
    });
    const ids = [...new Set(intents.map((i) => i.conciergeId).filter((c): c is number => c !== null))];
    const active = new Map((ids.length ? await this.ds.getRepository(ConciergeEntity).findBy({ id: In(ids), active: true }) : []).map((c) => [c.id, c]));
    const open = intents.find((i) => OPEN_LEAD_STAGES.includes(i.stage));
    const chosen = open ?? intents.find((i) => (i.stage === 'signed' || i.stage === 'landed') && i.conciergeId !== null && active.has(i.conciergeId));
    if (!chosen) return { language, intent: null, concierge: null };
    // an open intent waiting in the admins' queue has nobody yet
    const concierge = chosen.conciergeId === null ? undefined : active.get(chosen.conciergeId);
    return {
      language,
      intent: { id: chosen.id, stage: chosen.stage, companyName: chosen.companyName },
      concierge: concierge ? conciergeProfile(concierge, language, await this.codeNames(language), new Date()) : null,
    };
  }
}
