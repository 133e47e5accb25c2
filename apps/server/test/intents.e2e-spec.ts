import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { AuditLogEntity } from '../src/audit/audit-log.entity';
import { ConciergeEntity } from '../src/concierges/concierge.entity';
import { IntentEntity, StaffNotificationEntity } from '../src/intents/intent.entity';
import { LeadsService } from '../src/leads/leads.service';
import { OutboxEntity } from '../src/outbox/outbox.entity';
import { OutboxService } from '../src/outbox/outbox.service';
import { dialects, redisEnv } from './support/databases';
import { createStaff } from './support/factories';
import { startFakeWechat, type FakeWechat } from './support/fake-wechat';
import { buildIntent, guestToken, linkConcierge, submit } from './support/intent-factory';
import { ADMIN_PASSWORD, loginAs, startTestApp, type TestApp } from './support/test-app';
import { SETUP_TIMEOUT_MS } from './support/timeouts';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe.each(dialects())('intent platform and lead desk (%s)', (dialect) => {
  let t: TestApp;
  let fake: FakeWechat;
  let admin: string;
  let wangLi: ConciergeEntity;
  let zhouMin: ConciergeEntity;

  beforeAll(async () => {
    fake = await startFakeWechat();
    t = await startTestApp(dialect, {
      WECHAT_APP_ID: 'wx-test-app',
      WECHAT_APP_SECRET: 'wx-test-secret',
      WECHAT_API_BASE: fake.base,
      WECHAT_TEMPLATE_STAGE: 'tpl-stage',
      WECHAT_TEMPLATE_REPLY: 'tpl-reply',
      WECOM_WEBHOOK_URL: fake.wecomUrl,
      INTENT_MAX_PER_INVESTOR_PER_HOUR: '5',
      INTENT_MAX_PER_IP_PER_HOUR: '1000',
      GUEST_MAX_PER_IP_PER_HOUR: '1000',
      // the production pairing: MySQL/MariaDB with the shared counters in Redis
      ...(dialect === 'mysql' ? redisEnv() : {}),
    });
    admin = await loginAs(t, 'admin', ADMIN_PASSWORD);
    const concierges = t.dataSource.getRepository(ConciergeEntity);
    wangLi = await concierges.findOneByOrFail({ code: 'c-wang-li' });
    zhouMin = await concierges.findOneByOrFail({ code: 'c-zhou-min' });
  }, SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await t.close();
    await fake.close();
  }, SETUP_TIMEOUT_MS);

  describe('investor identity', () => {
    it('signs in with a WeChat code through jscode2session and never hands out the session_key', async () => {
      const res = await t.http.post('/api/v1/auth/wechat').send({ code: 'ok-openid-alice' }).expect(200);
      expect(res.body).toMatchObject({ investor: { kind: 'wechat', consentVersion: null }, privacyVersion: expect.any(String), subscribeTemplateIds: ['tpl-stage', 'tpl-reply'] });
      expect(JSON.stringify(res.body)).not.toMatch(/SECRET-SESSION-KEY|session_key|openid-alice/);
      const again = await t.http.post('/api/v1/auth/wechat').send({ code: 'ok-openid-alice' }).expect(200);
      expect(again.body.investor.id).toBe(res.body.investor.id);
    });

    it("turns WeChat's error codes into the error contract in the investor's language", async () => {
      const invalid = await t.http.post('/api/v1/auth/wechat?lang=ja').send({ code: 'invalid' }).expect(401);
      expect(invalid.body).toMatchObject({ code: 'WECHAT_LOGIN_FAILED', message: 'WeChatログインに失敗しました。もう一度お試しください。' });
      const busy = await t.http.post('/api/v1/auth/wechat?lang=en').send({ code: 'busy' }).expect(429);
      expect(busy.body.code).toBe('RATE_LIMITED');
      expect(busy.headers['retry-after']).toBeDefined();
      await t.http.post('/api/v1/auth/wechat').send({ code: 'down' }).expect(503);
      await t.http.post('/api/v1/auth/wechat').send({}).expect(400);
    });

    it('gives an H5 device the same identity again, and records consent with its version', async () => {
      const deviceId = randomUUID();
      const first = await t.http.post('/api/v1/auth/guest').send({ deviceId }).expect(200);
      const second = await t.http.post('/api/v1/auth/guest').send({ deviceId }).expect(200);
      expect(second.body.investor.id).toBe(first.body.investor.id);
      const notice = await t.http.get('/api/v1/privacy?lang=ja').expect(200);
      expect(notice.body).toMatchObject({ version: first.body.privacyVersion, language: 'ja', title: 'プライバシーポリシー' });
      await t.http.post('/api/v1/me/consent?lang=en').set(bearer(first.body.token)).send({ version: '1999-01-01' }).expect(400);
      await t.http.post('/api/v1/me/consent').set(bearer(first.body.token)).send({ version: notice.body.version }).expect(204);
      const after = await t.http.post('/api/v1/auth/guest').send({ deviceId }).expect(200);
      expect(after.body.investor.consentVersion).toBe(notice.body.version);
    });

    it('keeps investor and console tokens apart', async () => {
      const investor = await guestToken(t);
      await t.http.get('/api/v1/admin/leads').set(bearer(investor)).expect(401);
      await t.http.get('/api/v1/me/intents').set(bearer(admin)).expect(401);
      await t.http.get('/api/v1/me/intents').expect(401);
    });
  });

  describe('submitting', () => {
    it('stores the intent, assigns a Japanese-speaking biomedicine concierge at once and sets a reply deadline', async () => {
      const token = await guestToken(t);
      const res = await submit(t, token, buildIntent());
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ stage: 'new', company: { country: 'JP' }, contact: { language: 'ja' } });
      expect([wangLi.id, zhouMin.id]).toContain(res.body.concierge.id);
      expect(res.body.concierge.languages).toContain('ja');
      expect(new Date(res.body.replyDueAt).getTime()).toBeGreaterThan(Date.now());
      expect(res.body.timeline.map((e: { kind: string }) => e.kind)).toEqual(['submitted', 'assigned']);
    });

    it('answers a retry with the same key with the same intent and never stores a second one', async () => {
      const token = await guestToken(t);
      const key = randomUUID();
      const body = buildIntent();
      const results = await Promise.all([submit(t, token, body, key), submit(t, token, body, key), submit(t, token, body, key)]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 200, 201]);
      expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
      expect(await t.dataSource.getRepository(IntentEntity).countBy({ idempotencyKey: key })).toBe(1);
      const changed = await submit(t, token, { ...body, message: 'something else' }, key);
      expect(changed.status).toBe(409);
      expect(changed.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    });

    it('refuses a submission without an Idempotency-Key or with one that is not a UUID v4', async () => {
      const token = await guestToken(t);
      const none = await t.http.post('/api/v1/intents?lang=en').set(bearer(token)).send(buildIntent()).expect(400);
      expect(none.body.details).toEqual([expect.objectContaining({ field: 'header.Idempotency-Key', code: 'required' })]);
      const bad = await submit(t, token, buildIntent(), 'not-a-uuid');
      expect(bad.status).toBe(400);
      expect(bad.body.details[0].code).toBe('invalid_format');
    });

    it.each([
      ['company.uscc', { company: { uscc: '91320507MA1MXXXXX0' } }, 'invalid_uscc'],
      ['contact.phone', { contact: { phone: '13812345678' } }, 'invalid_phone'],
      ['contact.phone', { contact: { phone: '+86123' } }, 'invalid_phone'],
      ['contact.email', { contact: { email: 'not-an-email' } }, 'invalid_email'],
      ['company.name', { company: { name: '' } }, 'required'],
      ['project.industries', { project: { industries: [] } }, 'required'],
      ['project.spaceSize', { project: { spaceSize: -5 } }, 'too_small'],
      ['message', { message: 'x'.repeat(2001) }, 'too_long'],
    ])('names the bad field %s in the investor language and stores nothing', async (field, override, code) => {
      const token = await guestToken(t);
      const before = await t.dataSource.getRepository(IntentEntity).count();
      const res = await t.http.post('/api/v1/intents?lang=ja').set(bearer(token)).set('idempotency-key', randomUUID()).send(buildIntent(override as never)).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.message).toMatch(/[ぁ-んァ-ン]/);
      expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field, code })]));
      expect(await t.dataSource.getRepository(IntentEntity).count()).toBe(before);
    });

    it('accepts a valid USCC and refuses codes that are not in the reference lists', async () => {
      const token = await guestToken(t);
      expect((await submit(t, token, buildIntent({ company: { uscc: '91320507MA1MCMYQ5B' } }))).status).toBe(400);
      const ok = await submit(t, token, buildIntent({ company: { uscc: '91350100M000100Y43' } }));
      expect(ok.status).toBe(201);
      const unknown = await submit(t, token, buildIntent({ project: { industries: ['mining'], amountRange: 'lots' } }));
      expect(unknown.status).toBe(400);
      expect(unknown.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['project.amountRange', 'project.industries.0']);
      const policy = await submit(t, token, buildIntent({ policyIds: [999999] }));
      expect(policy.body.details).toEqual([expect.objectContaining({ field: 'policyIds.0', code: 'invalid_value' })]);
    });

    it('refuses an intent whose consent is not the current privacy notice', async () => {
      const token = await guestToken(t);
      const res = await submit(t, token, buildIntent({ consentVersion: '2001-01-01' }));
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('CONSENT_REQUIRED');
    });

    it('rate-limits submissions per identity with a translated message', async () => {
      const token = await guestToken(t);
      for (let i = 0; i < 5; i++) expect((await submit(t, token)).status).toBe(201);
      const limited = await t.http.post('/api/v1/intents?lang=en').set(bearer(token)).set('idempotency-key', randomUUID()).send(buildIntent());
      expect(limited.status).toBe(429);
      expect(limited.body.message).toMatch(/Too many attempts/);
    });
  });

  describe('access to intents', () => {
    it("answers 404 for another investor's intent on every /me endpoint", async () => {
      const owner = await guestToken(t);
      const other = await guestToken(t);
      const { body } = await submit(t, owner);
      await t.http.get(`/api/v1/me/intents/${body.id}`).set(bearer(owner)).expect(200);
      await t.http.get(`/api/v1/me/intents/${body.id}`).set(bearer(other)).expect(404);
      await t.http.post(`/api/v1/me/intents/${body.id}/messages`).set(bearer(other)).send({ body: 'hi' }).expect(404);
      await t.http.post(`/api/v1/me/intents/${body.id}/subscriptions`).set(bearer(other)).send({ accepted: ['tpl-stage'] }).expect(404);
      const list = await t.http.get('/api/v1/me/intents').set(bearer(other)).expect(200);
      expect(list.body.items).toEqual([]);
    });

    it('shows staff only the leads of their own concierge profile; admins see all', async () => {
      const staff = await createStaff(t);
      const me = await t.http.get('/api/v1/admin/auth/me').set(bearer(staff.token)).expect(200);
      const token = await guestToken(t);
      const mine = await submit(t, token, buildIntent({ contact: { language: 'en' }, project: { industries: ['fintech'] } }));
      const liQiang = await t.dataSource.getRepository(ConciergeEntity).findOneByOrFail({ code: 'c-li-qiang' });
      expect(mine.body.concierge.id).toBe(liQiang.id);
      const notMine = await submit(t, token, buildIntent());
      await linkConcierge(t, liQiang.id, me.body.id);
      const list = await t.http.get('/api/v1/admin/leads').set(bearer(staff.token)).expect(200);
      expect(list.body.items.map((i: { id: number }) => i.id)).toEqual([mine.body.id]);
      await t.http.get(`/api/v1/admin/leads/${notMine.body.id}`).set(bearer(staff.token)).expect(404);
      await t.http.post(`/api/v1/admin/leads/${notMine.body.id}/notes`).set(bearer(staff.token)).send({ body: 'x' }).expect(404);
      await t.http.post(`/api/v1/admin/leads/${notMine.body.id}/reveal`).set(bearer(staff.token)).expect(404);
      await t.http.get(`/api/v1/admin/leads/${notMine.body.id}`).set(bearer(admin)).expect(200);
      await t.http.put('/api/v1/admin/assignment-rules').set(bearer(staff.token)).send({ rules: [] }).expect(403);
    });

    it('lets an admin choose which concierge profile a staff account works as, one account per profile', async () => {
      const first = await createStaff(t);
      const second = await createStaff(t);
      const firstId = (await t.http.get('/api/v1/admin/auth/me').set(bearer(first.token)).expect(200)).body.id as number;
      const secondId = (await t.http.get('/api/v1/admin/auth/me').set(bearer(second.token)).expect(200)).body.id as number;
      const token = await guestToken(t);
      const lead = await submit(t, token, buildIntent({ contact: { language: 'en' }, project: { industries: ['fintech'] } }));
      const leadsOf = async (staffToken: string) => (await t.http.get('/api/v1/admin/leads').set(bearer(staffToken)).expect(200)).body.items.map((i: { id: number }) => i.id) as number[];
      const ownerOf = async (conciergeId: number) => (await t.http.get('/api/v1/admin/concierges').set(bearer(admin)).expect(200)).body.items.find((c: { id: number }) => c.id === conciergeId).staffUserId;

      await linkConcierge(t, lead.body.concierge.id, firstId);
      expect(await leadsOf(first.token)).toContain(lead.body.id);
      expect(await ownerOf(lead.body.concierge.id)).toBe(firstId);
      // the profile moves to the second account: the first no longer sees its leads
      await linkConcierge(t, lead.body.concierge.id, secondId);
      expect(await leadsOf(first.token)).toEqual([]);
      expect(await leadsOf(second.token)).toContain(lead.body.id);
      await linkConcierge(t, null, secondId);
      expect(await leadsOf(second.token)).toEqual([]);
      expect(await ownerOf(lead.body.concierge.id)).toBeNull();

      const audit = await t.http.get('/api/v1/admin/audit-log').query({ action: 'user.concierge' }).set(bearer(admin)).expect(200);
      expect(audit.body.items[0]).toMatchObject({ actorName: 'admin', targetId: String(secondId), outcome: 'success' });
      await t.http.put(`/api/v1/admin/users/${firstId}/concierge`).set(bearer(first.token)).send({ conciergeId: lead.body.concierge.id }).expect(403);
      await t.http.put('/api/v1/admin/users/999999/concierge').set(bearer(admin)).send({ conciergeId: null }).expect(404);
      const unknown = await t.http.put(`/api/v1/admin/users/${firstId}/concierge?lang=ja`).set(bearer(admin)).send({ conciergeId: 999999 }).expect(400);
      expect(unknown.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'conciergeId', code: 'invalid_value' }] });
      expect(await ownerOf(lead.body.concierge.id)).toBeNull();
    });
  });

  describe('working a lead', () => {
    it('moves the lead through stages with optimistic locking; the investor sees stage and reply, never notes', async () => {
      const token = await guestToken(t);
      const { body: intent } = await submit(t, token);
      const lead = await t.http.get(`/api/v1/admin/leads/${intent.id}`).set(bearer(admin)).expect(200);
      expect(lead.body.phone).toMatch(/^\+81 \d{3}\*+\d{4}$/);
      const moved = await t.http.post(`/api/v1/admin/leads/${intent.id}/stage`).set(bearer(admin)).send({ stage: 'contacted', version: lead.body.version }).expect(200);
      const stale = await t.http.post(`/api/v1/admin/leads/${intent.id}/stage?lang=en`).set(bearer(admin)).send({ stage: 'negotiating', version: lead.body.version }).expect(409);
      expect(stale.body).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/changed this in the meantime/) });
      const noReason = await t.http.post(`/api/v1/admin/leads/${intent.id}/stage`).set(bearer(admin)).send({ stage: 'closed', version: moved.body.version }).expect(400);
      expect(noReason.body.details[0].field).toBe('reason');
      await t.http.post(`/api/v1/admin/leads/${intent.id}/notes`).set(bearer(admin)).send({ body: 'internal: budget looks firm' }).expect(200);
      await t.http.post(`/api/v1/admin/leads/${intent.id}/messages`).set(bearer(admin)).send({ body: 'Thank you, when can you visit?' }).expect(200);

      const seen = await t.http.get(`/api/v1/me/intents/${intent.id}?lang=en`).set(bearer(token)).expect(200);
      expect(seen.body.stage).toBe('contacted');
      const kinds = seen.body.timeline.map((e: { kind: string }) => e.kind);
      expect(kinds).toEqual(['submitted', 'assigned', 'stage', 'message']);
      expect(JSON.stringify(seen.body)).not.toMatch(/budget looks firm/);
      expect(seen.body.timeline[3]).toMatchObject({ body: 'Thank you, when can you visit?', fromInvestor: false, by: seen.body.concierge.name });

      await t.http.post(`/api/v1/me/intents/${intent.id}/messages`).set(bearer(token)).send({ body: 'Next Tuesday works.', clientId: intent.id ? randomUUID() : '' }).expect(200);
      const detail = await t.http.get(`/api/v1/admin/leads/${intent.id}`).set(bearer(admin)).expect(200);
      expect(detail.body.timeline.map((e: { kind: string }) => e.kind)).toEqual(['submitted', 'assigned', 'stage', 'note', 'message', 'message']);
      const audit = await t.dataSource.getRepository(AuditLogEntity).findBy({ action: 'lead.stage', targetId: String(intent.id) });
      expect(audit).toHaveLength(1);
    });

    it('stores a retried investor message once', async () => {
      const token = await guestToken(t);
      const { body: intent } = await submit(t, token);
      const clientId = randomUUID();
      await t.http.post(`/api/v1/me/intents/${intent.id}/messages`).set(bearer(token)).send({ body: 'hello', clientId }).expect(200);
      const again = await t.http.post(`/api/v1/me/intents/${intent.id}/messages`).set(bearer(token)).send({ body: 'hello', clientId }).expect(200);
      expect(again.body.timeline.filter((e: { kind: string }) => e.kind === 'message')).toHaveLength(1);
    });

    it('reassigns with a reason; the investor sees the handover to the new concierge', async () => {
      const token = await guestToken(t);
      const { body: intent } = await submit(t, token);
      const target = intent.concierge.id === wangLi.id ? zhouMin : wangLi;
      const lead = await t.http.get(`/api/v1/admin/leads/${intent.id}`).set(bearer(admin)).expect(200);
      await t.http.post(`/api/v1/admin/leads/${intent.id}/assign`).set(bearer(admin)).send({ conciergeId: target.id, reason: 'on leave', version: lead.body.version }).expect(200);
      const seen = await t.http.get(`/api/v1/me/intents/${intent.id}?lang=en`).set(bearer(token)).expect(200);
      expect(seen.body.concierge.id).toBe(target.id);
      expect(seen.body.timeline.at(-1)).toMatchObject({ kind: 'reassigned', concierge: expect.any(String) });
    });

    it('round-robins among the concierges of the most specific rule, by the rules an admin saved', async () => {
      const rules = { rules: [{ industry: 'culture', language: 'en', conciergeIds: [wangLi.id, zhouMin.id] }] };
      await t.http.put('/api/v1/admin/assignment-rules').set(bearer(admin)).send(rules).expect(200);
      const token = await guestToken(t);
      const got: number[] = [];
      for (let i = 0; i < 4; i++) got.push((await submit(t, token, buildIntent({ contact: { language: 'en' }, project: { industries: ['culture'] } }))).body.concierge.id);
      expect(got.filter((id) => id === wangLi.id)).toHaveLength(2);
      expect(got.filter((id) => id === zhouMin.id)).toHaveLength(2);
      expect(got[0]).not.toBe(got[1]);
      const bad = await t.http.put('/api/v1/admin/assignment-rules').set(bearer(admin)).send({ rules: [{ industry: 'mining', language: null, conciergeIds: [424242] }] }).expect(400);
      expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['rules.0.conciergeIds.0', 'rules.0.industry']);
    });

    it('flags duplicates by phone and USCC and merges them keeping both histories', async () => {
      const a = await guestToken(t);
      const b = await guestToken(t);
      const first = await submit(t, a, buildIntent({ company: { uscc: '91350100M000100Y43' }, contact: { phone: '+8613912345678' } }));
      const second = await submit(t, b, buildIntent({ contact: { phone: '+8613912345678' } }));
      const lead = await t.http.get(`/api/v1/admin/leads/${first.body.id}`).set(bearer(admin)).expect(200);
      expect(lead.body.possibleDuplicate).toBe(true);
      expect(lead.body.duplicates).toEqual(expect.arrayContaining([expect.objectContaining({ id: second.body.id, matchedOn: ['phone'] })]));
      const merged = await t.http.post(`/api/v1/admin/leads/${first.body.id}/merge`).set(bearer(admin)).send({ duplicateId: second.body.id }).expect(200);
      expect(merged.body.timeline.filter((e: { intentId: number }) => e.intentId === second.body.id).map((e: { kind: string }) => e.kind)).toEqual(['submitted', 'assigned', 'merged']);
      const other = await t.http.get(`/api/v1/me/intents/${second.body.id}`).set(bearer(b)).expect(200);
      expect(other.body).toMatchObject({ stage: 'closed', closeReason: 'duplicate' });
    });
  });

  describe('export', () => {
    it('masks phone numbers for staff, shows them to admins, and audit-logs every export and reveal', async () => {
      const token = await guestToken(t);
      const { body: intent } = await submit(t, token, buildIntent({ company: { name: '=HYPERLINK("x")' }, contact: { phone: '+8613700001111', language: 'en' }, project: { industries: ['fintech'] } }));
      const staff = await createStaff(t);
      const me = await t.http.get('/api/v1/admin/auth/me').set(bearer(staff.token)).expect(200);
      await linkConcierge(t, intent.concierge.id, me.body.id);

      const csv = await t.http.get('/api/v1/admin/leads/export?format=csv&lang=en').set(bearer(staff.token)).buffer(true).expect(200);
      expect(csv.headers['content-type']).toMatch(/text\/csv/);
      expect(csv.text).toContain('+86 137****1111');
      expect(csv.text).not.toContain('+8613700001111');
      expect(csv.text).toContain(`"'=HYPERLINK(""x"")"`);
      expect(csv.text.split('\r\n')[0]).toContain('Company');

      const xlsx = await t.http
        .get('/api/v1/admin/leads/export?format=xlsx&lang=zh-CN')
        .set(bearer(admin))
        .buffer(true)
        .parse((res, cb) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => cb(null, Buffer.concat(chunks)));
        })
        .expect(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(xlsx.body as never);
      const sheet = book.worksheets[0]!;
      expect(sheet.getRow(1).getCell(1).value).toBe('编号');
      const phones = sheet.getColumn(9).values as unknown[];
      expect(phones).toContain('+8613700001111');

      const reveal = await t.http.post(`/api/v1/admin/leads/${intent.id}/reveal`).set(bearer(staff.token)).expect(200);
      expect(reveal.body.phone).toBe('+8613700001111');
      const audit = t.dataSource.getRepository(AuditLogEntity);
      expect(await audit.countBy({ action: 'lead.export' })).toBeGreaterThanOrEqual(2);
      expect((await audit.findBy({ action: 'lead.export', actorId: me.body.id }))[0]?.detail).toMatchObject({ unmasked: false, format: 'csv' });
      expect(await audit.countBy({ action: 'lead.reveal_contact', targetId: String(intent.id) })).toBe(1);
    });
  });

  describe('notifications and deadlines', () => {
    it('delivers WeCom and WeChat notifications through the outbox with retries; a failure never undoes the change', async () => {
      const { token } = (await t.http.post('/api/v1/auth/wechat').send({ code: 'ok-openid-bob' }).expect(200)).body;
      const outbox = t.app.get(OutboxService);
      await outbox.deliverDue();
      fake.wecomMessages.length = 0;
      fake.failWecom = 1;
      const { body: intent } = await submit(t, token);
      await t.http.post(`/api/v1/me/intents/${intent.id}/subscriptions`).set(bearer(token)).send({ accepted: ['tpl-stage', 'unknown-template'] }).expect(204);
      const first = await outbox.deliverDue();
      expect(first.failed).toBe(1);
      expect(fake.wecomMessages).toEqual([]);
      // the lead is there regardless
      await t.http.get(`/api/v1/me/intents/${intent.id}`).set(bearer(token)).expect(200);
      // retried once its backoff has passed
      await outbox.deliverDue(new Date(Date.now() + 60_000));
      expect(fake.wecomMessages).toHaveLength(1);
      expect(fake.wecomMessages[0]).toContain(`#${intent.id}`);
      expect(fake.wecomMessages[0]).not.toMatch(/\+81|example\.jp|Contact/);
      // delivered rows are not sent again
      await outbox.deliverDue(new Date(Date.now() + 120_000));
      expect(fake.wecomMessages).toHaveLength(1);

      const lead = await t.http.get(`/api/v1/admin/leads/${intent.id}`).set(bearer(admin)).expect(200);
      fake.failSubscribe = 1;
      await t.http.post(`/api/v1/admin/leads/${intent.id}/stage`).set(bearer(admin)).send({ stage: 'contacted', version: lead.body.version }).expect(200);
      await outbox.deliverDue();
      expect(fake.subscribeMessages).toHaveLength(0);
      await outbox.deliverDue(new Date(Date.now() + 60_000));
      expect(fake.subscribeMessages).toHaveLength(1);
      expect(fake.subscribeMessages[0]).toMatchObject({ touser: 'openid-bob', template_id: 'tpl-stage' });
      // the one subscription was used: a second stage change sends nothing
      const again = await t.http.get(`/api/v1/admin/leads/${intent.id}`).set(bearer(admin)).expect(200);
      await t.http.post(`/api/v1/admin/leads/${intent.id}/stage`).set(bearer(admin)).send({ stage: 'negotiating', version: again.body.version }).expect(200);
      await outbox.deliverDue(new Date(Date.now() + 60_000));
      expect(fake.subscribeMessages).toHaveLength(1);
      const rows = await t.dataSource.getRepository(OutboxEntity).find();
      expect(rows.filter((r) => r.deliveredAt === null && r.failedAt === null)).toEqual([]);
    });

    it('escalates an overdue lead once: admins are notified in the console and the WeCom group', async () => {
      const token = await guestToken(t);
      const { body: intent } = await submit(t, token);
      const leads = t.app.get(LeadsService);
      const later = new Date(Date.now() + 30 * 86400_000);
      expect(await leads.escalateOverdue(later)).toBeGreaterThanOrEqual(1);
      expect(await leads.escalateOverdue(later)).toBe(0);
      const lead = await t.http.get(`/api/v1/admin/leads/${intent.id}`).set(bearer(admin)).expect(200);
      expect(lead.body.timeline.filter((e: { kind: string }) => e.kind === 'escalated')).toHaveLength(1);
      await leads.escalateOverdue(later);
      expect(fake.wecomMessages.filter((m) => m.includes(`#${intent.id}`) && /逾期/.test(m))).toHaveLength(0);
      await t.app.get(OutboxService).deliverDue(later);
      expect(fake.wecomMessages.filter((m) => m.includes(`#${intent.id}`) && /逾期/.test(m))).toHaveLength(1);
      const notes = await t.http.get('/api/v1/admin/notifications').set(bearer(admin)).expect(200);
      expect(notes.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'lead.overdue', intentId: intent.id })]));
      expect(notes.body.unread).toBeGreaterThan(0);
      await t.http.post('/api/v1/admin/notifications/read').set(bearer(admin)).send({}).expect(204);
      expect((await t.http.get('/api/v1/admin/notifications').set(bearer(admin)).expect(200)).body.unread).toBe(0);
      expect(await t.dataSource.getRepository(StaffNotificationEntity).countBy({ kind: 'lead.overdue', intentId: intent.id })).toBeGreaterThanOrEqual(1);
    });
  });

  describe("the investor's data", () => {
    it('exports everything and deletes the account, keeping only anonymous statistics', async () => {
      const token = await guestToken(t);
      const { body: intent } = await submit(t, token, buildIntent({ contact: { phone: '+8613600002222', email: 'erase.me@example.jp' } }));
      await t.http.post(`/api/v1/me/intents/${intent.id}/messages`).set(bearer(token)).send({ body: 'my private note' }).expect(200);
      const exported = await t.http.get('/api/v1/me/export').set(bearer(token)).expect(200);
      expect(exported.body.intents[0]).toMatchObject({ id: intent.id, contact: { phone: '+8613600002222' } });
      expect(exported.body.consents).toHaveLength(1);

      await t.http.delete('/api/v1/me').set(bearer(token)).expect(204);
      await t.http.get('/api/v1/me/intents').set(bearer(token)).expect(401);
      // submitting reads the account in its own first statement: the deleted one stops there too
      const count = await t.dataSource.getRepository(IntentEntity).count();
      const refused = await t.http.post('/api/v1/intents?lang=en').set(bearer(token)).set('idempotency-key', randomUUID()).send(buildIntent()).expect(401);
      expect(refused.body.code).toBe('SESSION_EXPIRED');
      expect(await t.dataSource.getRepository(IntentEntity).count()).toBe(count);
      const row = await t.dataSource.getRepository(IntentEntity).findOneByOrFail({ id: intent.id });
      expect(row).toMatchObject({ phone: null, email: null, uscc: null, message: null, stage: 'new', industries: ['biomedicine'] });
      expect(JSON.stringify(row)).not.toMatch(/erase\.me|8613600002222/);
      const lead = await t.http.get(`/api/v1/admin/leads/${intent.id}`).set(bearer(admin)).expect(200);
      expect(JSON.stringify(lead.body)).not.toMatch(/my private note|erase\.me/);
    });
  });
});
