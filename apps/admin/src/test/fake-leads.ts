import type { Schemas } from '@zhaoshang/api-client';
import {
  FINAL_STAGES,
  INTENT_STAGES,
  maskEmail,
  maskPhone,
  type AssignmentRule,
  type IntentEvent,
  type IntentStage,
  type LeadDetail,
  type LeadQuery,
  type LeadSummary,
} from '@zhaoshang/contracts';
import { demoConcierges, demoLeads, FAKE_NOW, type LeadSeed } from './factories/leads';

/**
 * The lead desk behind the fake server, after /work/notes/intent-api.md and the schemas in
 * packages/contracts/src/intents.ts: staff see the leads of the concierge linked to their account,
 * admins all; every state change (stage, reassignment, merge) moves `version` on and a stale
 * version is refused; phones are masked unless revealed (which is logged on the timeline);
 * notes and other desk bookkeeping are on the timeline but never shown to the investor.
 */

type Event = Omit<IntentEvent, 'id'> & { id: number; intentId: number; internal: boolean };
type Stored = LeadSeed & { id: number; version: number; mergedIntoId: number | null; events: Event[] };
type Notification = Schemas['StaffNotification'] & { staffUserId: number };
export type Reader = { id: number; role: 'admin' | 'staff'; displayName: string };

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export type LeadDesk = ReturnType<typeof createLeadDesk>;

export function createLeadDesk() {
  const concierges = demoConcierges();
  const leads = new Map<number, Stored>();
  let rules: AssignmentRule[] = [
    { industry: 'rnd', language: 'ja', conciergeIds: [2] },
    { industry: null, language: null, conciergeIds: [1, 2] },
  ];
  const notifications: Notification[] = [];
  let eventSerial = 0;
  let clock = 0;
  // deterministic, increasing timestamps after the seed's "now"
  const now = () => new Date(Date.parse(FAKE_NOW) + 60_000 * clock++).toISOString();

  // the reply clock restarts a day after "now"
  const nextDue = () => new Date(Date.parse(FAKE_NOW) + 24 * 3600_000).toISOString();
  const conciergeName = (id: number | null) => concierges.find((c) => c.id === id)?.name ?? null;
  const addEvent = (lead: Stored, event: Partial<Event> & Pick<Event, 'kind' | 'by'>, at = now()) => {
    eventSerial += 1;
    lead.events.push({
      id: eventSerial,
      intentId: lead.id,
      at,
      fromInvestor: false,
      stage: null,
      reason: null,
      body: null,
      concierge: null,
      otherIntentId: null,
      // as on the server: desk bookkeeping the investor never sees
      internal: ['note', 'escalated', 'phone_revealed'].includes(event.kind),
      ...event,
    });
  };

  const add = (seed: LeadSeed): Stored => {
    const lead: Stored = { ...clone(seed), id: leads.size + 1, version: 1, mergedIntoId: null, events: [] };
    leads.set(lead.id, lead);
    addEvent(lead, { kind: 'submitted', by: 'investor', fromInvestor: true, stage: 'new' }, seed.createdAt);
    if (seed.conciergeId !== null) addEvent(lead, { kind: 'assigned', by: 'system', concierge: conciergeName(seed.conciergeId) }, seed.createdAt);
    if (seed.stage !== 'new') addEvent(lead, { kind: 'stage', by: seed.conciergeId === 1 ? 'li.na' : 'wang.wei', stage: seed.stage, reason: seed.closeReason }, seed.createdAt);
    return lead;
  };
  for (const seed of demoLeads()) add(seed);
  // the Japanese investor wrote again while waiting for an answer
  const first = leads.get(1);
  if (first) addEvent(first, { kind: 'message', by: 'investor', fromInvestor: true, body: '来週、工場用地を見学できますか？' }, '2025-03-08T06:00:00.000Z');
  notifications.push(
    { id: 1, staffUserId: 2, kind: 'lead.new', intentId: 1, companyName: 'Suzuki Precision Co., Ltd.', at: '2025-03-07T02:00:00.000Z', read: false },
    { id: 2, staffUserId: 2, kind: 'lead.overdue', intentId: 1, companyName: 'Suzuki Precision Co., Ltd.', at: '2025-03-08T02:00:00.000Z', read: false },
    { id: 3, staffUserId: 2, kind: 'lead.message', intentId: 2, companyName: '苏州智行科技有限公司', at: '2025-03-08T05:00:00.000Z', read: true },
    { id: 4, staffUserId: 1, kind: 'lead.new', intentId: 3, companyName: '智行科技（苏州）', at: '2025-03-09T04:00:00.000Z', read: false },
  );

  const overdue = (lead: Stored) => lead.replyDueAt !== null && !FINAL_STAGES.includes(lead.stage) && lead.replyDueAt < FAKE_NOW;
  const duplicatesOf = (lead: Stored) =>
    [...leads.values()]
      .filter((other) => other.id !== lead.id && other.mergedIntoId === null && lead.mergedIntoId === null)
      .map((other) => {
        const matchedOn: ('uscc' | 'phone' | 'wechat')[] = [];
        if (lead.company.uscc && other.company.uscc === lead.company.uscc) matchedOn.push('uscc');
        if (other.contact.phone === lead.contact.phone) matchedOn.push('phone');
        return { id: other.id, companyName: other.company.name, stage: other.stage, matchedOn };
      })
      .filter((d) => d.matchedOn.length > 0);

  const visibleTo = (reader: Reader, lead: Stored) =>
    reader.role === 'admin' || concierges.some((c) => c.id === lead.conciergeId && c.staffUserId === reader.id);

  const summary = (lead: Stored, reader: Reader): LeadSummary => ({
    id: lead.id,
    stage: lead.stage,
    companyName: lead.company.name,
    country: lead.company.country,
    contactName: lead.contact.name,
    phone: reader.role === 'admin' ? lead.contact.phone : maskPhone(lead.contact.phone),
    language: lead.contact.language,
    industries: lead.project.industries,
    amountRange: lead.project.amountRange,
    source: lead.source,
    assignee: lead.conciergeId === null ? null : { conciergeId: lead.conciergeId, name: conciergeName(lead.conciergeId) ?? '' },
    createdAt: lead.createdAt,
    replyDueAt: lead.replyDueAt,
    overdue: overdue(lead),
    possibleDuplicate: duplicatesOf(lead).length > 0,
    version: lead.version,
  });

  const detail = (lead: Stored, reader: Reader): LeadDetail => {
    const merged = [...leads.values()].filter((other) => other.mergedIntoId === lead.id);
    const timeline = [...lead.events, ...merged.flatMap((other) => other.events)].sort((a, b) => a.at.localeCompare(b.at) || a.id - b.id);
    return clone({
      ...summary(lead, reader),
      // masked for everyone: the number is shown on request, and that request is logged
      phone: maskPhone(lead.contact.phone),
      company: lead.company,
      email: lead.contact.email === null ? null : maskEmail(lead.contact.email),
      project: lead.project,
      message: lead.message,
      areaCode: lead.areaCode,
      profile: lead.profile,
      policies: lead.policyIds.map((id) => ({ id, title: id === 1 ? '相科贷：科技型中小企业信贷产品' : `#${id}` })),
      closeReason: lead.closeReason,
      mergedIntoId: lead.mergedIntoId,
      duplicates: duplicatesOf(lead),
      timeline,
    });
  };

  const filtered = (reader: Reader, query: Omit<LeadQuery, 'page' | 'pageSize'>, ignoreStage = false) => {
    const needle = query.q?.toLowerCase();
    return [...leads.values()]
      .filter((lead) => visibleTo(reader, lead))
      .filter((lead) => ignoreStage || !query.stage || lead.stage === query.stage)
      .filter((lead) => !query.industry || lead.project.industries.includes(query.industry))
      .filter((lead) => !query.language || lead.contact.language === query.language)
      .filter((lead) => !query.assigneeId || lead.conciergeId === query.assigneeId)
      .filter((lead) => !query.overdue || overdue(lead) === (query.overdue === 'true'))
      .filter((lead) => !query.source || lead.source === query.source)
      .filter(
        (lead) =>
          !needle ||
          String(lead.id) === needle ||
          [lead.company.name, lead.company.uscc ?? '', lead.contact.name].some((text) => text.toLowerCase().includes(needle)),
      )
      .sort((a, b) => b.id - a.id);
  };

  /** null when `version` is stale */
  const changeStage = (lead: Stored, version: number, stage: IntentStage, reason: LeadDetail['closeReason'], by: string): Stored | null => {
    // as the server: asking for the stage (and reason) the lead is already in changes nothing
    if (lead.stage === stage && lead.closeReason === (reason ?? null)) return lead;
    if (lead.version !== version || lead.mergedIntoId !== null) return null;
    lead.stage = stage;
    lead.closeReason = stage === 'closed' ? reason : null;
    lead.replyDueAt = FINAL_STAGES.includes(stage) ? null : nextDue();
    lead.version += 1;
    addEvent(lead, { kind: 'stage', by, stage, reason: stage === 'closed' ? reason : null });
    return lead;
  };

  return {
    concierges,
    notifications,
    get: (id: number) => leads.get(id),
    rules: () => clone(rules),
    setRules: (next: AssignmentRule[]) => {
      rules = clone(next);
    },
    detail,
    visibleTo,
    list(reader: Reader, query: LeadQuery) {
      const items = filtered(reader, query);
      const stages = Object.fromEntries(INTENT_STAGES.map((stage) => [stage, 0])) as Record<IntentStage, number>;
      for (const lead of filtered(reader, query, true)) stages[lead.stage] += 1;
      const { page, pageSize } = query;
      return { items: items.slice((page - 1) * pageSize, page * pageSize).map((lead) => summary(lead, reader)), total: items.length, page, pageSize, stages };
    },
    exportRows: (reader: Reader, query: Omit<LeadQuery, 'page' | 'pageSize'>) => filtered(reader, query).map((lead) => summary(lead, reader)),
    changeStage,
    reassign(lead: Stored, version: number, conciergeId: number, reason: string, by: string): Stored | null {
      if (lead.version !== version) return null;
      lead.conciergeId = conciergeId;
      lead.version += 1;
      addEvent(lead, { kind: 'reassigned', by, concierge: conciergeName(conciergeId), reason });
      return lead;
    },
    note: (lead: Stored, body: string, by: string) => addEvent(lead, { kind: 'note', by, body }),
    message: (lead: Stored, body: string, by: string) => {
      addEvent(lead, { kind: 'message', by, body });
      // answered: the clock restarts for the stage the lead is in
      lead.replyDueAt = FINAL_STAGES.includes(lead.stage) ? null : nextDue();
    },
    /** the investor writes from the mini-program */
    investorWrites: (id: number, body: string) => {
      const lead = leads.get(id);
      if (!lead) throw new Error(`no fake lead ${id}`);
      addEvent(lead, { kind: 'message', by: 'investor', fromInvestor: true, body });
    },
    /** false when either lead was merged already (the server answers CONFLICT) */
    merge(lead: Stored, duplicate: Stored, by: string): boolean {
      if (lead.mergedIntoId !== null || duplicate.mergedIntoId !== null) return false;
      duplicate.stage = 'closed';
      duplicate.closeReason = 'duplicate';
      duplicate.replyDueAt = null;
      duplicate.mergedIntoId = lead.id;
      duplicate.conciergeId = lead.conciergeId;
      duplicate.version += 1;
      addEvent(duplicate, { kind: 'merged', by, otherIntentId: lead.id });
      addEvent(lead, { kind: 'merged', by, otherIntentId: duplicate.id });
      return true;
    },
    reveal(lead: Stored, by: string) {
      addEvent(lead, { kind: 'phone_revealed', by });
      return { phone: lead.contact.phone, email: lead.contact.email };
    },
    /** someone else changes lead `id` meanwhile (its version moves on) */
    changeElsewhere(id: number, stage: IntentStage, by = 'wang.wei') {
      const lead = leads.get(id);
      if (!lead) throw new Error(`no fake lead ${id}`);
      changeStage(lead, lead.version, stage, null, by);
    },
    notificationsOf: (staffUserId: number) => {
      const items = notifications
        .filter((n) => n.staffUserId === staffUserId)
        .sort((a, b) => b.at.localeCompare(a.at))
        .map(({ staffUserId: _staffUserId, ...n }) => n);
      return { items, unread: items.filter((n) => !n.read).length };
    },
    readNotifications: (staffUserId: number, ids?: number[]) => {
      for (const n of notifications) if (n.staffUserId === staffUserId && (!ids || ids.includes(n.id))) n.read = true;
    },
    notify: (notification: Omit<Notification, 'id' | 'read'>) => {
      notifications.push({ ...notification, id: notifications.length + 1, read: false });
    },
  };
}
