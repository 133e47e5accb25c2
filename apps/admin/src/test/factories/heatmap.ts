import type { PremisesInput, ProjectInput } from '@zhaoshang/contracts';

/** Builders for heatmap data, so tests say only what matters to them (codes the fake /meta knows). */

export function aProject(overrides: Partial<ProjectInput> = {}): ProjectInput {
  return {
    code: 'P-2020-001',
    names: { 'zh-CN': '长三角国际研发社区启动区', en: 'Yangtze Delta International R&D Community, phase 1', ja: '長江デルタ国際研究開発コミュニティ 第1期' },
    industry: 'rnd',
    amount: 35.5,
    year: 2020,
    lat: 31.4121,
    lng: 120.6415,
    areaCode: 'cjz',
    sample: true,
    ...overrides,
  };
}

export function aPremises(overrides: Partial<PremisesInput> = {}): PremisesInput {
  return {
    code: 'PR-001',
    kind: 'factory',
    names: { 'zh-CN': '中日合作区标准厂房 A', en: 'China-Japan zone standard factory A' },
    areaCode: 'cjz',
    lat: 31.432,
    lng: 120.585,
    totalArea: 8000,
    availableArea: 5000,
    priceMin: 25,
    priceMax: 30,
    priceUnit: 'cny_per_m2_month',
    plotRatio: 2.3,
    contactName: '王伟',
    contactPhone: '+86 512 6000 0300',
    photos: ['https://example.com/factory-a.jpg'],
    lastUpdated: '2024-03-01',
    sample: true,
    ...overrides,
  };
}

/** The demo heatmap data every fake server starts with: three projects, two premises. */
export function demoProjects(): ProjectInput[] {
  return [
    aProject(),
    aProject({ code: 'P-2020-002', names: { 'zh-CN': '数字文化产业园', en: 'Digital culture park' }, industry: 'culture', amount: 12.25, year: 2020, areaCode: null }),
    aProject({ code: 'P-2021-001', names: { 'zh-CN': '生物医药加速器' }, industry: 'health', amount: 8, year: 2021, sample: false }),
  ];
}

export function demoPremises(): PremisesInput[] {
  return [
    aPremises(),
    aPremises({ code: 'PR-002', kind: 'land', names: { 'zh-CN': '高铁新城工业用地' }, totalArea: 60000, availableArea: 60000, priceMin: 45, priceMax: 50, priceUnit: 'cny_10k_per_mu', photos: [], sample: false }),
  ];
}

/** A CSV file as a spreadsheet program saves it. */
export function csvFile(name: string, rows: (string | number)[][]): File {
  const cell = (v: string | number) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  return new File([rows.map((r) => r.map(cell).join(',')).join('\r\n')], name, { type: 'text/csv' });
}
