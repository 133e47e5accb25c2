import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  INSIGHTS_DEFAULT_DAYS,
  INSIGHTS_TOP,
  INTENT_SOURCES,
  INTENT_STAGES,
  LANGUAGES,
  dayCount,
  insightsRangeIssues,
  mondayOf,
  shiftDay,
  type InsightEventKind,
  type InsightsQuery,
  type InsightsResponse,
  type IntentInsights,
  type Language,
  type ReplyCompliance,
  type SearchInsights,
  type SearchTerm,
  type ViewedItem,
  type WeekActivity,
} from '@zhaoshang/contracts';
import { In, type DataSource, type SelectQueryBuilder } from 'typeorm';
import { requireRole, type Actor } from '../auth/actor';
import { AppException } from '../common/app.exception';
import { ConciergeEntity } from '../concierges/concierge.entity';
import { GuideCatalog } from '../guide/guide-catalog';
import { APP_CONFIG } from '../config/config';
import type { AppConfig } from '../config/config.schema';
import { IntentEntity, IntentEventEntity } from '../intents/intent.entity';
import { isOverdue } from '../intents/intent-views';
import { ReplyClock } from '../intents/reply-clock';
import { ReferenceItemEntity } from '../meta/reference-item.entity';
import { PolicyCatalog } from '../policies/policy-catalog';
import { DistrictCalendar } from './calendar';
import { InsightEventEntity } from './insight-event.entity';

type Period = { from: string; to: string; language: Language | null };
type Sum = string | number | null;
const num = (v: Sum | undefined) => Number(v ?? 0);
const IDS_PER_QUERY = 500;

/**
 * The console's insights. Search and view statistics are anonymous and about content: every
 * staff member and admin sees all of them. Intent statistics follow the lead desk's rule:
 * admins see every lead, staff the leads of the concierge profiles linked to their account.
 */
@Injectable()
export class InsightsService {
  private readonly calendar: DistrictCalendar;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly catalog: PolicyCatalog,
    private readonly clock: ReplyClock,
    private readonly guide: GuideCatalog,
  ) {
    this.calendar = new DistrictCalendar(config.WORK_TIMEZONE);
  }

  async overview(actor: Actor, query: InsightsQuery, language: Language): Promise<InsightsResponse> {
    requireRole(actor, 'admin', 'staff');
    const today = this.calendar.dayOf(Date.now());
    const to = query.to ?? today;
    const from = query.from ?? shiftDay(to, -(INSIGHTS_DEFAULT_DAYS - 1));
    const issues = insightsRangeIssues(from, to);
    if (issues.length) throw AppException.validation(issues);
    const period: Period = { from, to, language: query.language ?? null };
    const scope = await this.scope(actor);

    const [policySearches, guideSearches, policyViews, guideViews, weeks, intents] = await Promise.all([
      this.searches('policy_search', period),
      this.searches('guide_search', period),
      this.views('policy_view', period),
      this.views('guide_view', period),
      this.weeks(period),
      this.intents(period, scope, language),
    ]);
    const [policyTitles, guideTitles] = await Promise.all([
      this.catalog.publishedTitles(
        policyViews.top.map((v) => Number(v.key)).filter((id) => Number.isInteger(id)),
        language,
      ),
      guideViews.top.length ? this.guideTitles(language) : new Map<string, string>(),
    ]);
    const policyTitle = new Map(policyTitles.map((p) => [String(p.id), p.title]));
    return {
      from,
      to,
      days: dayCount(from, to),
      timeZone: this.calendar.timeZone,
      today,
      language: period.language,
      scope: scope === null ? 'all' : 'own',
      searches: { policies: policySearches, guide: guideSearches },
      views: {
        policies: { total: policyViews.total, top: policyViews.top.map((v) => ({ ...v, title: policyTitle.get(v.key) ?? null })) },
        guide: { total: guideViews.total, top: guideViews.top.map((v) => ({ ...v, title: guideTitles.get(v.key) ?? null })) },
      },
      weeks,
      intents,
    };
  }

  /** Titles of the published guide's sections and pages by slug, in the language or its fallback. */
  private async guideTitles(language: Language): Promise<Map<string, string>> {
    const tree = await this.guide.tree(language);
    return new Map(tree.sections.flatMap((s) => [s, ...s.pages]).map((p) => [p.slug, p.title]));
  }

  /** null: every lead (admins); else the concierge profiles linked to this staff account (as on the lead desk). */
  private async scope(actor: Actor): Promise<number[] | null> {
    if (actor.role === 'admin') return null;
    const mine = await this.ds.getRepository(ConciergeEntity).find({ select: { id: true }, where: { staffUserId: actor.id } });
    return mine.map((c) => c.id);
  }

  // ---- search and view events: sums over insight_event rows ----

  private events(period: Period, kind?: InsightEventKind): SelectQueryBuilder<InsightEventEntity> {
    const qb = this.ds.getRepository(InsightEventEntity).createQueryBuilder('e').where('e.day >= :from AND e.day <= :to', { from: period.from, to: period.to });
    if (kind) qb.andWhere('e.kind = :kind', { kind });
    if (period.language) qb.andWhere('e.language = :language', { language: period.language });
    return qb;
  }

  private async searches(kind: 'policy_search' | 'guide_search', period: Period): Promise<SearchInsights> {
    const zero = 'SUM(CASE WHEN e.result_count = 0 THEN e.hits ELSE 0 END)';
    const totals = await this.events(period, kind)
      .select('SUM(e.hits)', 'total')
      .addSelect(zero, 'zero')
      .addSelect('COUNT(DISTINCT e.subject)', 'distinct')
      .getRawOne<{ total: Sum; zero: Sum; distinct: Sum }>();
    const ranked = (onlyZero: boolean) => {
      const qb = this.events(period, kind).select('e.subject', 'subject').addSelect('SUM(e.hits)', 'searches').addSelect(zero, 'zero');
      if (onlyZero) qb.andWhere('e.result_count = 0');
      return qb.groupBy('e.subject').orderBy('searches', 'DESC').addOrderBy('e.subject', 'ASC').limit(INSIGHTS_TOP).getRawMany<{ subject: string; searches: Sum; zero: Sum }>();
    };
    const [top, zeroTop] = await Promise.all([ranked(false), ranked(true)]);
    const subjects = [...new Set([...top, ...zeroTop].map((r) => r.subject))];
    // each listed query's searches per reading language
    const split = subjects.length
      ? await this.events(period, kind)
          .andWhere('e.subject IN (:...subjects)', { subjects })
          .select('e.subject', 'subject')
          .addSelect('e.language', 'language')
          .addSelect('SUM(e.hits)', 'searches')
          .addSelect(zero, 'zero')
          .groupBy('e.subject')
          .addGroupBy('e.language')
          .getRawMany<{ subject: string; language: Language; searches: Sum; zero: Sum }>()
      : [];
    const languagesOf = (subject: string, onlyZero: boolean) => {
      const out = { 'zh-CN': 0, en: 0, ja: 0 } as Record<Language, number>;
      for (const r of split) if (r.subject === subject && r.language in out) out[r.language] += num(onlyZero ? r.zero : r.searches);
      return out;
    };
    const term = (r: { subject: string; searches: Sum; zero: Sum }, onlyZero: boolean): SearchTerm => ({
      query: r.subject,
      searches: num(r.searches),
      zeroResults: num(r.zero),
      languages: languagesOf(r.subject, onlyZero),
    });
    return {
      total: num(totals?.total),
      zeroResults: num(totals?.zero),
      distinct: num(totals?.distinct),
      top: top.map((r) => term(r, false)),
      zeroResultTop: zeroTop.map((r) => term(r, true)),
    };
  }

  private async views(kind: 'policy_view' | 'guide_view', period: Period): Promise<{ total: number; top: ViewedItem[] }> {
    const [totals, top] = await Promise.all([
      this.events(period, kind).select('SUM(e.hits)', 'total').getRawOne<{ total: Sum }>(),
      this.events(period, kind)
        .select('e.subject', 'subject')
        .addSelect('SUM(e.hits)', 'views')
        .groupBy('e.subject')
        .orderBy('views', 'DESC')
        .addOrderBy('e.subject', 'ASC')
        .limit(INSIGHTS_TOP)
        .getRawMany<{ subject: string; views: Sum }>(),
    ]);
    return { total: num(totals?.total), top: top.map((r) => ({ key: r.subject, title: null, views: num(r.views) })) };
  }

  private async weeks(period: Period): Promise<WeekActivity[]> {
    const rows = await this.events(period)
      .select('e.week', 'week')
      .addSelect('e.kind', 'kind')
      .addSelect('SUM(e.hits)', 'hits')
      .groupBy('e.week')
      .addGroupBy('e.kind')
      .getRawMany<{ week: string; kind: InsightEventKind; hits: Sum }>();
    const byWeek = new Map(this.weekStarts(period).map((week) => [week, { week, policySearches: 0, policyViews: 0, guideSearches: 0, guideViews: 0 }]));
    const field = { policy_search: 'policySearches', policy_view: 'policyViews', guide_search: 'guideSearches', guide_view: 'guideViews' } as const;
    for (const r of rows) {
      const w = byWeek.get(r.week);
      if (w && r.kind in field) w[field[r.kind]] += num(r.hits);
    }
    return [...byWeek.values()];
  }

  /** Mondays of every week the period touches. */
  private weekStarts(period: Period): string[] {
    const out: string[] = [];
    for (let w = mondayOf(period.from); w <= period.to; w = shiftDay(w, 7)) out.push(w);
    return out;
  }

  // ---- intents: read from the lead desk's own rows ----

  private async intents(period: Period, scope: number[] | null, language: Language): Promise<IntentInsights> {
    // a day wider on each side, then cut by the local day in code: exact on every dialect's datetime format
    const qb = this.ds
      .getRepository(IntentEntity)
      .createQueryBuilder('i')
      .select(['i.id', 'i.createdAt', 'i.stage', 'i.industries', 'i.source', 'i.language', 'i.replyDueAt', 'i.mergedIntoId'])
      .where('i.created_at >= :start AND i.created_at < :end', { start: this.calendar.startOf(shiftDay(period.from, -1)), end: this.calendar.endOf(shiftDay(period.to, 1)) });
    if (scope !== null) qb.andWhere(scope.length ? 'i.concierge_id IN (:...scope)' : '1 = 0', { scope });
    if (period.language) qb.andWhere('i.language = :language', { language: period.language });
    const rows = (await qb.getMany())
      .map((i) => ({ intent: i, day: this.calendar.dayOf(i.createdAt) }))
      .filter((r) => r.day >= period.from && r.day <= period.to);

    const byWeek = new Map(this.weekStarts(period).map((w) => [w, 0]));
    const stages = new Map<string, number>(INTENT_STAGES.map((s) => [s, 0]));
    const sources = new Map<string, number>(INTENT_SOURCES.map((s) => [s, 0]));
    const languages = new Map<string, number>(LANGUAGES.map((l) => [l, 0]));
    const industries = new Map<string, number>();
    const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
    for (const { intent, day } of rows) {
      bump(byWeek, mondayOf(day));
      bump(stages, intent.stage);
      bump(sources, intent.source);
      bump(languages, intent.language);
      for (const code of new Set(intent.industries)) bump(industries, code);
    }
    return {
      total: rows.length,
      byWeek: [...byWeek].map(([week, count]) => ({ week, count })),
      byStage: INTENT_STAGES.map((code) => ({ code, count: stages.get(code) ?? 0 })),
      byIndustry: await this.industryCounts(industries, language),
      bySource: INTENT_SOURCES.map((code) => ({ code, count: sources.get(code) ?? 0 })),
      byLanguage: LANGUAGES.map((code) => ({ code, count: languages.get(code) ?? 0 })),
      replies: await this.replies(rows.map((r) => r.intent)),
    };
  }

  /** Every active industry (zero included) and any other code intents name; most intents first. */
  private async industryCounts(counts: Map<string, number>, language: Language) {
    const reference = await this.ds.getRepository(ReferenceItemEntity).find({ where: { kind: 'industry', active: true }, order: { sort: 'ASC', id: 'ASC' } });
    const nameOf = await this.catalog.referenceNamer();
    const codes = [...new Set([...reference.map((r) => r.code), ...counts.keys()])];
    return codes
      .map((code, order) => ({ code, name: nameOf('industry', code, language), count: counts.get(code) ?? 0, order }))
      .sort((a, b) => b.count - a.count || a.order - b.order)
      .map(({ code, name, count }) => ({ code, name, count }));
  }

  /**
   * Reply-deadline compliance of the period's leads (duplicates merged into another lead left out).
   * The first reply is the first staff message or stage change. Its deadline is the one the lead
   * desk set: REPLY_HOURS.new working hours after arrival, brought forward by an investor message
   * before that reply (REPLY_HOURS.message after it), with the calendar configured now.
   */
  private async replies(intents: IntentEntity[]): Promise<ReplyCompliance> {
    const leads = intents.filter((i) => i.mergedIntoId === null);
    const events = new Map<number, IntentEventEntity[]>();
    for (let i = 0; i < leads.length; i += IDS_PER_QUERY) {
      const ids = leads.slice(i, i + IDS_PER_QUERY).map((l) => l.id);
      const found = await this.ds.getRepository(IntentEventEntity).find({
        select: { id: true, intentId: true, kind: true, actorKind: true, createdAt: true },
        where: { intentId: In(ids), kind: In(['message', 'stage']), actorKind: In(['staff', 'investor']) },
      });
      for (const e of found) events.set(e.intentId, [...(events.get(e.intentId) ?? []), e]);
    }
    const out: ReplyCompliance = { leads: leads.length, onTime: 0, late: 0, missed: 0, waiting: 0, noDeadline: 0, rate: null, overdueNow: 0 };
    const now = Date.now();
    for (const lead of intents) if (isOverdue(lead, now)) out.overdueNow++;
    for (const lead of leads) {
      const timeline = (events.get(lead.id) ?? []).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id);
      const reply = timeline.find((e) => e.actorKind === 'staff');
      let due = this.clock.dueFor('new', lead.createdAt)?.getTime() ?? null;
      for (const e of reply ? timeline.slice(0, timeline.indexOf(reply)) : timeline) {
        const byMessage = e.kind === 'message' ? this.clock.dueFor('message', e.createdAt)?.getTime() : undefined;
        if (byMessage !== undefined && (due === null || byMessage < due)) due = byMessage;
      }
      if (due === null) out.noDeadline++;
      else if (reply) reply.createdAt.getTime() <= due ? out.onTime++ : out.late++;
      else now > due ? out.missed++ : out.waiting++;
    }
    const decided = out.onTime + out.late + out.missed;
    out.rate = decided ? out.onTime / decided : null;
    return out;
  }
}
