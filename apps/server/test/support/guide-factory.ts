import type { GuidePageCreate, GuideStepInput, GuideTranslationInput } from '@zhaoshang/contracts';

let n = 0;

export function buildGuideStep(overrides: Partial<GuideStepInput> = {}): GuideStepInput {
  return { title: '提交申请', description: '在窗口提交材料。', office: '区政务服务中心', documents: ['营业执照'], duration: '3 个工作日', links: [{ title: '网上办事', url: 'https://example.com/apply' }], ...overrides };
}

export function buildGuideTranslation(overrides: Partial<GuideTranslationInput> = {}): GuideTranslationInput {
  n++;
  return { title: `测试页面 ${n}`, summary: `测试摘要 ${n}`, body: `<p>测试正文 ${n}</p>`, steps: [buildGuideStep()], faqs: [{ question: `问题 ${n}`, answer: `回答 ${n}` }], status: 'done', ...overrides };
}

/** A new node for `POST /api/v1/admin/guide`: an article in `parentId` unless told otherwise. */
export function buildGuidePage(overrides: Partial<GuidePageCreate> = {}): GuidePageCreate {
  n++;
  return {
    kind: 'article',
    slug: `test-page-${n}-${Date.now().toString(36)}`,
    parentId: null,
    sample: false,
    translations: { 'zh-CN': buildGuideTranslation(), en: buildGuideTranslation({ title: `Test page ${n}`, summary: 'Test summary', body: '<p>Test body</p>' }) },
    ...overrides,
  };
}
