import type { ConciergeInput } from '@zhaoshang/contracts';

let n = 0;

/** A valid concierge profile as the console sends it; override any part. */
export function buildConcierge(overrides: Partial<ConciergeInput> = {}): ConciergeInput {
  n++;
  const tag = `${n}-${Date.now().toString(36)}`;
  return {
    code: `t-concierge-${tag}`,
    names: { 'zh-CN': `测试店小二${n}`, en: `Test Concierge ${n}`, ja: `テスト担当${n}` },
    titles: { 'zh-CN': '招商专员', en: 'Investment officer', ja: '投資誘致担当' },
    bios: { 'zh-CN': '负责测试项目。', en: 'Looks after test projects.', ja: 'テスト案件を担当します。' },
    languages: ['zh-CN', 'ja'],
    industries: ['biomedicine'],
    areas: ['china_japan_zone'],
    phone: '+86 512 6666 0000',
    wechatId: `zs-test-${n}`.padEnd(6, '0'),
    officeHours: { days: [1, 2, 3, 4, 5], from: '08:30', to: '17:30', timezone: 'Asia/Shanghai' },
    photoUrl: 'https://example.com/concierge.jpg',
    sort: 50 + n,
    sample: false,
    ...overrides,
  };
}
