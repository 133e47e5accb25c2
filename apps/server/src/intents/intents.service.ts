import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  PRIVACY_NOTICE_VERSION,
  type FieldIssue,
  type IntentRequest,
  type InvestorSession,
  type Language,
  type MessageRequest,
  type MyIntent,
} from '@zhaoshang/contracts';
import { translate } from '@zhaoshang/i18n';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import { signInvestorToken } from '../auth/access-token';
import { insertRow } from '../database/fast-sql';
import { AppException } from '../common/app.exception';
import { ConciergeEntity } from '../concierges/concierge.entity';
import { APP_CONFIG } from '../config/config';
import type { AppConfig } from '../config/config.schema';
import { AreaEntity } from '../meta/area.entity';
import { PolicyCatalog } from '../policies/policy-catalog';
import { RateLimitService } from '../rate-limit/rate-limit.service';
import { ConsentRecordEntity, InvestorEntity } from '../investors/investor.entity';
import { INVESTOR_ACTOR_COLUMNS, investorActorOf, requireInvestor, type InvestorActor, type InvestorActorRow } from '../investors/investor-auth';
import { WechatClient } from '../wechat/wechat.client';
import { AssignmentService } from './assignment';
import { IntentEntity, IntentEventEntity } from './intent.entity';
import { myIntentView } from './intent-views';
import { LeadNotifier } from './lead-notifier';
import { ReplyClock } from './reply-clock';

const HOUR = 3600;

type DuplicateKeys = { uscc: string | null; phone: string | null; investorId: number | null };
const duplicateKeys = (by: DuplicateKeys) =>
  (
    [
      ['uscc', by.uscc],
      ['phone', by.phone],
      ['investor_id', by.investorId],
    ] as const
  ).filter(([, value]) => value !== null && value !== '');
const isDuplicateKey = (error: unknown) => /duplicate|unique/i.test(error instanceof Error ? error.message : String(error));

/** The investor side of the intent platform: identity, consent, submission, the thread, and their data. */
@Injectable()
export class IntentsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly wechat: WechatClient,
    private readonly rateLimit: RateLimitService,
    private readonly catalog: PolicyCatalog,
    private readonly assignment: AssignmentService,
    private readonly notifier: LeadNotifier,
    private readonly clock: ReplyClock,
  ) {}

  onModuleInit(): void {
    this.notifier.registerHandlers();
  }

  // ---- identity and consent ----

  async wechatLogin(code: string): Promise<InvestorSession> {
    const { openid, unionid } = await this.wechat.codeToSession(code);
    const repo = this.ds.getRepository(InvestorEntity);
    let investor = await repo.findOneBy({ openid });
    if (!investor) {
      try {
        await repo.insert({ kind: 'wechat', openid, unionid, deviceId: null, consentVersion: null, consentAt: null, deletedAt: null });
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
      }
      investor = await repo.findOneByOrFail({ openid });
    }
    return this.session(investor);
  }

  async guestLogin(deviceId: string | undefined, ip: string): Promise<InvestorSession> {
    const repo = this.ds.getRepository(InvestorEntity);
    if (deviceId) {
      const known = await repo.findOneBy({ deviceId });
      if (known && !known.deletedAt) return this.session(known);
    }
    const limited = await this.rateLimit.take([{ key: `guest:ip:${ip}`, max: this.config.GUEST_MAX_PER_IP_PER_HOUR }], HOUR);
    if (limited) throw AppException.rateLimited(limited.resetInSeconds);
    const id = deviceId ?? randomUUID();
    try {
      await repo.insert({ kind: 'guest', openid: null, unionid: null, deviceId: id, consentVersion: null, consentAt: null, deletedAt: null });
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
    const investor = await repo.findOneByOrFail({ deviceId: id });
    if (investor.deletedAt) throw new AppException('SESSION_EXPIRED', 401);
    return this.session(investor);
  }

  private session(investor: InvestorEntity): InvestorSession {
    const iat = Math.floor(Date.now() / 1000);
    const ttl = this.config.INVESTOR_TOKEN_TTL_DAYS * 86400;
    return {
      token: signInvestorToken({ sub: investor.id, iat, exp: iat + ttl }, this.config.authTokenSecret),
      expiresIn: ttl,
      investor: { id: investor.id, kind: investor.kind, consentVersion: investor.consentVersion },
      privacyVersion: PRIVACY_NOTICE_VERSION,
      subscribeTemplateIds: [this.config.WECHAT_TEMPLATE_STAGE, this.config.WECHAT_TEMPLATE_REPLY].filter((t): t is string => !!t),
    };
  }

  privacyNotice(language: Language) {
    return { version: PRIVACY_NOTICE_VERSION, language, title: translate(language, 'intents', 'privacy.title'), body: translate(language, 'intents', 'privacy.body') };
  }

  async consent(investor: InvestorActor, version: string): Promise<void> {
    requireInvestor(investor);
    if (version !== PRIVACY_NOTICE_VERSION) throw AppException.validation([{ field: 'version', code: 'invalid_value' }]);
    await this.ds.transaction((tx) => this.recordConsent(tx, investor.id, version));
  }

  private async recordConsent(tx: EntityManager, investorId: number, version: string): Promise<void> {
    await tx.getRepository(InvestorEntity).update({ id: investorId }, { consentVersion: version, consentAt: new Date() });
    await tx.getRepository(ConsentRecordEntity).insert({ investorId, version });
  }

  // ---- submission ----

  /**
   * Stores the intent once per Idempotency-Key: a retry with the same key and body answers the
   * stored intent (`replayed`), the same key with another body is refused. The intent, its first
   * events, the staff notifications and the outgoing messages commit together or not at all.
   */
  async submit(investorId: number, body: IntentRequest, key: string, ip: string, language: Language): Promise<{ intent: MyIntent; replayed: boolean }> {
    const requestHash = createHash('sha256').update(JSON.stringify(body)).digest('hex');
    // independent round trips, side by side: the limits, and the account with the earlier intents
    // this one may duplicate (a plain read outside the transaction: no submission waits on
    // another's locks)
    const [limited, found] = await Promise.all([
      this.rateLimit.take(
        [
          { key: `intent:investor:${investorId}`, max: this.config.INTENT_MAX_PER_INVESTOR_PER_HOUR },
          { key: `intent:ip:${ip}`, max: this.config.INTENT_MAX_PER_IP_PER_HOUR },
        ],
        HOUR,
      ),
      this.investorWithDuplicate(investorId, { uscc: body.company.uscc ?? null, phone: body.contact.phone, investorId }),
    ]);
    // the access check the guard left to this statement: a deleted account goes no further
    const investor = investorActorOf(found.investor);
    const duplicates = found.duplicate;
    // a retry is answered even when over the limit (the limit is on new intents)
    const replay = limited || body.consentVersion !== PRIVACY_NOTICE_VERSION ? await this.replay(investor.id, key, requestHash, language) : undefined;
    if (replay) return { intent: replay, replayed: true };
    if (body.consentVersion !== PRIVACY_NOTICE_VERSION) throw new AppException('CONSENT_REQUIRED', 403);
    if (limited) throw AppException.rateLimited(limited.resetInSeconds);
    await this.checkCodes(body);

    const concierge = await this.assignment.choose({ industries: body.project.industries, language: body.contact.language });
    const conciergeId = concierge?.id ?? null;
    const now = new Date();
    let stored: { intent: IntentEntity; events: IntentEventEntity[] };
    try {
      stored = await this.ds.transaction(async (tx) => {
        if (investor.consentVersion !== body.consentVersion) await this.recordConsent(tx, investor.id, body.consentVersion);
        const row: Omit<IntentEntity, 'id' | 'createdAt' | 'updatedAt'> = {
          investorId: investor.id,
          idempotencyKey: key,
          requestHash,
          stage: 'new',
          closeReason: null,
          source: investor.kind === 'wechat' ? 'weapp' : 'h5',
          companyName: body.company.name,
          uscc: body.company.uscc ?? null,
          country: body.company.country,
          enterpriseType: body.company.type,
          contactName: body.contact.name,
          phone: body.contact.phone,
          email: body.contact.email ?? null,
          language: body.contact.language,
          industries: body.project.industries,
          amountRange: body.project.amountRange,
          spaceKind: body.project.spaceKind,
          spaceSize: body.project.spaceSize ?? null,
          timeline: body.project.timeline,
          message: body.message || null,
          policyIds: body.policyIds ?? [],
          areaCode: body.areaCode ?? null,
          profile: body.profile ?? null,
          consentVersion: body.consentVersion,
          conciergeId,
          replyDueAt: this.clock.dueFor('new', now),
          escalatedAt: null,
          possibleDuplicate: duplicates,
          mergedIntoId: null,
          subscriptions: {},
          anonymizedAt: null,
          version: 1,
        };
        // timestamps come from the database (one clock for every replica); the answer uses this one's
        const intentId = await insertRow(tx, IntentEntity, row);
        // only the arriving lead is flagged: the earlier ones list it among their duplicates when
        // opened, and no submission waits on row locks of an investor's earlier intents
        const events: IntentEventEntity[] = [];
        for (const e of [this.event(intentId, 'submitted', 'investor'), ...(conciergeId === null ? [] : [{ ...this.event(intentId, 'assigned', 'system'), conciergeId }])]) {
          events.push({ ...e, id: await insertRow(tx, IntentEventEntity, e), createdAt: now });
        }
        await this.notifier.newLead(tx, intentId, conciergeId);
        return { intent: { ...row, id: intentId, createdAt: now, updatedAt: now }, events };
      });
    } catch (error) {
      // the same key raced in from a retry on another connection: answer what it stored
      if (isDuplicateKey(error)) {
        const raced = await this.replay(investor.id, key, requestHash, language);
        if (raced) return { intent: raced, replayed: true };
      }
      throw error;
    }
    // answered from what was just written: no read-back
    return { intent: myIntentView(stored.intent, stored.events, new Map(concierge ? [[concierge.id, concierge]] : []), language), replayed: false };
  }

  private async replay(investorId: number, key: string, requestHash: string, language: Language): Promise<MyIntent | undefined> {
    const existing = await this.ds.getRepository(IntentEntity).findOne({ select: { id: true, requestHash: true }, where: { investorId, idempotencyKey: key } });
    if (!existing) return undefined;
    if (existing.requestHash !== requestHash) throw new AppException('IDEMPOTENCY_KEY_REUSED', 409);
    return this.view(existing.id, language);
  }

  /** Codes must exist in the district's reference lists; policies must be published. */
  private async checkCodes(body: IntentRequest): Promise<void> {
    const issues: FieldIssue[] = [];
    const check = async (kind: 'industry' | 'amountRange' | 'spaceKind' | 'enterpriseType', code: string, field: string) => {
      if (!(await this.catalog.hasCode(kind, code))) issues.push({ field, code: 'invalid_value' });
    };
    await check('enterpriseType', body.company.type, 'company.type');
    await check('amountRange', body.project.amountRange, 'project.amountRange');
    await check('spaceKind', body.project.spaceKind, 'project.spaceKind');
    for (const [n, code] of body.project.industries.entries()) await check('industry', code, `project.industries.${n}`);
    const ids = body.policyIds ?? [];
    if (ids.length) {
      const known = new Set((await this.catalog.publishedTitles(ids, 'zh-CN')).map((p) => p.id));
      ids.forEach((id, n) => known.has(id) || issues.push({ field: `policyIds.${n}`, code: 'invalid_value' }));
    }
    if (body.areaCode && !(await this.ds.getRepository(AreaEntity).existsBy({ code: body.areaCode }))) issues.push({ field: 'areaCode', code: 'invalid_value' });
    if (issues.length) throw AppException.validation(issues);
  }

  /**
   * The submitting account, and whether a live intent shares the USCC, phone or investor identity
   * (flags the arriving lead). One statement: the investor row by key with LIMIT 1 lookups beside
   * it, each on its own index (an OR would merge every earlier intent of the investor first).
   */
  private async investorWithDuplicate(investorId: number, by: DuplicateKeys): Promise<{ investor: InvestorActorRow | undefined; duplicate: boolean }> {
    const keys = duplicateKeys(by);
    const lookups = keys.map(([column], i) => `, (SELECT id FROM intent WHERE ${column} = ? AND anonymized_at IS NULL LIMIT 1) AS d${i}`);
    const [row] = await this.ds.query<(InvestorActorRow & Record<string, unknown>)[]>(`SELECT ${INVESTOR_ACTOR_COLUMNS}${lookups.join('')} FROM investor WHERE id = ?`, [
      ...keys.map(([, value]) => value),
      investorId,
    ]);
    return { investor: row, duplicate: keys.some((_, i) => row?.[`d${i}`] != null) };
  }

  /** Other live intents with the same USCC, phone or investor identity. */
  async findDuplicates(manager: EntityManager, by: DuplicateKeys, excludeId?: number): Promise<number[]> {
    const ors = duplicateKeys(by);
    if (!ors.length) return [];
    const params = [...ors.map(([, value]) => value), ...(excludeId === undefined ? [] : [excludeId])];
    const rows: { id: number | string }[] = await manager.query(
      `SELECT id FROM intent WHERE anonymized_at IS NULL AND (${ors.map(([column]) => `${column} = ?`).join(' OR ')})${excludeId === undefined ? '' : ' AND id <> ?'} LIMIT 50`,
      params,
    );
    return rows.map((r) => Number(r.id));
  }

  private event(intentId: number, kind: IntentEventEntity['kind'], actorKind: IntentEventEntity['actorKind']) {
    return { intentId, kind, actorKind, staffUserId: null, actorName: null, stage: null, reason: null, body: null, conciergeId: null, otherIntentId: null, internal: false, clientId: null };
  }

  // ---- the investor's own intents ----

  private async own(investor: InvestorActor, id: number): Promise<IntentEntity> {
    requireInvestor(investor);
    const intent = await this.ds.getRepository(IntentEntity).findOneBy({ id, investorId: investor.id, anonymizedAt: IsNull() });
    // someone else's intent is indistinguishable from one that does not exist
    if (!intent) throw AppException.notFound();
    return intent;
  }

  async view(id: number, language: Language): Promise<MyIntent> {
    const intent = await this.ds.getRepository(IntentEntity).findOneByOrFail({ id });
    const events = await this.ds.getRepository(IntentEventEntity).find({ where: { intentId: id }, order: { id: 'ASC' } });
    const conciergeIds = [intent.conciergeId, ...events.map((e) => e.conciergeId)].filter((c): c is number => c !== null);
    const concierges = conciergeIds.length ? await this.ds.getRepository(ConciergeEntity).findBy({ id: In(conciergeIds) }) : [];
    return myIntentView(intent, events, new Map(concierges.map((c) => [c.id, c])), language);
  }

  async listMine(investor: InvestorActor, language: Language) {
    requireInvestor(investor);
    const intents = await this.ds.getRepository(IntentEntity).find({ where: { investorId: investor.id, anonymizedAt: IsNull() }, order: { id: 'DESC' }, take: 100 });
    const concierges = await this.ds.getRepository(ConciergeEntity).findBy({ id: In(intents.map((i) => i.conciergeId).filter((c): c is number => c !== null)) });
    const byId = new Map(concierges.map((c) => [c.id, c]));
    return {
      items: intents.map((i) => {
        const v = myIntentView(i, [], byId, language);
        return { id: v.id, stage: v.stage, createdAt: v.createdAt, replyDueAt: v.replyDueAt, concierge: v.concierge, companyName: i.companyName, unread: 0 };
      }),
    };
  }

  async getMine(investor: InvestorActor, id: number, language: Language): Promise<MyIntent> {
    await this.own(investor, id);
    return this.view(id, language);
  }

  async sendMessage(investor: InvestorActor, id: number, body: MessageRequest, language: Language): Promise<MyIntent> {
    const intent = await this.own(investor, id);
    const limited = await this.rateLimit.take([{ key: `message:investor:${investor.id}`, max: this.config.INTENT_MAX_PER_INVESTOR_PER_HOUR * 10 }], HOUR);
    if (limited) throw AppException.rateLimited(limited.resetInSeconds);
    try {
      await this.ds.transaction(async (tx) => {
        await tx.getRepository(IntentEventEntity).insert({ ...this.event(id, 'message', 'investor'), body: body.body, clientId: body.clientId ?? null });
        const due = this.clock.dueFor('message', new Date());
        if (due && (!intent.replyDueAt || intent.replyDueAt > due)) await tx.getRepository(IntentEntity).update({ id }, { replyDueAt: due, escalatedAt: null });
        await this.notifier.staff(tx, 'lead.message', id, intent.conciergeId);
      });
    } catch (error) {
      // a retried send with the same clientId is already stored
      if (!(body.clientId && isDuplicateKey(error))) throw error;
    }
    return this.view(id, language);
  }

  async subscribe(investor: InvestorActor, id: number, accepted: string[]): Promise<void> {
    const intent = await this.own(investor, id);
    const known = new Set([this.config.WECHAT_TEMPLATE_STAGE, this.config.WECHAT_TEMPLATE_REPLY].filter(Boolean));
    const subscriptions = { ...intent.subscriptions };
    for (const t of accepted) if (known.has(t)) subscriptions[t] = Math.min(50, (subscriptions[t] ?? 0) + 1);
    await this.ds.getRepository(IntentEntity).update({ id }, { subscriptions });
  }

  // ---- the investor's data ----

  async exportData(investor: InvestorActor, language: Language) {
    requireInvestor(investor);
    const row = await this.ds.getRepository(InvestorEntity).findOneByOrFail({ id: investor.id });
    const consents = await this.ds.getRepository(ConsentRecordEntity).find({ where: { investorId: investor.id }, order: { id: 'ASC' } });
    const ids = (await this.ds.getRepository(IntentEntity).find({ select: { id: true }, where: { investorId: investor.id, anonymizedAt: IsNull() }, order: { id: 'ASC' } })).map((i) => i.id);
    const intents: MyIntent[] = [];
    for (const id of ids) intents.push(await this.view(id, language));
    return {
      exportedAt: new Date().toISOString(),
      account: { id: row.id, kind: row.kind, createdAt: row.createdAt.toISOString(), wechatLinked: !!row.openid },
      consents: consents.map((c) => ({ version: c.version, at: c.createdAt.toISOString() })),
      intents,
    };
  }

  /**
   * Deletes the account: personal fields of every intent are erased, the investor's own messages
   * are emptied, the identity is unlinked. Stage, industries, dates and language stay, anonymous,
   * for the statistics.
   */
  async deleteAccount(investor: InvestorActor): Promise<void> {
    requireInvestor(investor);
    await this.ds.transaction(async (tx) => {
      const intents = await tx.getRepository(IntentEntity).find({ select: { id: true }, where: { investorId: investor.id } });
      const ids = intents.map((i) => i.id);
      if (ids.length) {
        await tx.getRepository(IntentEntity).update(
          { id: In(ids) },
          { companyName: '-', uscc: null, contactName: '-', phone: null, email: null, message: null, profile: null, subscriptions: {}, anonymizedAt: new Date() },
        );
        await tx.getRepository(IntentEventEntity).update({ intentId: In(ids), actorKind: 'investor', kind: 'message' }, { body: null });
      }
      await tx.getRepository(InvestorEntity).update({ id: investor.id }, { openid: null, unionid: null, deviceId: null, deletedAt: new Date() });
    });
  }
}
