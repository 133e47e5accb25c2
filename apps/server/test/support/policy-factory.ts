import { noEligibility, type PolicyInput, type PolicyTranslationInput } from '@zhaoshang/contracts';

let n = 0;

export function buildTranslation(overrides: Partial<PolicyTranslationInput> = {}): PolicyTranslationInput {
  n++;
  return {
    title: `测试政策 ${n}`,
    summary: `测试摘要 ${n}`,
    body: `<p>测试正文 ${n}</p>`,
    department: '相城区商务局',
    applySteps: ['提交申请'],
    applyMaterials: ['营业执照'],
    applyContact: '0512-0000 0000',
    status: 'done',
    ...overrides,
  };
}

export function buildPolicy(overrides: Partial<PolicyInput> = {}): PolicyInput {
  return {
    category: 'industry_support',
    industries: [],
    documentNumber: '',
    validFrom: '2024-01-01',
    validUntil: null,
    benefits: [{ kind: 'subsidy', maxAmount: 100, description: { 'zh-CN': '补贴', en: 'Subsidy', ja: '補助金' } }],
    eligibility: noEligibility(),
    attachments: [],
    translations: { 'zh-CN': buildTranslation(), en: buildTranslation({ title: `Test policy ${n}`, summary: 'Test summary', body: '<p>Test body</p>', department: 'Commerce Bureau' }) },
    ...overrides,
  };
}
