import type { PremisesInput, ProjectInput } from '@zhaoshang/contracts';

let n = 0;

export function buildProject(overrides: Partial<ProjectInput> = {}): ProjectInput {
  n++;
  return {
    code: `T-P-${n}-${Date.now().toString(36)}`,
    names: { 'zh-CN': `测试项目 ${n}`, en: `Test project ${n}`, ja: `テストプロジェクト ${n}` },
    industry: 'biomedicine',
    amount: 12.5,
    year: 2021,
    lat: 31.4226,
    lng: 120.6429,
    areaCode: 'hsr_new_town',
    sample: false,
    ...overrides,
  };
}

export function buildPremises(overrides: Partial<PremisesInput> = {}): PremisesInput {
  n++;
  return {
    code: `T-PR-${n}-${Date.now().toString(36)}`,
    kind: 'factory',
    names: { 'zh-CN': `测试厂房 ${n}`, en: `Test factory ${n}` },
    areaCode: 'china_japan_zone',
    lat: 31.432,
    lng: 120.585,
    totalArea: 8000,
    availableArea: 5000,
    priceMin: 25,
    priceMax: 30,
    priceUnit: 'cny_per_m2_month',
    plotRatio: 2.3,
    contactName: '测试联系人',
    contactPhone: '+86 512 0000 0300',
    photos: ['https://example.com/factory.jpg'],
    lastUpdated: '2024-03-01',
    sample: false,
    ...overrides,
  };
}

/** A CSV file as the console uploads it. */
export function csvFile(filename: string, rows: (string | number)[][]): { filename: string; contentBase64: string } {
  const cell = (v: string | number) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  return { filename, contentBase64: Buffer.from(rows.map((r) => r.map(cell).join(',')).join('\r\n'), 'utf8').toString('base64') };
}
