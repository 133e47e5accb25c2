import { maskPhone, resolveTranslation, type ConciergeCard, type IntentEvent, type Language, type LeadSummary, type MyIntent } from '@zhaoshang/contracts';
import { translate } from '@zhaoshang/i18n';
import type { ConciergeEntity } from '../concierges/concierge.entity';
import { FINAL_STAGES } from '@zhaoshang/contracts';
import type { IntentEntity, IntentEventEntity } from './intent.entity';

export function conciergeCard(c: ConciergeEntity, language: Language): ConciergeCard {
  const name = resolveTranslation(c.names, language);
  const title = resolveTranslation(c.titles, language);
  return {
    id: c.id,
    name: name?.value ?? c.code,
    title: title?.value ?? '',
    photoUrl: c.photoUrl,
    languages: c.languages,
    phone: c.phone,
    wechatId: c.wechatId,
    officeHours: c.officeHours,
    fallback: !!(name?.fallback || title?.fallback),
  };
}

export const conciergeName = (c: ConciergeEntity | undefined, language: Language) => (c ? (resolveTranslation(c.names, language)?.value ?? c.code) : null);

export function eventView(e: IntentEventEntity, language: Language, concierges: Map<number, ConciergeEntity>): IntentEvent {
  return {
    id: e.id,
    kind: e.kind,
    at: e.createdAt.toISOString(),
    by: e.actorKind === 'staff' ? (e.actorName ?? 'staff') : e.actorKind,
    fromInvestor: e.actorKind === 'investor',
    stage: e.stage,
    reason: e.reason,
    body: e.body,
    concierge: e.conciergeId === null ? null : conciergeName(concierges.get(e.conciergeId), language),
    otherIntentId: e.otherIntentId,
  };
}

export function isOverdue(i: Pick<IntentEntity, 'replyDueAt' | 'stage'>, now = Date.now()): boolean {
  return !!i.replyDueAt && i.replyDueAt.getTime() < now && !FINAL_STAGES.includes(i.stage);
}

/** What the investor sees: their own data, their concierge, and the events meant for them. */
export function myIntentView(i: IntentEntity, events: IntentEventEntity[], concierges: Map<number, ConciergeEntity>, language: Language): MyIntent {
  const concierge = i.conciergeId === null ? undefined : concierges.get(i.conciergeId);
  return {
    id: i.id,
    stage: i.stage,
    closeReason: i.closeReason,
    createdAt: i.createdAt.toISOString(),
    replyDueAt: i.replyDueAt?.toISOString() ?? null,
    company: { name: i.companyName, ...(i.uscc ? { uscc: i.uscc } : {}), country: i.country, type: i.enterpriseType },
    contact: { name: i.contactName, phone: i.phone ?? '', email: i.email, language: i.language },
    project: { industries: i.industries, amountRange: i.amountRange, spaceKind: i.spaceKind, ...(i.spaceSize ? { spaceSize: i.spaceSize } : {}), timeline: i.timeline as MyIntent['project']['timeline'] },
    message: i.message,
    policyIds: i.policyIds,
    areaCode: i.areaCode,
    concierge: concierge ? conciergeCard(concierge, language) : null,
    // the investor sees their concierge's name on staff actions, never a console login name
    timeline: events
      .filter((e) => !e.internal)
      .map((e) => {
        const v = eventView(e, language, concierges);
        return e.actorKind === 'staff' ? { ...v, by: conciergeName(concierge, language) ?? 'staff' } : v;
      }),
  };
}

export function leadSummaryView(i: IntentEntity, concierges: Map<number, ConciergeEntity>, language: Language, unmasked = false): LeadSummary {
  const concierge = i.conciergeId === null ? undefined : concierges.get(i.conciergeId);
  return {
    id: i.id,
    stage: i.stage,
    companyName: i.companyName,
    country: i.country,
    contactName: i.contactName,
    phone: i.phone ? (unmasked ? i.phone : maskPhone(i.phone)) : '',
    language: i.language,
    industries: i.industries,
    amountRange: i.amountRange,
    source: i.source,
    assignee: concierge ? { conciergeId: concierge.id, name: conciergeName(concierge, language) ?? '' } : null,
    createdAt: i.createdAt.toISOString(),
    replyDueAt: i.replyDueAt?.toISOString() ?? null,
    overdue: isOverdue(i),
    possibleDuplicate: i.possibleDuplicate,
    version: i.version,
  };
}

export const stageName = (stage: string, language: Language) => translate(language, 'intents', `stage.${stage}`);
