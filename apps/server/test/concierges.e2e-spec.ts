import { OPEN_LEAD_STAGES, type AdminConcierge, type ConciergeProfile } from '@zhaoshang/contracts';
import { In } from 'typeorm';
import { AuditLogEntity } from '../src/audit/audit-log.entity';
import { ConciergeEntity } from '../src/concierges/concierge.entity';
import { ConciergesAdminService } from '../src/concierges/concierges-admin.service';
import { IntentEntity, IntentEventEntity, StaffNotificationEntity } from '../src/intents/intent.entity';
import { buildConcierge } from './support/concierge-factory';
import { dialects } from './support/databases';
import { createStaff } from './support/factories';
import { buildIntent, guestToken, linkConcierge, submit } from './support/intent-factory';
import { ADMIN_PASSWORD, loginAs, startTestApp, type TestApp } from './support/test-app';
import { SETUP_TIMEOUT_MS } from './support/timeouts';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
type Detail = { field: string; code: string; message: string };

describe.each(dialects())('concierges (%s)', (dialect) => {
  let t: TestApp;
  let admin: string;
  let staff: { token: string; id: number };
  let seeded: Record<string, ConciergeEntity>;

  beforeAll(async () => {
    t = await startTestApp(dialect, { INTENT_MAX_PER_INVESTOR_PER_HOUR: '1000', INTENT_MAX_PER_IP_PER_HOUR: '100000', GUEST_MAX_PER_IP_PER_HOUR: '100000' });
    admin = await loginAs(t, 'admin', ADMIN_PASSWORD);
    const account = await createStaff(t);
    const me = await t.http.get('/api/v1/admin/auth/me').set(bearer(account.token)).expect(200);
    staff = { token: account.token, id: me.body.id as number };
    seeded = Object.fromEntries((await t.dataSource.getRepository(ConciergeEntity).find()).map((c) => [c.code, c]));
  }, SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await t.close();
  }, SETUP_TIMEOUT_MS);

  const concierges = () => t.dataSource.getRepository(ConciergeEntity);
  const directory = async (query: string) => (await t.http.get(`/api/v1/concierges${query}`).expect(200)).body as { language: string; items: ConciergeProfile[]; filters: unknown; sampleData: boolean };
  const create = async (overrides: Parameters<typeof buildConcierge>[0] = {}) =>
    (await t.http.post('/api/v1/admin/concierges').set(bearer(admin)).send(buildConcierge(overrides)).expect(201)).body as AdminConcierge;
  const leadVersion = async (id: number) => (await t.http.get(`/api/v1/admin/leads/${id}`).set(bearer(admin)).expect(200)).body.version as number;
  const moveTo = async (id: number, stage: string) => {
    await t.http.post(`/api/v1/admin/leads/${id}/stage`).set(bearer(admin)).send({ stage, version: await leadVersion(id), ...(stage === 'closed' ? { reason: 'withdrawn' } : {}) }).expect(200);
  };
  const assign = async (id: number, conciergeId: number) => {
    await t.http.post(`/api/v1/admin/leads/${id}/assign`).set(bearer(admin)).send({ conciergeId, reason: 'test', version: await leadVersion(id) }).expect(200);
  };

  describe('the public directory', () => {
    it('finds the Japanese-speaking biomedicine concierges, in Japanese, with office hours and presence', async () => {
      const res = await directory('?lang=ja&industry=biomedicine');
      const expected = (await concierges().findBy({ active: true })).filter((c) => c.industries.includes('biomedicine'));
      expect(res.items.map((c) => c.id).sort()).toEqual(expected.map((c) => c.id).sort());
      expect(res).toMatchObject({ language: 'ja', filters: { industry: { code: 'biomedicine', name: 'バイオ医薬' }, area: null }, sampleData: true });
      const wangLi = res.items.find((c) => c.id === seeded['c-wang-li']?.id);
      expect(wangLi).toMatchObject({
        name: '王麗（ワン・リー）',
        title: '投資誘致担当（日系企業）',
        bio: '中日協力モデル区の案件を担当。日本語が堪能です。',
        language: 'ja',
        fallback: false,
        languages: ['zh-CN', 'ja', 'en'],
        wechatId: 'xc-concierge-wangli',
        officeHours: { days: [1, 2, 3, 4, 5], from: '08:30', to: '17:30', timezone: 'Asia/Shanghai' },
        presence: { inOffice: expect.any(Boolean), utcOffset: '+08:00' },
        sample: true,
      });
      expect(wangLi?.industries).toContainEqual({ code: 'biomedicine', name: 'バイオ医薬' });
      expect(wangLi?.areas).toContainEqual({ code: 'china_japan_zone', name: '中日（蘇州）地方発展協力モデル区' });
      for (const c of res.items) expect(c.languages).toContain('ja');
    });

    it("puts the speakers of the reader's language first, then the lead desk's routing, then the console's order", async () => {
      const ja = (await directory('?lang=ja')).items;
      const speaks = ja.map((c) => c.languages.includes('ja'));
      expect(speaks.indexOf(false)).toBeGreaterThan(0);
      expect(speaks.slice(speaks.indexOf(false))).not.toContain(true);
      // Sato Yuki speaks no English: last for an English reader
      const en = (await directory('?lang=en')).items;
      expect(en.at(-1)?.id).toBe(seeded['c-sato-yuki']?.id);
      // fintech in English: the rule (fintech, en) names Li Qiang
      const fintech = (await directory('?lang=en&industry=fintech')).items;
      expect(fintech[0]?.id).toBe(seeded['c-li-qiang']?.id);
    });

    it('filters by area, and names a bad filter in the reader’s language', async () => {
      const zone = (await directory('?area=china_japan_zone&lang=en')).items;
      expect(zone.map((c) => c.id).sort()).toEqual([seeded['c-wang-li']?.id, seeded['c-sato-yuki']?.id].sort());
      const ja = await t.http.get('/api/v1/concierges?lang=ja&industry=mining&area=atlantis').expect(400);
      expect(ja.body.code).toBe('VALIDATION_FAILED');
      expect(ja.body.message).toMatch(/[ぁ-んァ-ン]/);
      expect((ja.body.details as Detail[]).map((d) => `${d.field}:${d.code}`).sort()).toEqual(['query.area:invalid_value', 'query.industry:invalid_value']);
      const en = await t.http.get('/api/v1/concierges?lang=en&industry=mining').expect(400);
      expect(en.body.details[0].message).toBe('This value is not allowed.');
    });

    it('shows a profile with public contact details only, never the staff account behind it', async () => {
      const wangLi = seeded['c-wang-li'] as ConciergeEntity;
      await linkConcierge(t, wangLi.id, staff.id);
      const one = await t.http.get(`/api/v1/concierges/${wangLi.id}?lang=en`).expect(200);
      expect(Object.keys(one.body).sort()).toEqual(['areas', 'bio', 'fallback', 'id', 'industries', 'language', 'languages', 'name', 'officeHours', 'phone', 'photoUrl', 'presence', 'sample', 'title', 'wechatId']);
      expect(one.body).toMatchObject({ name: 'Wang Li', phone: wangLi.phone, wechatId: 'xc-concierge-wangli' });
      const list = await t.http.get('/api/v1/concierges').expect(200);
      expect(JSON.stringify(list.body)).not.toMatch(/staffUser|staff_user|updatedBy|version/);
      await t.http.get('/api/v1/concierges/424242').expect(404);
      await linkConcierge(t, null, staff.id);
    });

    it('says which language a missing translation fell back to', async () => {
      const zhOnly = await create({ names: { 'zh-CN': '只有中文' }, titles: { 'zh-CN': '招商专员' }, bios: {} });
      const ja = await t.http.get(`/api/v1/concierges/${zhOnly.id}?lang=ja`).expect(200);
      expect(ja.body).toMatchObject({ name: '只有中文', title: '招商专员', bio: null, language: 'zh-CN', fallback: true });
      const zh = await t.http.get(`/api/v1/concierges/${zhOnly.id}?lang=zh-CN`).expect(200);
      expect(zh.body).toMatchObject({ language: 'zh-CN', fallback: false });
    });

    it('computes on the server whether a concierge is in office now, on their own clock, and when they are back', async () => {
      // Shanghai's time now; Tokyo (an hour later) when Shanghai is in its last minute of the day
      const zone = new Date(Date.now() + 8 * 3600_000).toISOString().slice(11, 16) === '23:59' ? 'Asia/Tokyo' : 'Asia/Shanghai';
      const open = await create({ officeHours: { days: [1, 2, 3, 4, 5, 6, 7], from: '00:00', to: '23:59', timezone: zone } });
      expect((await t.http.get(`/api/v1/concierges/${open.id}`).expect(200)).body.presence).toEqual({ inOffice: true, backAt: null, backAtLocal: null, utcOffset: zone === 'Asia/Tokyo' ? '+09:00' : '+08:00' });
      // works only tomorrow (on their clock): out now, back at tomorrow's opening
      const local = new Date(Date.now() + (zone === 'Asia/Tokyo' ? 9 : 8) * 3600_000);
      const today = ((local.getUTCDay() + 6) % 7) + 1;
      const tomorrow = (today % 7) + 1;
      const later = await create({ officeHours: { days: [tomorrow], from: '00:00', to: '23:59', timezone: zone } });
      const presence = (await t.http.get(`/api/v1/concierges/${later.id}?lang=en`).expect(200)).body.presence;
      const next = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + 1)).toISOString().slice(0, 10);
      expect(presence).toMatchObject({ inOffice: false, backAtLocal: { date: next, weekday: tomorrow, time: '00:00', day: 'tomorrow' } });
      expect(Date.parse(presence.backAt)).toBe(Date.parse(`${next}T00:00:00${zone === 'Asia/Tokyo' ? '+09:00' : '+08:00'}`));
    });
  });

  describe("the investor's own concierge", () => {
    it('needs an investor token, and answers nobody (not an error) without an intent', async () => {
      await t.http.get('/api/v1/me/concierge').expect(401);
      await t.http.get('/api/v1/me/concierge').set(bearer(admin)).expect(401);
      const token = await guestToken(t);
      const res = await t.http.get('/api/v1/me/concierge?lang=ja').set(bearer(token)).expect(200);
      expect(res.body).toEqual({ language: 'ja', intent: null, concierge: null });
    });

    it('is the concierge of the latest open intent, else of a signed or landed one; never of a closed one', async () => {
      const token = await guestToken(t);
      const first = (await submit(t, token, buildIntent())).body;
      const mine = await t.http.get('/api/v1/me/concierge?lang=ja').set(bearer(token)).expect(200);
      expect(mine.body).toMatchObject({ intent: { id: first.id, stage: 'new', companyName: first.company.name }, concierge: { id: first.concierge.id, language: 'ja' } });
      expect(JSON.stringify(mine.body)).not.toMatch(/staffUser/);

      await moveTo(first.id, 'signed');
      // a newer open intent comes first; once it is closed, the signed one's concierge again
      const second = (await submit(t, token, buildIntent({ contact: { language: 'en' }, project: { industries: ['fintech'] } }))).body;
      expect((await t.http.get('/api/v1/me/concierge').set(bearer(token)).expect(200)).body.intent.id).toBe(second.id);
      await moveTo(second.id, 'closed');
      const back = await t.http.get('/api/v1/me/concierge').set(bearer(token)).expect(200);
      expect(back.body).toMatchObject({ intent: { id: first.id, stage: 'signed' }, concierge: { id: first.concierge.id } });
      await moveTo(first.id, 'closed');
      expect((await t.http.get('/api/v1/me/concierge').set(bearer(token)).expect(200)).body).toMatchObject({ intent: null, concierge: null });
    });
  });

  describe('console', () => {
    it('lets staff read and only admins write; the lead desk still lists every concierge', async () => {
      const list = await t.http.get('/api/v1/admin/concierges').set(bearer(staff.token)).expect(200);
      const wangLi = (list.body.items as AdminConcierge[]).find((c) => c.code === 'c-wang-li');
      expect(wangLi).toMatchObject({ id: seeded['c-wang-li']?.id, name: '王丽', languages: ['zh-CN', 'ja', 'en'], active: true, staffUserId: null, version: 1 });
      const open = await t.dataSource.getRepository(IntentEntity).countBy({ conciergeId: seeded['c-wang-li']?.id, stage: In([...OPEN_LEAD_STAGES]) });
      expect(wangLi?.openLeads).toBe(open);
      await t.http.get(`/api/v1/admin/concierges/${wangLi?.id}`).set(bearer(staff.token)).expect(200);
      await t.http.post('/api/v1/admin/concierges').set(bearer(staff.token)).send(buildConcierge()).expect(403);
      await t.http.put(`/api/v1/admin/concierges/${wangLi?.id}`).set(bearer(staff.token)).send({ ...buildConcierge(), version: 1 }).expect(403);
      await t.http.post(`/api/v1/admin/concierges/${wangLi?.id}/deactivate`).set(bearer(staff.token)).send({ version: 1 }).expect(403);
      await t.http.post(`/api/v1/admin/concierges/${wangLi?.id}/reactivate`).set(bearer(staff.token)).send({ version: 1 }).expect(403);
      await t.http.get('/api/v1/admin/concierges').expect(401);
      expect((await concierges().findOneByOrFail({ id: wangLi?.id })).version).toBe(1);
    });

    it('creates and edits a profile in three languages with optimistic locking and an audit trail', async () => {
      const body = buildConcierge({ phone: '+81 90-1234-5678', bios: { 'zh-CN': '简介', en: '  ', ja: '紹介' } });
      const created = (await t.http.post('/api/v1/admin/concierges?lang=en').set(bearer(admin)).send(body).expect(201)).body as AdminConcierge;
      expect(created).toMatchObject({ code: body.code, names: body.names, phone: '+819012345678', bios: { 'zh-CN': '简介', ja: '紹介' }, active: true, version: 1, openLeads: 0, updatedBy: 'admin' });
      expect(created.bios.en).toBeUndefined();

      const edit = { ...body, names: { ...body.names, ja: '新しい名前' }, officeHours: { days: [1, 3, 5], from: '09:00', to: '12:00', timezone: 'Asia/Tokyo' }, version: 1 };
      const saved = await t.http.put(`/api/v1/admin/concierges/${created.id}`).set(bearer(admin)).send(edit).expect(200);
      expect(saved.body).toMatchObject({ version: 2, names: { ja: '新しい名前' }, officeHours: { days: [1, 3, 5], timezone: 'Asia/Tokyo' } });
      const stale = await t.http.put(`/api/v1/admin/concierges/${created.id}?lang=ja`).set(bearer(admin)).send({ ...edit, names: { 'zh-CN': '覆盖' } }).expect(409);
      expect(stale.body.code).toBe('CONFLICT');
      expect((await concierges().findOneByOrFail({ id: created.id })).names['zh-CN']).toBe(body.names['zh-CN']);
      await t.http.put('/api/v1/admin/concierges/424242').set(bearer(admin)).send(edit).expect(404);

      const audit = await t.dataSource.getRepository(AuditLogEntity).findBy({ targetType: 'concierge', targetId: String(created.id) });
      expect(audit.map((a) => a.action).sort()).toEqual(['concierge.create', 'concierge.update']);
      const taken = await t.http.post('/api/v1/admin/concierges?lang=en').set(bearer(admin)).send({ ...buildConcierge(), code: body.code }).expect(400);
      expect(taken.body.details).toEqual([expect.objectContaining({ field: 'code', code: 'duplicate' })]);
    });

    it.each([
      ['phone', { phone: '12345' }, 'invalid_phone'],
      ['wechatId', { wechatId: '1abc' }, 'invalid_format'],
      ['names.zh-CN', { names: { 'zh-CN': '', en: 'Only English' } }, 'required'],
      ['languages', { languages: [] }, 'required'],
      ['officeHours.to', { officeHours: { days: [1], from: '17:00', to: '09:00', timezone: 'Asia/Shanghai' } }, 'invalid_value'],
      ['officeHours.from', { officeHours: { days: [1], from: '8:30', to: '17:00', timezone: 'Asia/Shanghai' } }, 'invalid_format'],
      ['officeHours.timezone', { officeHours: { days: [1], from: '08:30', to: '17:00', timezone: 'Mars/Olympus' } }, 'invalid_value'],
      ['officeHours.days', { officeHours: { days: [1, 1], from: '08:30', to: '17:00', timezone: 'Asia/Shanghai' } }, 'duplicate'],
      ['officeHours.days.0', { officeHours: { days: [8], from: '08:30', to: '17:00', timezone: 'Asia/Shanghai' } }, 'too_big'],
      ['photoUrl', { photoUrl: 'javascript:alert(1)' }, 'invalid_format'],
      ['industries.0', { industries: ['mining'] }, 'invalid_value'],
      ['areas.1', { areas: ['china_japan_zone', 'atlantis'] }, 'invalid_value'],
    ])('names the bad field %s in English and Japanese and changes nothing', async (field, override, code) => {
      const before = await concierges().count();
      const body = { ...buildConcierge(), ...override };
      const en = await t.http.post('/api/v1/admin/concierges?lang=en').set(bearer(admin)).send(body).expect(400);
      const ja = await t.http.post('/api/v1/admin/concierges?lang=ja').set(bearer(admin)).send(body).expect(400);
      for (const res of [en, ja]) {
        expect(res.body.code).toBe('VALIDATION_FAILED');
        expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field, code })]));
      }
      expect(en.body.message).toMatch(/[A-Za-z]/);
      expect(ja.body.message).toMatch(/[ぁ-んァ-ン]/);
      expect((ja.body.details as Detail[]).find((d) => d.field === field)?.message).toMatch(/[ぁ-んァ-ン一-龥]/);
      expect(await concierges().count()).toBe(before);
    });
  });

  describe('deactivation', () => {
    it('hands every open lead over exactly once by the routing rules, never a signed, landed or closed one', async () => {
      const leaving = await create({ languages: ['zh-CN', 'ja'], industries: ['biomedicine'] });
      const token = await guestToken(t);
      const leads = [];
      for (let i = 0; i < 7; i++) leads.push((await submit(t, token, buildIntent())).body as { id: number });
      for (const lead of leads) await assign(lead.id, leaving.id);
      const [a, b, c, d, signed, landed, closed] = leads.map((l) => l.id) as [number, number, number, number, number, number, number];
      await moveTo(b, 'contacted');
      await moveTo(c, 'negotiating');
      await moveTo(d, 'site_visit');
      await moveTo(signed, 'signed');
      await moveTo(landed, 'landed');
      await moveTo(closed, 'closed');
      const detail = await t.http.get(`/api/v1/admin/concierges/${leaving.id}`).set(bearer(admin)).expect(200);
      expect(detail.body.openLeads).toBe(4);

      const stale = await t.http.post(`/api/v1/admin/concierges/${leaving.id}/deactivate`).set(bearer(admin)).send({ version: detail.body.version + 5 }).expect(409);
      expect(stale.body.code).toBe('CONFLICT');
      expect((await concierges().findOneByOrFail({ id: leaving.id })).active).toBe(true);

      const res = await t.http.post(`/api/v1/admin/concierges/${leaving.id}/deactivate?lang=ja`).set(bearer(admin)).send({ version: detail.body.version }).expect(200);
      expect(res.body).toMatchObject({ concierge: { id: leaving.id, active: false, openLeads: 0, version: detail.body.version + 1 }, reassigned: 4, queued: 0 });
      expect((res.body.moves as { intentId: number }[]).map((m) => m.intentId).sort((x, y) => x - y)).toEqual([a, b, c, d]);
      expect((res.body.byConcierge as { count: number }[]).reduce((s, x) => s + x.count, 0)).toBe(4);

      // by the rules: a Japanese biomedicine lead goes to the (biomedicine, ja) rule's concierges
      const rule = [seeded['c-wang-li']?.id, seeded['c-zhou-min']?.id];
      const rows = await t.dataSource.getRepository(IntentEntity).findBy({ id: In(leads.map((l) => l.id)) });
      for (const row of rows) {
        if ([a, b, c, d].includes(row.id)) expect(rule).toContain(row.conciergeId);
        else expect(row.conciergeId).toBe(leaving.id);
      }
      for (const m of res.body.moves as { intentId: number; conciergeId: number; name: string }[]) {
        expect(rows.find((r) => r.id === m.intentId)?.conciergeId).toBe(m.conciergeId);
        expect(m.name).toBe(m.conciergeId === seeded['c-wang-li']?.id ? '王麗（ワン・リー）' : '周敏（ジョウ・ミン）');
      }
      // exactly once: one handover event away from the leaving concierge per open lead, none for the others
      const events = await t.dataSource.getRepository(IntentEventEntity).find({ where: { intentId: In(leads.map((l) => l.id)), kind: 'reassigned' }, order: { id: 'ASC' } });
      for (const id of [a, b, c, d]) expect(events.filter((e) => e.intentId === id && e.conciergeId !== leaving.id)).toHaveLength(1);
      for (const id of [signed, landed, closed]) expect(events.filter((e) => e.intentId === id && e.conciergeId !== leaving.id)).toHaveLength(0);
      const audits = await t.dataSource.getRepository(AuditLogEntity).findBy({ action: 'lead.reassign', targetId: In([a, b, c, d].map(String)) });
      expect(audits.filter((x) => (x.detail as { from: number }).from === leaving.id)).toHaveLength(4);
      expect(await t.dataSource.getRepository(AuditLogEntity).countBy({ action: 'concierge.deactivate', targetId: String(leaving.id) })).toBe(1);
      // the new concierges' accounts (none linked: the admins) hear about each lead
      const told = await t.dataSource.getRepository(StaffNotificationEntity).findBy({ kind: 'lead.assigned', intentId: In([a, b, c, d]) });
      expect(new Set(told.map((n) => n.intentId)).size).toBe(4);

      // the investor sees the handover in their intent's timeline, in their language
      const seen = await t.http.get(`/api/v1/me/intents/${a}?lang=ja`).set(bearer(token)).expect(200);
      const moved = (res.body.moves as { intentId: number; name: string }[]).find((m) => m.intentId === a);
      expect(seen.body.concierge.id).not.toBe(leaving.id);
      expect(seen.body.timeline.at(-1)).toMatchObject({ kind: 'reassigned', concierge: moved?.name });

      // gone from the directory and the profile, kept in the console
      expect((await directory('?industry=biomedicine')).items.map((x) => x.id)).not.toContain(leaving.id);
      await t.http.get(`/api/v1/concierges/${leaving.id}`).expect(404);
      // deactivating again changes nothing
      const again = await t.http.post(`/api/v1/admin/concierges/${leaving.id}/deactivate`).set(bearer(admin)).send({ version: res.body.concierge.version }).expect(200);
      expect(again.body).toMatchObject({ reassigned: 0, moves: [] });
      // and the lead desk cannot hand anything to them
      await t.http.post(`/api/v1/admin/leads/${signed}/assign`).set(bearer(admin)).send({ conciergeId: seeded['c-zhou-min']?.id, reason: 'x', version: await leadVersion(signed) }).expect(200);
      const refused = await t.http.post(`/api/v1/admin/leads/${signed}/assign`).set(bearer(admin)).send({ conciergeId: leaving.id, reason: 'x', version: await leadVersion(signed) }).expect(400);
      expect(refused.body.details[0]).toMatchObject({ field: 'conciergeId', code: 'invalid_value' });
    });

    it('never assigns a new intent to an inactive concierge, even one the rules name; reactivating brings them back', async () => {
      const rules = (await t.http.get('/api/v1/admin/assignment-rules').set(bearer(admin)).expect(200)).body;
      const only = await create({ languages: ['ja'], industries: ['culture'] });
      await t.http.put('/api/v1/admin/assignment-rules').set(bearer(admin)).send({ rules: [{ industry: 'culture', language: 'ja', conciergeIds: [only.id] }, ...rules.rules] }).expect(200);
      const token = await guestToken(t);
      const culture = () => submit(t, token, buildIntent({ project: { industries: ['culture'] } }));
      expect((await culture()).body.concierge.id).toBe(only.id);

      const off = await t.http.post(`/api/v1/admin/concierges/${only.id}/deactivate`).set(bearer(admin)).send({ version: 1 }).expect(200);
      expect(off.body.reassigned).toBe(1);
      for (let i = 0; i < 4; i++) {
        const res = await culture();
        expect(res.status).toBe(201);
        expect(res.body.concierge?.id).not.toBe(only.id);
      }
      const on = await t.http.post(`/api/v1/admin/concierges/${only.id}/reactivate`).set(bearer(admin)).send({ version: off.body.concierge.version }).expect(200);
      expect(on.body).toMatchObject({ active: true, openLeads: 0 });
      expect((await culture()).body.concierge.id).toBe(only.id);
      await t.http.put('/api/v1/admin/assignment-rules').set(bearer(admin)).send(rules).expect(200);
    });

    it('hands over once when two admins deactivate the same concierge at the same moment', async () => {
      const twice = await create();
      const token = await guestToken(t);
      const ids: number[] = [];
      for (let i = 0; i < 3; i++) ids.push(((await submit(t, token, buildIntent())).body as { id: number }).id);
      for (const id of ids) await assign(id, twice.id);
      const results = await Promise.all([1, 2].map(() => t.http.post(`/api/v1/admin/concierges/${twice.id}/deactivate`).set(bearer(admin)).send({ version: 1 })));
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      const events = await t.dataSource.getRepository(IntentEventEntity).findBy({ intentId: In(ids), kind: 'reassigned' });
      expect(events.filter((e) => e.conciergeId !== twice.id)).toHaveLength(3);
    });

    it('hands over a lead that reached an inactive concierge anyway (a stale replica), once', async () => {
      const gone = await create();
      await t.http.post(`/api/v1/admin/concierges/${gone.id}/deactivate`).set(bearer(admin)).send({ version: 1 }).expect(200);
      const token = await guestToken(t);
      const lead = (await submit(t, token, buildIntent())).body as { id: number };
      // what another replica with a roster cached before the deactivation would have stored
      await t.dataSource.getRepository(IntentEntity).update({ id: lead.id }, { conciergeId: gone.id });
      const sut = t.app.get(ConciergesAdminService);
      expect(await sut.handOverStranded()).toBe(1);
      expect(await sut.handOverStranded()).toBe(0);
      const row = await t.dataSource.getRepository(IntentEntity).findOneByOrFail({ id: lead.id });
      expect([seeded['c-wang-li']?.id, seeded['c-zhou-min']?.id]).toContain(row.conciergeId);
      const seen = await t.http.get(`/api/v1/me/intents/${lead.id}`).set(bearer(token)).expect(200);
      expect(seen.body.timeline.filter((e: { kind: string }) => e.kind === 'reassigned')).toHaveLength(1);
    });

    it("sends leads nobody can take to the admins' queue; the investor's page waits for a new concierge", async () => {
      const token = await guestToken(t);
      const lead = (await submit(t, token, buildIntent())).body as { id: number; concierge: { id: number } };
      // everyone goes, the lead's concierge last
      const active = (await concierges().findBy({ active: true })).sort((x, y) => Number(x.id === lead.concierge.id) - Number(y.id === lead.concierge.id));
      let last: { body: { reassigned: number; queued: number; byConcierge: unknown[] } } | undefined;
      for (const c of active) last = await t.http.post(`/api/v1/admin/concierges/${c.id}/deactivate`).set(bearer(admin)).send({ version: c.version }).expect(200);
      expect(last?.body.queued).toBeGreaterThan(0);
      expect(last?.body.queued).toBe(last?.body.reassigned);
      expect(last?.body.byConcierge).toEqual([{ conciergeId: null, name: null, count: last?.body.queued }]);

      const row = await t.dataSource.getRepository(IntentEntity).findOneByOrFail({ id: lead.id });
      expect(row.conciergeId).toBeNull();
      const event = await t.dataSource.getRepository(IntentEventEntity).findOneOrFail({ where: { intentId: lead.id, kind: 'reassigned' }, order: { id: 'DESC' } });
      expect(event).toMatchObject({ conciergeId: null, internal: true, actorKind: 'staff' });
      const admins = await t.dataSource.getRepository(StaffNotificationEntity).findBy({ intentId: lead.id, kind: 'lead.assigned' });
      expect(admins.length).toBeGreaterThan(0);
      const mine = await t.http.get('/api/v1/me/concierge').set(bearer(token)).expect(200);
      expect(mine.body).toMatchObject({ intent: { id: lead.id }, concierge: null });
      expect((await directory('')).items).toEqual([]);
      // a new intent waits in the queue too
      expect((await submit(t, token, buildIntent())).body.concierge).toBeNull();
    });
  });
});
