import type { Schemas } from '@zhaoshang/api-client';
import type { CloseReason, EnterpriseProfile, IntentRequest, IntentSource, IntentStage, Language } from '@zhaoshang/contracts';

/** Builders for the fake lead desk, so tests say only what matters to them. */

/** What the fake stores for one investment intent, as the investor sent it plus the desk's state. */
export type LeadSeed = {
  stage: IntentStage;
  closeReason: CloseReason | null;
  company: IntentRequest['company'];
  contact: { name: string; phone: string; email: string | null; language: Language };
  project: IntentRequest['project'];
  message: string | null;
  policyIds: number[];
  areaCode: string | null;
  profile: EnterpriseProfile | null;
  source: IntentSource;
  conciergeId: number | null;
  createdAt: string;
  replyDueAt: string | null;
};

/** The fake's "now": leads due before it are overdue. */
export const FAKE_NOW = '2025-03-10T09:00:00.000Z';

export function aLead(overrides: Partial<LeadSeed> = {}): LeadSeed {
  return {
    stage: 'new',
    closeReason: null,
    company: { name: 'Example Co., Ltd.', country: 'CN', type: 'foreign' },
    contact: { name: 'Contact', phone: '+8613800000000', email: null, language: 'zh-CN' },
    project: { industries: ['rnd'], amountRange: 'lt1000', spaceKind: 'factory', timeline: 'exploring' },
    message: null,
    policyIds: [],
    areaCode: null,
    profile: null,
    source: 'weapp',
    conciergeId: 1,
    createdAt: '2025-03-09T01:00:00.000Z',
    replyDueAt: '2025-03-11T01:00:00.000Z',
    ...overrides,
  };
}

/** 李娜 (the staff account li.na) and 王伟 look after leads; 陈静 has left. */
export function demoConcierges(): Schemas['ConciergeOption'][] {
  return [
    { id: 1, name: '李娜', languages: ['zh-CN', 'en'], industries: ['rnd', 'health'], active: true, staffUserId: 2 },
    { id: 2, name: '王伟', languages: ['zh-CN', 'ja'], industries: ['culture', 'rnd'], active: true, staffUserId: null },
    { id: 3, name: '陈静', languages: ['zh-CN'], industries: ['health'], active: false, staffUserId: null },
  ];
}

/**
 * The demo queue: #1 a Japanese manufacturer, overdue, with 李娜; #2 and #3 the same Suzhou company
 * twice (same USCC), one each with 李娜 and 王伟; #4 a German health company in negotiation; #5 closed.
 */
export function demoLeads(): LeadSeed[] {
  return [
    aLead({
      company: { name: 'Suzuki Precision Co., Ltd.', country: 'JP', type: 'foreign' },
      contact: { name: '鈴木太郎', phone: '+819012345678', email: 'suzuki@example.jp', language: 'ja' },
      project: { industries: ['rnd'], amountRange: 'lt1000', spaceKind: 'factory', spaceSize: 5000, timeline: 'within_6_months' },
      message: '蘇州北駅の近くで5,000㎡の工場を探しています。',
      policyIds: [1],
      areaCode: 'cjz',
      profile: { industry: 'rnd', enterpriseType: 'foreign', size: 'medium', highTech: true },
      createdAt: '2025-03-07T02:00:00.000Z',
      replyDueAt: '2025-03-08T02:00:00.000Z',
    }),
    aLead({
      stage: 'contacted',
      company: { name: '苏州智行科技有限公司', uscc: '91320507MA1XY2345E', country: 'CN', type: 'foreign' },
      contact: { name: '张伟', phone: '+8613812345678', email: null, language: 'zh-CN' },
      project: { industries: ['rnd'], amountRange: 'lt1000', spaceKind: 'office', timeline: '6_to_12_months' },
      source: 'h5',
      createdAt: '2025-03-08T03:00:00.000Z',
      replyDueAt: '2025-03-12T03:00:00.000Z',
    }),
    aLead({
      company: { name: '智行科技（苏州）', uscc: '91320507MA1XY2345E', country: 'CN', type: 'foreign' },
      contact: { name: '张伟', phone: '+8613912345678', email: null, language: 'zh-CN' },
      conciergeId: 2,
      createdAt: '2025-03-09T04:00:00.000Z',
      replyDueAt: '2025-03-11T04:00:00.000Z',
    }),
    aLead({
      stage: 'negotiating',
      company: { name: 'Health Bridge GmbH', country: 'DE', type: 'foreign' },
      contact: { name: 'Anna Weber', phone: '+4915112345678', email: 'anna@example.de', language: 'en' },
      project: { industries: ['health'], amountRange: 'lt1000', spaceKind: 'land', timeline: '1_to_2_years' },
      conciergeId: 2,
      createdAt: '2025-03-01T05:00:00.000Z',
      replyDueAt: '2025-03-14T05:00:00.000Z',
    }),
    aLead({
      stage: 'closed',
      closeReason: 'chose_elsewhere',
      company: { name: 'Kyoto Culture Lab', country: 'JP', type: 'foreign' },
      contact: { name: '山田花子', phone: '+817012345678', email: null, language: 'ja' },
      project: { industries: ['culture'], amountRange: 'lt1000', spaceKind: 'office', timeline: 'exploring' },
      conciergeId: 2,
      createdAt: '2025-02-20T06:00:00.000Z',
      replyDueAt: null,
    }),
  ];
}
