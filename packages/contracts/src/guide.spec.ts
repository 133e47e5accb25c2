import { guideInputOf, guidePageCreateSchema, guidePublishIssues, type AdminGuidePage } from './guide';

const translation = (overrides: Partial<AdminGuidePage['translations']['zh-CN']> = {}): AdminGuidePage['translations']['zh-CN'] => ({
  title: '设立外商投资企业',
  summary: '主要步骤。',
  body: '',
  steps: [],
  faqs: [],
  status: 'done',
  ...overrides,
});

const page = (kind: AdminGuidePage['kind'], zh: Partial<AdminGuidePage['translations']['zh-CN']>): AdminGuidePage => ({
  id: 1,
  kind,
  slug: 'x',
  parentId: null,
  version: 1,
  status: 'draft',
  sample: true,
  translations: { 'zh-CN': translation(zh), en: translation({ title: '', status: 'missing' }), ja: translation({ status: 'needs_review' }) },
  translationStatus: { 'zh-CN': 'done', en: 'missing', ja: 'needs_review' },
  createdAt: '',
  updatedAt: '',
  publishedAt: null,
  updatedBy: null,
});

const step = (title: string) => ({ title, description: '', office: '', documents: [], duration: '', links: [] });

describe('guide publish rules', () => {
  it('asks what each kind is made of, in Chinese', () => {
    expect(guidePublishIssues(page('article', { body: '' })).map((i) => i.field)).toEqual(['translations.zh-CN.body']);
    expect(guidePublishIssues(page('section', { body: '' }))).toEqual([]);
    expect(guidePublishIssues(page('procedure', { summary: ' ' })).map((i) => i.field)).toEqual(['translations.zh-CN.summary', 'translations.zh-CN.steps']);
    expect(guidePublishIssues(page('procedure', { steps: [step('登记'), step('')] })).map((i) => i.field)).toEqual(['translations.zh-CN.steps.1.title']);
    expect(guidePublishIssues(page('faq', { faqs: [{ question: '', answer: '答' }] })).map((i) => `${i.field}:${i.code}`)).toEqual(['translations.zh-CN.faqs.0.question:required']);
  });

  it('gives back the input of a stored page, a missing translation as one to review', () => {
    const sut = guideInputOf(page('procedure', { steps: [step('登记')] }));
    expect(sut.sample).toBe(true);
    expect(sut.translations['zh-CN']).toMatchObject({ status: 'done', steps: [step('登记')] });
    expect(sut.translations.en?.status).toBe('needs_review');
  });

  it('takes only lower-case hyphenated slugs', () => {
    const base = { kind: 'article', parentId: 1, translations: {} };
    expect(guidePageCreateSchema.safeParse({ ...base, slug: 'metro-plan' }).success).toBe(true);
    for (const slug of ['Metro', 'metro plan', '-metro', 'metro--plan', '地铁', '../x']) expect(guidePageCreateSchema.safeParse({ ...base, slug }).success).toBe(false);
  });
});
