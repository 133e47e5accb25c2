import type { Language, PolicyInput, PolicyTranslationInput } from '@zhaoshang/contracts';

/** Builders for policy inputs, so tests say only what matters to them. */

import { noEligibility } from '@zhaoshang/contracts';

export { noEligibility };

export const aTranslation = (overrides: Partial<PolicyTranslationInput> = {}): PolicyTranslationInput => ({
  title: '',
  summary: '',
  body: '',
  department: '',
  applySteps: [],
  applyMaterials: [],
  applyContact: '',
  status: 'needs_review',
  ...overrides,
});

type InputOverrides = Omit<Partial<PolicyInput>, 'translations'> & { translations?: Partial<Record<Language, Partial<PolicyTranslationInput>>> };

export function aPolicyInput(overrides: InputOverrides = {}): PolicyInput {
  const { translations = {}, ...rest } = overrides;
  return {
    category: 'finance',
    industries: [],
    documentNumber: '',
    validFrom: null,
    validUntil: null,
    benefits: [],
    eligibility: noEligibility(),
    attachments: [],
    ...rest,
    translations: {
      'zh-CN': aTranslation(translations['zh-CN']),
      en: aTranslation(translations.en),
      ja: aTranslation(translations.ja),
    },
  };
}

/** 相科贷, the credit product the demo data is built around: complete in Chinese and English. */
export function xiangkedai(): PolicyInput {
  return aPolicyInput({
    category: 'finance',
    industries: ['rnd'],
    documentNumber: '相金发〔2020〕5号',
    validFrom: '2020-06-01',
    validUntil: '2026-12-31',
    benefits: [
      {
        kind: 'loan',
        maxAmount: 1000,
        description: { 'zh-CN': '单户最高1000万元纯信用贷款', en: 'Unsecured loans of up to CNY 10 million', ja: '1社あたり最大1,000万元の信用貸付' },
      },
    ],
    eligibility: { ...noEligibility(), sizes: ['micro', 'small', 'medium'], minCompanyAgeYears: 1, minRndStaffPercent: 10 },
    attachments: [{ title: { 'zh-CN': '合作银行名单', en: 'Partner banks' }, url: 'https://zhaoshang.example.com/files/xiangkedai.pdf' }],
    translations: {
      'zh-CN': {
        title: '相科贷：科技型中小企业信贷产品',
        summary: '面向科技型中小企业的政府支持类信用贷款。',
        body: '<p><strong>相科贷</strong>是相城区政府支持类信贷产品。</p>',
        department: '相城区地方金融监督管理局',
        applySteps: ['向合作银行提出申请', '银行审核并放款'],
        applyMaterials: ['营业执照'],
        applyContact: '0512-6666 0000（示例）',
        status: 'done',
      },
      en: {
        title: 'Xiangkedai: credit for tech SMEs',
        summary: 'Government-backed unsecured loans for technology SMEs.',
        body: '<p><strong>Xiangkedai</strong> is a government-backed credit product.</p>',
        department: 'Xiangcheng District Financial Regulatory Bureau',
        applySteps: ['Apply to a partner bank', 'The bank reviews and lends'],
        applyMaterials: ['Business licence'],
        applyContact: '0512-6666 0000 (sample)',
        status: 'done',
      },
      ja: { title: '相科貸：科技型中小企業向け融資', summary: '科技型中小企業向けの政府支援型信用貸付。', department: '相城区地方金融監督管理局', status: 'needs_review' },
    },
  });
}

/** A talent policy still being written: English to review, no Japanese yet. */
export function talentDraft(): PolicyInput {
  return aPolicyInput({
    category: 'talent',
    documentNumber: '相人才〔2020〕1号',
    eligibility: { ...noEligibility(), talentCategories: ['leading_talent'] },
    translations: {
      'zh-CN': { title: '人才引领高质量发展若干扶持政策', summary: '对领军人才给予项目资助。', body: '<p>领军人才项目资助。</p>', department: '相城区人才办', status: 'done' },
      en: { title: 'Talent-led high-quality development support', summary: 'Project funding for leading talent.', status: 'needs_review' },
    },
  });
}

/** A withdrawn policy, in Chinese only. */
export function archivedRelief(): PolicyInput {
  return aPolicyInput({
    category: 'finance',
    translations: { 'zh-CN': { title: '相“惠”16条：流动资金贷款贴息', summary: '已执行期满。', body: '<p>已执行期满。</p>', department: '相城区财政局', status: 'done' } },
  });
}
