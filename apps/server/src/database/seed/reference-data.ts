import type { AreaKind, Language, ReferenceKind, Translated } from '@zhaoshang/contracts';

// Demo data for Xiangcheng District (相城区), from the 2020 report in shared/seed. Everything
// district-specific is data: another district replaces these files or edits them in the console.

export type ReferenceSeed = { kind: ReferenceKind; code: string; names: Translated; group?: string; min?: number; max?: number };
export type AreaSeed = { code: string; kind: AreaKind; names: Translated; descriptions?: Translated; sample: boolean };
export type ConciergeSeed = {
  code: string;
  names: Translated;
  titles: Translated;
  bios: Translated;
  languages: Language[];
  industries: string[];
  areas: string[];
  phone: string;
  wechatId: string;
};

const n = (zh: string, en: string, ja: string): Translated => ({ 'zh-CN': zh, en, ja });

export const DISTRICT_NAME = n('苏州市相城区', 'Xiangcheng District, Suzhou', '蘇州市相城区');

// The "3+6" modern industry system: three leading industries and six future industries.
export const INDUSTRIES: ReferenceSeed[] = [
  { kind: 'industry', code: 'rnd', group: 'leading', names: n('大研发', 'Research & development', '研究開発') },
  { kind: 'industry', code: 'culture', group: 'leading', names: n('大文化', 'Culture', '文化') },
  { kind: 'industry', code: 'health', group: 'leading', names: n('大健康', 'Health', 'ヘルスケア') },
  { kind: 'industry', code: 'big_data', group: 'future', names: n('大数据', 'Big data', 'ビッグデータ') },
  { kind: 'industry', code: 'industrial_internet', group: 'future', names: n('工业互联网', 'Industrial internet', 'インダストリアルインターネット') },
  { kind: 'industry', code: 'fintech', group: 'future', names: n('科技金融', 'Fintech', 'フィンテック') },
  { kind: 'industry', code: 'intelligent_driving', group: 'future', names: n('智能驾驶', 'Intelligent driving', '自動運転') },
  { kind: 'industry', code: 'advanced_materials', group: 'future', names: n('先进材料', 'Advanced materials', '先端材料') },
  { kind: 'industry', code: 'biomedicine', group: 'future', names: n('生物医药', 'Biomedicine', 'バイオ医薬') },
];

export const POLICY_CATEGORIES: ReferenceSeed[] = [
  { kind: 'policyCategory', code: 'finance', names: n('金融支持', 'Finance', '金融支援') },
  { kind: 'policyCategory', code: 'talent', names: n('人才', 'Talent', '人材') },
  { kind: 'policyCategory', code: 'tax', names: n('税收', 'Tax', '税制') },
  { kind: 'policyCategory', code: 'land_premises', names: n('土地与载体', 'Land and premises', '用地・物件') },
  { kind: 'policyCategory', code: 'industry_support', names: n('产业扶持', 'Industry support', '産業支援') },
  { kind: 'policyCategory', code: 'rnd_innovation', names: n('研发创新', 'R&D and innovation', '研究開発・イノベーション') },
  { kind: 'policyCategory', code: 'foreign_investment', names: n('外商投资', 'Foreign investment', '外資誘致') },
  { kind: 'policyCategory', code: 'employment', names: n('稳岗用工', 'Employment', '雇用') },
];

export const ENTERPRISE_TYPES: ReferenceSeed[] = [
  { kind: 'enterpriseType', code: 'domestic', names: n('内资企业', 'Domestic enterprise', '国内企業') },
  { kind: 'enterpriseType', code: 'foreign_invested', names: n('外商投资企业', 'Foreign-invested enterprise', '外資系企業') },
  { kind: 'enterpriseType', code: 'hmt', names: n('港澳台投资企业', 'Hong Kong, Macao or Taiwan-invested enterprise', '香港・マカオ・台湾系企業') },
];

// bounds in 万元 (CNY 10,000)
export const AMOUNT_RANGES: ReferenceSeed[] = [
  { kind: 'amountRange', code: 'under_10m', max: 1000, names: n('1000万元以下', 'Under CNY 10 million', '1,000万元未満') },
  { kind: 'amountRange', code: '10m_50m', min: 1000, max: 5000, names: n('1000万–5000万元', 'CNY 10–50 million', '1,000万～5,000万元') },
  { kind: 'amountRange', code: '50m_100m', min: 5000, max: 10000, names: n('5000万–1亿元', 'CNY 50–100 million', '5,000万～1億元') },
  { kind: 'amountRange', code: '100m_500m', min: 10000, max: 50000, names: n('1亿–5亿元', 'CNY 100–500 million', '1億～5億元') },
  { kind: 'amountRange', code: '500m_1b', min: 50000, max: 100000, names: n('5亿–10亿元', 'CNY 500 million–1 billion', '5億～10億元') },
  { kind: 'amountRange', code: 'over_1b', min: 100000, names: n('10亿元以上', 'Over CNY 1 billion', '10億元以上') },
];

export const SPACE_KINDS: ReferenceSeed[] = [
  { kind: 'spaceKind', code: 'land', names: n('土地', 'Land', '用地') },
  { kind: 'spaceKind', code: 'factory', names: n('厂房', 'Factory', '工場') },
  { kind: 'spaceKind', code: 'office', names: n('楼宇', 'Office', 'オフィス') },
  { kind: 'spaceKind', code: 'rnd_space', names: n('研发社区空间', 'R&D community space', '研究開発コミュニティスペース') },
  { kind: 'spaceKind', code: 'none', names: n('暂不需要', 'No space needed yet', '現時点で不要') },
];

export const REFERENCE_ITEMS: ReferenceSeed[] = [...INDUSTRIES, ...POLICY_CATEGORIES, ...ENTERPRISE_TYPES, ...AMOUNT_RANGES, ...SPACE_KINDS];

/** The whole district: its outline frames the heatmap. */
export const DISTRICT_AREA: AreaSeed = {
  code: 'xiangcheng',
  kind: 'district',
  names: DISTRICT_NAME,
  descriptions: n(
    '位于苏州市北部，苏州高铁北站所在地；规划15条轨道交通线路、总长316.4公里。',
    'In the north of Suzhou, home of Suzhou North Railway Station; 15 metro lines (316.4 km) are planned.',
    '蘇州市北部に位置し、蘇州北駅の所在地。地下鉄15路線（計316.4km）が計画されています。',
  ),
  sample: false,
};

export const AREAS: AreaSeed[] = [
  { code: 'yuanhe', kind: 'street', names: n('元和街道', 'Yuanhe Subdistrict', '元和街道'), sample: false },
  { code: 'taiping', kind: 'street', names: n('太平街道', 'Taiping Subdistrict', '太平街道'), sample: false },
  { code: 'huangqiao', kind: 'street', names: n('黄桥街道', 'Huangqiao Subdistrict', '黄橋街道'), sample: false },
  { code: 'beiqiao', kind: 'street', names: n('北桥街道', 'Beiqiao Subdistrict', '北橋街道'), sample: false },
  { code: 'chengyang', kind: 'street', names: n('澄阳街道', 'Chengyang Subdistrict', '澄陽街道'), sample: false },
  { code: 'caohu', kind: 'street', names: n('漕湖街道', 'Caohu Subdistrict', '漕湖街道'), sample: false },
  { code: 'beihejing', kind: 'street', names: n('北河泾街道', 'Beihejing Subdistrict', '北河涇街道'), sample: false },
  { code: 'weitang', kind: 'town', names: n('渭塘镇', 'Weitang Town', '渭塘鎮'), sample: false },
  { code: 'wangting', kind: 'town', names: n('望亭镇', 'Wangting Town', '望亭鎮'), sample: false },
  { code: 'yangchenghu', kind: 'town', names: n('阳澄湖镇', 'Yangchenghu Town', '陽澄湖鎮'), sample: false },
  {
    code: 'xetdz',
    kind: 'zone',
    names: n('相城经济技术开发区', 'Xiangcheng Economic and Technological Development Zone', '相城経済技術開発区'),
    sample: false,
  },
  {
    code: 'hsr_new_town',
    kind: 'new_town',
    names: n('苏州高铁新城', 'Suzhou High-Speed Rail New Town', '蘇州高速鉄道新城'),
    descriptions: n(
      '以苏州高铁北站为核心，长三角国家级高铁枢纽所在地。',
      'Built around Suzhou North Railway Station, the hub of a national high-speed rail node in the Yangtze River Delta.',
      '蘇州北駅を中心とする、長江デルタの国家級高速鉄道ハブ。',
    ),
    sample: false,
  },
  {
    code: 'china_japan_zone',
    kind: 'cooperation_zone',
    names: n(
      '中日（苏州）地方发展合作示范区',
      'China-Japan (Suzhou) Local Development Cooperation Demonstration Zone',
      '中日（蘇州）地方発展協力モデル区',
    ),
    descriptions: n(
      '全国六个中日地方发展合作示范区之一。',
      'One of six China-Japan local development cooperation demonstration zones in China.',
      '全国に6つある中日地方発展協力モデル区の一つ。',
    ),
    sample: false,
  },
  {
    code: 'yrd_rnd_community',
    kind: 'rnd_community',
    names: n('长三角国际研发社区', 'Yangtze River Delta International R&D Community', '長江デルタ国際研究開発コミュニティ'),
    descriptions: n(
      '全区统筹建设的12个国际研发社区之首，研发社区项目容积率3.0以上。',
      'The first of the 12 international R&D communities the district is building; plot ratio 3.0 or more for R&D community projects.',
      '区が整備する12の国際研究開発コミュニティの筆頭。研究開発コミュニティ案件の容積率は3.0以上。',
    ),
    sample: false,
  },
];

// Sample concierge team: names and numbers are invented for the demo.
export const CONCIERGES: ConciergeSeed[] = [
  {
    code: 'c-wang-li',
    names: n('王丽', 'Wang Li', '王麗（ワン・リー）'),
    titles: n('招商专员（日资企业）', 'Investment officer, Japanese companies', '投資誘致担当（日系企業）'),
    bios: n('负责中日合作示范区项目，日语流利。', 'Looks after projects in the China-Japan cooperation zone; fluent in Japanese.', '中日協力モデル区の案件を担当。日本語が堪能です。'),
    languages: ['zh-CN', 'ja', 'en'],
    industries: ['advanced_materials', 'biomedicine', 'intelligent_driving'],
    areas: ['china_japan_zone', 'xetdz'],
    phone: '+86 512 0000 0101',
    wechatId: 'xc-concierge-wangli',
  },
  {
    code: 'c-chen-hao',
    names: n('陈浩', 'Chen Hao', '陳浩（チェン・ハオ）'),
    titles: n('招商专员（研发与大数据）', 'Investment officer, R&D and big data', '投資誘致担当（研究開発・ビッグデータ）'),
    bios: n('负责国际研发社区与大数据项目。', 'Looks after the international R&D communities and big-data projects.', '国際研究開発コミュニティとビッグデータ案件を担当。'),
    languages: ['zh-CN', 'en'],
    industries: ['rnd', 'big_data', 'industrial_internet'],
    areas: ['yrd_rnd_community', 'hsr_new_town'],
    phone: '+86 512 0000 0102',
    wechatId: 'xc-concierge-chenhao',
  },
  {
    code: 'c-zhou-min',
    names: n('周敏', 'Zhou Min', '周敏（ジョウ・ミン）'),
    titles: n('招商专员（大健康与生物医药）', 'Investment officer, health and biomedicine', '投資誘致担当（ヘルスケア・バイオ医薬）'),
    bios: n('负责大健康、生物医药项目落地服务。', 'Guides health and biomedicine projects from first contact to production.', 'ヘルスケア・バイオ医薬案件の立地を最初から最後まで支援します。'),
    languages: ['zh-CN', 'en', 'ja'],
    industries: ['health', 'biomedicine'],
    areas: ['xetdz', 'beiqiao'],
    phone: '+86 512 0000 0103',
    wechatId: 'xc-concierge-zhoumin',
  },
  {
    code: 'c-li-qiang',
    names: n('李强', 'Li Qiang', '李強（リー・チャン）'),
    titles: n('招商专员（科技金融与文化）', 'Investment officer, fintech and culture', '投資誘致担当（フィンテック・文化）'),
    bios: n('负责科技金融、区块链与文化产业项目。', 'Looks after fintech, blockchain and culture projects.', 'フィンテック、ブロックチェーン、文化産業の案件を担当。'),
    languages: ['zh-CN', 'en'],
    industries: ['fintech', 'culture'],
    areas: ['hsr_new_town', 'yuanhe'],
    phone: '+86 512 0000 0104',
    wechatId: 'xc-concierge-liqiang',
  },
  {
    code: 'c-sato-yuki',
    names: n('佐藤由纪', 'Yuki Sato', '佐藤由紀'),
    titles: n('日资企业服务顾问', 'Adviser for Japanese companies', '日系企業サポートアドバイザー'),
    bios: n('常驻中日合作示范区，为日资企业提供全程服务。', 'Based in the China-Japan cooperation zone, serving Japanese companies end to end.', '中日協力モデル区に常駐し、日系企業をワンストップで支援します。'),
    languages: ['ja', 'zh-CN'],
    industries: ['intelligent_driving', 'advanced_materials', 'health'],
    areas: ['china_japan_zone'],
    phone: '+86 512 0000 0105',
    wechatId: 'xc-concierge-sato',
  },
  {
    code: 'c-xu-jing',
    names: n('徐静', 'Xu Jing', '徐静（シュー・ジン）'),
    titles: n('招商专员（智能驾驶与工业互联网）', 'Investment officer, intelligent driving and industrial internet', '投資誘致担当（自動運転・インダストリアルインターネット）'),
    bios: n('负责车联网先导区与工业互联网标杆园区项目。', 'Looks after the connected-vehicle pilot zone and the G60 industrial-internet benchmark park.', '車両ネットワーク先導区とG60インダストリアルインターネット・モデルパークの案件を担当。'),
    languages: ['zh-CN', 'en'],
    industries: ['intelligent_driving', 'industrial_internet', 'big_data'],
    areas: ['xetdz', 'huangqiao', 'wangting'],
    phone: '+86 512 0000 0106',
    wechatId: 'xc-concierge-xujing',
  },
];
