import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { resolveTranslation, type Language } from '@zhaoshang/contracts';
import { translate } from '@zhaoshang/i18n';
import type { DataSource, EntityManager } from 'typeorm';
import { StaffUserEntity } from '../auth/staff-user.entity';
import { ConciergeEntity } from '../concierges/concierge.entity';
import { insertRows } from '../database/fast-sql';
import { APP_CONFIG } from '../config/config';
import type { AppConfig } from '../config/config.schema';
import { InvestorEntity } from '../investors/investor.entity';
import { OutboxService } from '../outbox/outbox.service';
import { PolicyCatalog } from '../policies/policy-catalog';
import { OutgoingError } from '../wechat/outgoing-http';
import { WechatClient, WecomRobot } from '../wechat/wechat.client';
import { AssignmentService } from './assignment';
import { IntentEntity, StaffNotificationEntity } from './intent.entity';
import { stageName } from './intent-views';

type StaffKind = StaffNotificationEntity['kind'];
const wechatLang = (l: Language) => (l === 'zh-CN' ? 'zh_CN' : 'en_US');
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const shanghaiTime = (d: Date) => d.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

/**
 * Who hears about a lead change. Console notifications are rows in the same transaction; messages
 * to WeChat and WeCom go through the outbox and are built only when delivered, so the outbox
 * carries ids, never personal data.
 */
@Injectable()
export class LeadNotifier {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxService,
    private readonly wechat: WechatClient,
    private readonly wecom: WecomRobot,
    private readonly catalog: PolicyCatalog,
    private readonly assignment: AssignmentService,
  ) {}

  registerHandlers(): void {
    this.outbox.handle('wechat.subscribe', (p) => this.deliverSubscribe(Number(p.intentId), p.template === 'reply' ? 'reply' : 'stage'));
    this.outbox.handle('wecom.robot', (p) => this.deliverWecom(Number(p.intentId), p.kind === 'overdue' ? 'overdue' : 'new'));
  }

  private admins: { at: number; ids: number[] } | undefined;

  /** Active admins, re-read at most every 2 s (a submission should not query them each time). */
  private async adminIds(manager: EntityManager): Promise<number[]> {
    if (!this.admins || Date.now() - this.admins.at > 2000) {
      const rows = await manager.getRepository(StaffUserEntity).find({ select: { id: true }, where: { role: 'admin', active: true } });
      this.admins = { at: Date.now(), ids: rows.map((a) => a.id) };
    }
    return this.admins.ids;
  }

  /** The concierge's console account, or every active admin when the lead has nobody yet. */
  private async recipients(manager: EntityManager, conciergeId: number | null, adminsToo = false): Promise<number[]> {
    const ids = new Set<number>();
    if (conciergeId !== null) {
      const staffUserId = (await this.assignment.roster(manager)).concierges.find((c) => c.id === conciergeId)?.staffUserId;
      if (staffUserId) ids.add(staffUserId);
    }
    if (adminsToo || ids.size === 0) for (const id of await this.adminIds(manager)) ids.add(id);
    return [...ids];
  }

  async staff(manager: EntityManager, kind: StaffKind, intentId: number, conciergeId: number | null, adminsToo = false): Promise<void> {
    const to = await this.recipients(manager, conciergeId, adminsToo);
    await insertRows(manager, StaffNotificationEntity, to.map((staffUserId) => ({ staffUserId, kind, intentId, readAt: null })));
  }

  async newLead(manager: EntityManager, intentId: number, conciergeId: number | null): Promise<void> {
    await this.staff(manager, 'lead.new', intentId, conciergeId);
    if (this.wecom.configured) await this.outbox.enqueue(manager, 'wecom.robot', `wecom:new:${intentId}`, { intentId, kind: 'new' });
  }

  async overdue(manager: EntityManager, intentId: number, conciergeId: number | null, escalation: number): Promise<void> {
    await this.staff(manager, 'lead.overdue', intentId, conciergeId, true);
    if (this.wecom.configured) await this.outbox.enqueue(manager, 'wecom.robot', `wecom:overdue:${intentId}:${escalation}`, { intentId, kind: 'overdue' });
  }

  /** A stage change or a staff reply, pushed to the investor's WeChat when they subscribed. */
  async investor(manager: EntityManager, intentId: number, eventId: number, template: 'stage' | 'reply'): Promise<void> {
    const templateId = template === 'stage' ? this.config.WECHAT_TEMPLATE_STAGE : this.config.WECHAT_TEMPLATE_REPLY;
    if (!templateId || !this.wechat.configured) return;
    await this.outbox.enqueue(manager, 'wechat.subscribe', `wechat:${eventId}`, { intentId, template });
  }

  private async deliverSubscribe(intentId: number, template: 'stage' | 'reply'): Promise<void> {
    const templateId = (template === 'stage' ? this.config.WECHAT_TEMPLATE_STAGE : this.config.WECHAT_TEMPLATE_REPLY) ?? '';
    const intents = this.ds.getRepository(IntentEntity);
    const intent = await intents.findOneBy({ id: intentId });
    const investor = intent ? await this.ds.getRepository(InvestorEntity).findOneBy({ id: intent.investorId }) : null;
    if (!intent || !investor?.openid || intent.anonymizedAt) throw new OutgoingError('investor gone or not on WeChat', false);
    // one-time subscriptions: each accepted tap allows one message
    if (!((intent.subscriptions[templateId] ?? 0) > 0)) throw new OutgoingError('no subscription left', false);
    const language = intent.language;
    const title = template === 'stage' ? translate(language, 'intents', 'notify.stage.title', { stage: stageName(intent.stage, language) }) : translate(language, 'intents', 'notify.reply.title');
    await this.wechat.sendSubscribe({
      touser: investor.openid,
      template_id: templateId,
      page: `pages/intent-detail/index?id=${intentId}`,
      lang: wechatLang(language),
      // keyword names of the configured templates: thing1 subject, phrase2 stage, time3 time (see docs/deployment.md)
      data: { thing1: { value: clip(title, 20) }, phrase2: { value: clip(stageName(intent.stage, language), 5) }, time3: { value: shanghaiTime(new Date()) } },
    });
    const fresh = await intents.findOneByOrFail({ id: intentId });
    await intents.update({ id: intentId }, { subscriptions: { ...fresh.subscriptions, [templateId]: Math.max(0, (fresh.subscriptions[templateId] ?? 0) - 1) } });
  }

  private async deliverWecom(intentId: number, kind: 'new' | 'overdue'): Promise<void> {
    const intent = await this.ds.getRepository(IntentEntity).findOneBy({ id: intentId });
    if (!intent) throw new OutgoingError('intent gone', false);
    const concierge = intent.conciergeId === null ? null : await this.ds.getRepository(ConciergeEntity).findOneBy({ id: intent.conciergeId });
    const nameOf = await this.catalog.referenceNamer();
    const industries = intent.industries.map((c) => nameOf('industry', c, 'zh-CN'));
    // the lead desk works in Chinese; no names, phones or emails leave the system this way
    const text = translate('zh-CN', 'intents', kind === 'new' ? 'notify.wecom.new' : 'notify.wecom.overdue', {
      id: intentId,
      industries: industries.join('、'),
      language: intent.language,
      concierge: concierge ? (resolveTranslation(concierge.names, 'zh-CN')?.value ?? concierge.code) : '-',
      due: intent.replyDueAt ? shanghaiTime(intent.replyDueAt) : '-',
    });
    await this.wecom.send(text);
  }
}
