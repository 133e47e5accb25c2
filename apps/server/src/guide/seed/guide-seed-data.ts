import type { GuideFaqInput, GuidePageKind, GuideStepInput, Language } from '@zhaoshang/contracts';

// The demo guide for Xiangcheng District, from shared/seed/xiangcheng-investment-2020.txt and
// PRODUCT.md. Articles and the FAQ state only the report's facts. The procedures' steps, offices,
// documents, durations and links are illustrative (the report names none): those pages are
// flagged `sample`, say so in their summary, and link only to example.com.

type Texts = { title: string; summary: string; body?: string; steps?: GuideStepInput[]; faqs?: GuideFaqInput[] };
export type GuideSeedNode = {
  key: string;
  kind: GuidePageKind;
  slug: string;
  sample?: boolean;
  texts: Record<Language, Texts>;
  pages?: GuideSeedNode[];
};

type PerLanguage<T> = Record<Language, T>;
const LANGS: Language[] = ['zh-CN', 'en', 'ja'];

type StepTexts = { title: string; description: string; office: string; duration: string; documents: string[] };

/** One step in three languages; links share their address, their titles are per language. */
function step(texts: PerLanguage<StepTexts>, links: { url: string; title: PerLanguage<string> }[] = []): PerLanguage<GuideStepInput> {
  return Object.fromEntries(LANGS.map((l) => [l, { ...texts[l], links: links.map((k) => ({ url: k.url, title: k.title[l] })) }])) as PerLanguage<GuideStepInput>;
}

const pick = <T>(items: PerLanguage<T>[], language: Language): T[] => items.map((i) => i[language]);

function faq(zh: [string, string], en: [string, string], ja: [string, string]): PerLanguage<GuideFaqInput> {
  return { 'zh-CN': { question: zh[0], answer: zh[1] }, en: { question: en[0], answer: en[1] }, ja: { question: ja[0], answer: ja[1] } };
}

const ONLINE_HALL = { url: 'https://example.com/sample/online-service-hall', title: { 'zh-CN': '网上办事大厅（示例链接）', en: 'Online service hall (sample link)', ja: 'オンライン行政窓口（サンプルリンク）' } };

const SAMPLE_NOTE: PerLanguage<string> = {
  'zh-CN': '<p><strong>示例内容：</strong>以下步骤、窗口、材料和办理时限仅为示例，请以主管部门的最新要求为准，并向您的店小二确认。</p>',
  en: '<p><strong>Sample content:</strong> the steps, offices, documents and durations below are illustrative. The authorities’ current requirements apply; check them with your concierge.</p>',
  ja: '<p><strong>サンプル内容：</strong>以下の手順・窓口・書類・所要期間は例示です。最新の要件は所管部門の定めによりますので、専属コンシェルジュにご確認ください。</p>',
};

// ---- procedures (sample) ----

const COMPANY_STEPS = [
  step({
    'zh-CN': { title: '项目洽谈与选址', description: '联系您的店小二，介绍投资项目，确认选址方向和可申请的政策。', office: '区投资促进部门（示例）', duration: '视项目而定', documents: ['项目简介', '投资方简介'] },
    en: { title: 'Discuss the project and the site', description: 'Contact your concierge, present the project, and settle the site and the policies you can apply for.', office: 'District investment promotion office (sample)', duration: 'Depends on the project', documents: ['Project outline', 'Investor profile'] },
    ja: { title: 'プロジェクトの相談と立地選定', description: '専属コンシェルジュに連絡し、投資プロジェクトを説明して、立地と申請できる政策を確認します。', office: '区投資促進部門（サンプル）', duration: 'プロジェクトによる', documents: ['プロジェクト概要', '投資者の概要'] },
  }),
  step(
    {
      'zh-CN': { title: '企业名称与设立登记', description: '提交企业名称和设立登记申请，领取营业执照。', office: '区政务服务中心 市场监管窗口（示例）', duration: '约 3 个工作日（示例）', documents: ['公司章程', '投资者主体资格证明', '法定代表人身份证明', '住所使用证明'] },
      en: { title: 'Register the company name and the company', description: 'File the company name and the registration, and receive the business licence.', office: 'District government service centre, market regulation window (sample)', duration: 'About 3 working days (sample)', documents: ['Articles of association', "Investor's certificate of incorporation", "Legal representative's ID", 'Proof of the registered address'] },
      ja: { title: '企業名称の申請と設立登記', description: '企業名称と設立登記を申請し、営業許可証を受け取ります。', office: '区行政サービスセンター 市場監督管理窓口（サンプル）', duration: '約3営業日（サンプル）', documents: ['定款', '投資者の資格証明', '法定代表者の身分証明', '所在地の使用証明'] },
    },
    [ONLINE_HALL],
  ),
  step({
    'zh-CN': { title: '刻制印章与银行开户', description: '刻制公司印章，在银行开立基本存款账户。', office: '公安备案的印章刻制单位、开户银行（示例）', duration: '约 2 个工作日（示例）', documents: ['营业执照', '法定代表人身份证明'] },
    en: { title: 'Company seals and bank account', description: "Have the company seals made and open the company's basic bank account.", office: 'Registered seal maker; your bank (sample)', duration: 'About 2 working days (sample)', documents: ['Business licence', "Legal representative's ID"] },
    ja: { title: '社印の作成と銀行口座の開設', description: '会社の印章を作成し、銀行で基本預金口座を開設します。', office: '登録済みの印章作成業者、取引銀行（サンプル）', duration: '約2営業日（サンプル）', documents: ['営業許可証', '法定代表者の身分証明'] },
  }),
  step(
    {
      'zh-CN': { title: '外汇登记', description: '办理外商投资企业的外汇登记，以便外方出资入账。', office: '开户银行（示例）', duration: '约 1 个工作日（示例）', documents: ['营业执照', '公司章程'] },
      en: { title: 'Foreign exchange registration', description: "Register the foreign-invested enterprise for foreign exchange, so the foreign investor's capital can be paid in.", office: 'Your bank (sample)', duration: 'About 1 working day (sample)', documents: ['Business licence', 'Articles of association'] },
      ja: { title: '外貨登記', description: '外資系企業の外貨登記を行い、外国側の出資金を受け入れられるようにします。', office: '取引銀行（サンプル）', duration: '約1営業日（サンプル）', documents: ['営業許可証', '定款'] },
    },
    [ONLINE_HALL],
  ),
  step({
    'zh-CN': { title: '税务、社保与公积金登记', description: '完成税务信息确认、发票申领，以及社会保险和住房公积金开户。', office: '区政务服务中心 税务与人社窗口（示例）', duration: '约 3 个工作日（示例）', documents: ['营业执照', '银行开户信息', '财务负责人信息'] },
    en: { title: 'Tax, social insurance and housing fund', description: 'Confirm the tax details, apply for invoices, and open the social insurance and housing fund accounts.', office: 'District government service centre, tax and human resources windows (sample)', duration: 'About 3 working days (sample)', documents: ['Business licence', 'Bank account details', 'Details of the finance manager'] },
    ja: { title: '税務・社会保険・住宅積立金の登録', description: '税務情報の確認と発票の申請、社会保険と住宅積立金の口座開設を行います。', office: '区行政サービスセンター 税務・人社窓口（サンプル）', duration: '約3営業日（サンプル）', documents: ['営業許可証', '銀行口座情報', '財務責任者の情報'] },
  }),
];

const LAND_STEPS = [
  step({
    'zh-CN': { title: '明确用地需求', description: '与店小二确认用地规模、产业类别和选址。工业用地项目建设容积率须在 2.3 以上，研发社区项目在 3.0 以上。', office: '区投资促进部门（示例）', duration: '视项目而定', documents: ['项目建议书', '用地需求说明'] },
    en: { title: 'Define the land you need', description: 'Settle the plot size, industry and location with your concierge. Industrial land projects must be built to a plot ratio of at least 2.3, R&D community projects at least 3.0.', office: 'District investment promotion office (sample)', duration: 'Depends on the project', documents: ['Project proposal', 'Statement of land needs'] },
    ja: { title: '用地ニーズの確認', description: '用地の規模、産業分野、立地を専属コンシェルジュと確認します。工業用地のプロジェクトは容積率2.3以上、研究開発コミュニティのプロジェクトは3.0以上で建設する必要があります。', office: '区投資促進部門（サンプル）', duration: 'プロジェクトによる', documents: ['プロジェクト提案書', '用地ニーズの説明'] },
  }),
  step({
    'zh-CN': { title: '项目准入评估', description: '相城严把建设项目准入关，对项目的投资强度、产出和资源集约利用进行评估。', office: '区发展改革与自然资源部门（示例）', duration: '约 10 个工作日（示例）', documents: ['项目可行性研究报告', '投资协议草案'] },
    en: { title: 'Project admission review', description: 'Xiangcheng checks every construction project before admission: investment intensity, output and efficient use of resources are assessed.', office: 'District development and natural resources departments (sample)', duration: 'About 10 working days (sample)', documents: ['Feasibility study', 'Draft investment agreement'] },
    ja: { title: 'プロジェクト参入審査', description: '相城区は建設プロジェクトの参入を厳しく審査し、投資強度・産出・資源の集約的利用を評価します。', office: '区発展改革・自然資源部門（サンプル）', duration: '約10営業日（サンプル）', documents: ['フィージビリティスタディ報告書', '投資協定書の草案'] },
  }),
  step(
    {
      'zh-CN': { title: '参加土地公开出让', description: '地块按规定公开出让（挂牌），企业报名参与竞买。', office: '区自然资源部门、公共资源交易中心（示例）', duration: '挂牌期约 20 天（示例）', documents: ['竞买申请书', '营业执照', '竞买保证金缴纳凭证'] },
      en: { title: 'Bid in the public land sale', description: 'The plot is offered in a public listing; the company registers and bids.', office: 'District natural resources department, public resources trading centre (sample)', duration: 'Listing period about 20 days (sample)', documents: ['Bid application', 'Business licence', 'Proof of the bid deposit'] },
      ja: { title: '土地の公開譲渡への参加', description: '用地は規定に従い公開譲渡（掲示）され、企業は申し込んで入札に参加します。', office: '区自然資源部門、公共資源取引センター（サンプル）', duration: '掲示期間 約20日（サンプル）', documents: ['入札申込書', '営業許可証', '入札保証金の納付証明'] },
    },
    [ONLINE_HALL],
  ),
  step({
    'zh-CN': { title: '签订出让合同并缴纳出让金', description: '竞得后签订国有建设用地使用权出让合同，按合同缴纳土地出让金和税费。', office: '区自然资源部门（示例）', duration: '按合同约定', documents: ['成交确认书', '出让合同'] },
    en: { title: 'Sign the land contract and pay', description: 'After winning, sign the land use right contract and pay the land premium and taxes as agreed.', office: 'District natural resources department (sample)', duration: 'As agreed in the contract', documents: ['Confirmation of the sale', 'Land use right contract'] },
    ja: { title: '譲渡契約の締結と譲渡金の納付', description: '落札後、国有建設用地使用権の譲渡契約を締結し、契約に従って土地譲渡金と税費を納付します。', office: '区自然資源部門（サンプル）', duration: '契約による', documents: ['成約確認書', '譲渡契約書'] },
  }),
  step(
    {
      'zh-CN': { title: '办理不动产权证', description: '缴清款项后申请不动产登记，领取不动产权证书。', office: '区不动产登记中心（示例）', duration: '约 5 个工作日（示例）', documents: ['出让合同', '缴款凭证', '营业执照'] },
      en: { title: 'Obtain the property certificate', description: 'Once paid, apply for real estate registration and receive the property certificate.', office: 'District real estate registration centre (sample)', duration: 'About 5 working days (sample)', documents: ['Land use right contract', 'Proof of payment', 'Business licence'] },
      ja: { title: '不動産権利証の取得', description: '支払い完了後に不動産登記を申請し、不動産権利証を受け取ります。', office: '区不動産登記センター（サンプル）', duration: '約5営業日（サンプル）', documents: ['譲渡契約書', '納付証明', '営業許可証'] },
    },
    [ONLINE_HALL],
  ),
];

const APPROVAL_STEPS = [
  step(
    {
      'zh-CN': { title: '企业投资项目备案', description: '在线填报项目基本情况，完成企业投资项目备案。', office: '区发展改革部门（示例）', duration: '约 1 个工作日（示例）', documents: ['项目基本情况', '营业执照'] },
      en: { title: 'Record the investment project', description: "Fill in the project's basic details online to put the enterprise investment project on record.", office: 'District development and reform department (sample)', duration: 'About 1 working day (sample)', documents: ['Basic project details', 'Business licence'] },
      ja: { title: '企業投資プロジェクトの届出', description: 'プロジェクトの基本情報をオンラインで入力し、企業投資プロジェクトの届出を行います。', office: '区発展改革部門（サンプル）', duration: '約1営業日（サンプル）', documents: ['プロジェクトの基本情報', '営業許可証'] },
    },
    [ONLINE_HALL],
  ),
  step({
    'zh-CN': { title: '建设用地与工程规划许可', description: '申请建设用地规划许可和建设工程规划许可，确认设计方案符合容积率等规划条件。', office: '区自然资源与规划部门（示例）', duration: '约 10 个工作日（示例）', documents: ['设计方案', '不动产权证书'] },
    en: { title: 'Planning permits for the land and the building', description: 'Apply for the land-use and construction planning permits; the design must meet the planning conditions such as the plot ratio.', office: 'District natural resources and planning department (sample)', duration: 'About 10 working days (sample)', documents: ['Design scheme', 'Property certificate'] },
    ja: { title: '建設用地・建設工事の計画許可', description: '建設用地計画許可と建設工事計画許可を申請し、設計案が容積率などの計画条件を満たすことを確認します。', office: '区自然資源・計画部門（サンプル）', duration: '約10営業日（サンプル）', documents: ['設計案', '不動産権利証'] },
  }),
  step({
    'zh-CN': { title: '施工许可', description: '施工图审查合格、施工单位确定后，申请建筑工程施工许可。', office: '区住房和城乡建设部门（示例）', duration: '约 5 个工作日（示例）', documents: ['施工图审查合格书', '施工合同', '工程规划许可证'] },
    en: { title: 'Construction permit', description: 'Once the construction drawings have passed review and the contractor is chosen, apply for the construction permit.', office: 'District housing and construction department (sample)', duration: 'About 5 working days (sample)', documents: ['Drawing review certificate', 'Construction contract', 'Construction planning permit'] },
    ja: { title: '施工許可', description: '施工図の審査に合格し施工業者が決まったら、建築工事施工許可を申請します。', office: '区住宅・都市農村建設部門（サンプル）', duration: '約5営業日（サンプル）', documents: ['施工図審査合格書', '施工契約書', '建設工事計画許可証'] },
  }),
  step(
    {
      'zh-CN': { title: '竣工验收与投产', description: '工程完工后组织联合验收，通过后投入使用；店小二跟进到项目投产。', office: '区住房和城乡建设部门（示例）', duration: '约 10 个工作日（示例）', documents: ['竣工验收报告', '各专项验收意见'] },
      en: { title: 'Completion acceptance and start of production', description: 'When the works are complete, the joint acceptance inspection follows; once passed, the building can be used. Your concierge follows the project until production starts.', office: 'District housing and construction department (sample)', duration: 'About 10 working days (sample)', documents: ['Completion acceptance report', 'Opinions of the specialised inspections'] },
      ja: { title: '竣工検収と操業開始', description: '工事完了後に合同検収を行い、合格すれば使用を開始できます。専属コンシェルジュが操業開始までフォローします。', office: '区住宅・都市農村建設部門（サンプル）', duration: '約10営業日（サンプル）', documents: ['竣工検収報告書', '各専門検収の意見書'] },
    },
    [ONLINE_HALL],
  ),
];

// ---- FAQ (facts from the seed) ----

const FAQS = [
  faq(
    ['招商小程序有哪些语言？', '中文、英文和日文三种语言。小程序集合投资热力图、政策通、投资意向交互平台、投资指南和联系“店小二”五大功能。'],
    ['Which languages is the Invest mini-program in?', 'Chinese, English and Japanese. It brings together five features: the investment heatmap, the policy finder, the investment intent platform, the investment guide and a one-tap contact to your concierge.'],
    ['投資誘致ミニプログラムは何語に対応していますか？', '中国語・英語・日本語の3言語です。投資ヒートマップ、政策ナビ、投資意向プラットフォーム、投資ガイド、専属コンシェルジュへの連絡の5つの機能があります。'],
  ),
  faq(
    ['什么是“店小二”？', '“店小二”是一位有名有姓的服务专员，从首次接触到项目投产全程服务一家企业。提交投资意向后，您会看到负责您的店小二。'],
    ['What is a concierge (店小二)?', 'A named official who looks after one enterprise from the first contact until production starts. Once you submit an investment intent, you see who your concierge is.'],
    ['専属コンシェルジュ（店小二）とは何ですか？', '最初の接触から操業開始まで一つの企業を担当する、名前のある担当職員です。投資意向を提出すると、担当の専属コンシェルジュが表示されます。'],
  ),
  faq(
    ['相城重点发展哪些产业？', '“3+6”现代产业体系：大研发、大文化、大健康三大主导产业，以及大数据、工业互联网、科技金融、智能驾驶、先进材料、生物医药六大未来产业。'],
    ['Which industries does Xiangcheng focus on?', 'The "3+6" system: three leading industries (R&D, culture, health) and six future industries (big data, industrial internet, fintech, intelligent driving, advanced materials, biomedicine).'],
    ['相城区が重点的に発展させている産業は？', '「3+6」現代産業体系です。研究開発・文化・健康の3つの主導産業と、ビッグデータ・産業インターネット・フィンテック・自動運転・先端材料・バイオ医薬の6つの未来産業です。'],
  ),
  faq(
    ['有哪些政府支持的信贷产品？', '“相科贷”“相知贷”“人才贷”“高企贷”等政府支持类信贷融资产品，详见政策通中的金融类政策。'],
    ['Are there government-backed loans?', 'Yes: government-backed credit products such as Xiangkedai, Xiangzhidai, talent loans and high-tech enterprise loans. See the finance policies in the policy finder.'],
    ['政府が支援する融資商品はありますか？', '「相科貸」「相知貸」「人材貸」「高企貸」など政府支援型の融資商品があります。政策ナビの金融カテゴリーをご覧ください。'],
  ),
  faq(
    ['对外资企业有哪些支持政策？', '包括《关于开放再出发的若干政策意见》和“惠外”10条等。您可以在政策通中按“外资企业”匹配可申请的政策。'],
    ['What support is there for foreign-invested companies?', 'Among others, the Opinions on a New Start in Opening Up and the Huiwai 10 Measures. In the policy finder, match your enterprise as foreign-invested to see what you can apply for.'],
    ['外資系企業向けの支援政策は？', '『開放再出発に関する若干の政策意見』や「恵外」10条などがあります。政策ナビで外資系企業として条件を入力すると、申請できる政策が分かります。'],
  ),
  faq(
    ['苏州高铁北站有什么优势？', '苏州高铁北站被列为江苏省加快推进建设的两个综合交通枢纽之一，相城正加快打造长三角国家级高铁枢纽。'],
    ['What makes Suzhou North Railway Station important?', 'It is one of the two comprehensive transport hubs Jiangsu Province is speeding up, and Xiangcheng is building it into a national high-speed rail hub of the Yangtze River Delta.'],
    ['蘇州北駅の強みは何ですか？', '江蘇省が建設を加速する2つの総合交通ハブの一つに位置づけられ、相城区は長江デルタの国家級高速鉄道ハブとして整備を進めています。'],
  ),
  faq(
    ['相城的地铁规划如何？', '全区规划地铁线 15 条、总长 316.4 公里，陆地密度达每平方公里 1 公里以上。'],
    ['What is the metro plan?', '15 metro lines are planned in the district, 316.4 km in total: more than 1 km of line per km² of land.'],
    ['地下鉄の計画は？', '区内に地下鉄15路線、総延長316.4kmが計画されており、陸地1km²あたり1km以上の密度になります。'],
  ),
  faq(
    ['工业用地和研发社区的容积率要求是多少？', '工业用地项目建设容积率 2.3 以上，研发社区项目容积率 3.0 以上。'],
    ['What plot ratio must a project reach?', 'At least 2.3 for industrial land projects and at least 3.0 for R&D community projects.'],
    ['容積率の要件は？', '工業用地のプロジェクトは2.3以上、研究開発コミュニティのプロジェクトは3.0以上です。'],
  ),
  faq(
    ['什么是中日（苏州）地方发展合作示范区？', '相城规划建设的中日（苏州）地方发展合作示范区，是全国六个中日地方发展合作示范区之一。'],
    ['What is the China-Japan (Suzhou) Local Development Cooperation Demonstration Zone?', 'A zone Xiangcheng is planning and building; it is one of six China-Japan local development cooperation demonstration zones in China.'],
    ['中日（蘇州）地方発展協力モデル区とは？', '相城区が計画・建設しているモデル区で、全国に6つある中日地方発展協力モデル区の一つです。'],
  ),
  faq(
    ['国际学校和酒店的规划情况？', '全区规划 30 所以上国际学校、50 个以上高端国际酒店。'],
    ['Are there international schools and hotels?', 'The district plans more than 30 international schools and more than 50 high-end international hotels.'],
    ['インターナショナルスクールやホテルは？', '区内にインターナショナルスクール30校以上、高級国際ホテル50軒以上が計画されています。'],
  ),
  faq(
    ['如何开始投资洽谈？', '在小程序中提交投资意向（公司、联系人、产业、金额、用地需求等），系统会立即分配店小二，并告诉您答复期限。'],
    ['How do I start talking about an investment?', 'Submit an investment intent in the mini-program (company, contact, industry, amount, space needed and so on). A concierge is assigned at once and you see when to expect a reply.'],
    ['投資の相談はどう始めればよいですか？', 'ミニプログラムで投資意向（会社、連絡先、産業、金額、必要なスペースなど）を提出してください。すぐに専属コンシェルジュが割り当てられ、回答期限が表示されます。'],
  ),
];

const article = (key: string, slug: string, texts: Record<Language, Texts>): GuideSeedNode => ({ key, kind: 'article', slug, texts });

export const GUIDE_SEEDS: GuideSeedNode[] = [
  {
    key: 'guide.glance',
    kind: 'section',
    slug: 'district-at-a-glance',
    texts: {
      'zh-CN': { title: '相城概览', summary: '苏州市域地理中心，融入长三角一体化发展的前沿。' },
      en: { title: 'Xiangcheng at a glance', summary: 'The geographic centre of Suzhou, at the forefront of Yangtze River Delta integration.' },
      ja: { title: '相城区の概要', summary: '蘇州市域の地理的中心、長江デルタ一体化発展の最前線。' },
    },
    pages: [
      article('guide.glance.overview', 'xiangcheng-overview', {
        'zh-CN': {
          title: '相城区简介',
          summary: '地处苏州市域地理中心和铁路“双十字”枢纽，2020 年 1–5 月引进产业项目 198 个、投资总额 664.97 亿元。',
          body: '<p>相城区位于苏州市域地理中心，拥有铁路“双十字”枢纽等战略性优势，被国家《长江三角洲区域一体化发展规划纲要》列为支持与虹桥等省际毗邻区域开展深度合作地区。</p><h3>投资数据（2020 年 1–5 月）</h3><ul><li>累计引进产业项目 198 个，投资总额 664.97 亿元，同比增长 10.2%</li><li>聚焦 55 个省市区重点项目</li><li>一般公共预算收入增长 6.5%，增幅位列苏州大市第一</li></ul><h3>政策</h3><p>实施《关于开放再出发的若干政策意见》《人才引领高质量发展若干扶持政策》等系列政策，出台相“惠”16 条、“惠外”10 条、支持企业用工 8 条、关爱人才 6 条。各项政策可在政策通中查询。</p>',
        },
        en: {
          title: 'About Xiangcheng District',
          summary: "At Suzhou's geographic centre and its railway “double cross” hub; from January to May 2020, 198 industrial projects with a total investment of CNY 66.497 billion.",
          body: '<p>Xiangcheng District lies at the geographic centre of Suzhou and at its railway “double cross” hub. The national Outline of the Integrated Development of the Yangtze River Delta lists it among the areas supported in deep cooperation with neighbouring areas across provincial borders such as Hongqiao.</p><h3>Investment (January–May 2020)</h3><ul><li>198 industrial projects introduced, total investment CNY 66.497 billion (664.97 亿元), up 10.2% year on year</li><li>55 key provincial, city and district projects</li><li>General public budget revenue up 6.5%, the highest growth in Suzhou</li></ul><h3>Policies</h3><p>Xiangcheng implements the Opinions on a New Start in Opening Up, the Talent-led High-quality Development Support Policies and further measures: the Xianghui 16 Measures, the Huiwai 10 Measures, 8 measures supporting employment and 6 measures caring for talent. Find them all in the policy finder.</p>',
        },
        ja: {
          title: '相城区について',
          summary: '蘇州市域の地理的中心、鉄道「ダブルクロス」ハブに位置。2020年1～5月に産業プロジェクト198件、投資総額664.97億元。',
          body: '<p>相城区は蘇州市域の地理的中心に位置し、鉄道「ダブルクロス」ハブなどの戦略的優位性を持ちます。国の『長江デルタ地域一体化発展計画綱要』で、虹橋など省をまたぐ隣接地域との深い協力を支援する地区に位置づけられています。</p><h3>投資実績（2020年1～5月）</h3><ul><li>産業プロジェクト198件を誘致、投資総額664.97億元（前年同期比10.2%増）</li><li>省・市・区の重点プロジェクト55件に注力</li><li>一般公共予算収入は6.5%増で、伸び率は蘇州市内で第1位</li></ul><h3>政策</h3><p>『開放再出発に関する若干の政策意見』『人材主導による質の高い発展の若干の支援政策』などのシリーズ政策を実施し、相「恵」16条、「恵外」10条、企業の雇用支援8条、人材ケア6条を打ち出しています。各政策は政策ナビで検索できます。</p>',
        },
      }),
      article('guide.glance.service', 'concierge-service', {
        'zh-CN': {
          title: '“店小二”式服务',
          summary: '每家企业都有一位有名有姓的店小二，从首次接触服务到项目投产。',
          body: '<p>相城以“店小二”精神为企业提供细致、高效、全面的服务：每家企业都有一位有名有姓的服务专员，从首次接触到项目投产全程跟进。</p><p>相城已召开拟上市公司企业家沙龙、日资企业沙龙、外贸企业沙龙等 20 多场沙龙活动，并推出中、英、日三语版本的在线招商小程序，集合投资热力图、政策通、投资意向交互平台、投资指南和联系“店小二”五大功能。</p>',
        },
        en: {
          title: 'Service with a concierge',
          summary: 'Every enterprise has a named concierge, from the first contact until production starts.',
          body: '<p>Xiangcheng serves enterprises in the spirit of the “店小二”: attentive, efficient and complete. Every enterprise has a named official who follows it from the first contact until production starts.</p><p>The district has held more than 20 salons, among them for companies preparing to list, for Japanese companies and for foreign-trade companies, and launched this Invest mini-program in Chinese, English and Japanese with five features: the investment heatmap, the policy finder, the investment intent platform, the investment guide and a one-tap contact to your concierge.</p>',
        },
        ja: {
          title: '専属コンシェルジュによるサービス',
          summary: 'すべての企業に名前のある専属コンシェルジュが付き、最初の接触から操業開始まで担当します。',
          body: '<p>相城区は「店小二」の精神で、きめ細かく、効率的で、行き届いたサービスを企業に提供します。すべての企業に名前のある担当職員が付き、最初の接触から操業開始までフォローします。</p><p>上場準備企業、日系企業、貿易企業などを対象としたサロンを20回以上開催し、中国語・英語・日本語の投資誘致ミニプログラムを公開しました。投資ヒートマップ、政策ナビ、投資意向プラットフォーム、投資ガイド、専属コンシェルジュへの連絡の5つの機能を備えています。</p>',
        },
      }),
    ],
  },
  {
    key: 'guide.transport',
    kind: 'section',
    slug: 'location-and-transport',
    texts: {
      'zh-CN': { title: '区位与交通', summary: '苏州高铁北站与规划中的 15 条地铁线。' },
      en: { title: 'Location and transport', summary: 'Suzhou North Railway Station and 15 planned metro lines.' },
      ja: { title: '立地と交通', summary: '蘇州北駅と計画中の地下鉄15路線。' },
    },
    pages: [
      article('guide.transport.station', 'suzhou-north-station', {
        'zh-CN': {
          title: '苏州高铁北站',
          summary: '江苏省加快推进建设的两个综合交通枢纽之一。',
          body: '<p>苏州高铁北站被《〈长江三角洲区域一体化发展规划纲要〉江苏实施方案》列为江苏省加快推进建设的两个综合交通枢纽之一；“苏州高铁北站扩容提升工程”等 8 条建议对接纳入《虹桥国际开放枢纽总体方案》。</p><p>相城发挥位于苏州市域地理中心和铁路“双十字”枢纽的优势，加快打造长三角国家级高铁枢纽。</p>',
        },
        en: {
          title: 'Suzhou North Railway Station',
          summary: 'One of the two comprehensive transport hubs Jiangsu Province is speeding up.',
          body: "<p>Jiangsu's plan for implementing the Yangtze River Delta integration outline lists Suzhou North Railway Station as one of the province's two comprehensive transport hubs to be built faster, and eight proposals, among them the station's expansion, are part of the master plan of the Hongqiao International Open Hub.</p><p>Building on its place at Suzhou's geographic centre and its railway “double cross” hub, Xiangcheng is developing a national high-speed rail hub of the Yangtze River Delta.</p>",
        },
        ja: {
          title: '蘇州北駅',
          summary: '江蘇省が建設を加速する2つの総合交通ハブの一つ。',
          body: '<p>蘇州北駅は『〈長江デルタ地域一体化発展計画綱要〉江蘇実施方案』で、江蘇省が建設を加速する2つの総合交通ハブの一つに位置づけられました。「蘇州北駅拡張・機能向上プロジェクト」など8件の提案が『虹橋国際開放ハブ総体方案』に盛り込まれています。</p><p>相城区は蘇州市域の地理的中心と鉄道「ダブルクロス」ハブという優位性を生かし、長江デルタの国家級高速鉄道ハブの整備を加速しています。</p>',
        },
      }),
      article('guide.transport.metro', 'metro-plan', {
        'zh-CN': {
          title: '轨道交通规划',
          summary: '规划地铁线 15 条、总长 316.4 公里。',
          body: '<p>坚持国际一流的规划引领，全区规划地铁线 <strong>15 条</strong>、总长 <strong>316.4 公里</strong>，陆地密度达每平方公里 1 公里以上。</p>',
        },
        en: {
          title: 'The metro plan',
          summary: '15 metro lines planned, 316.4 km in total.',
          body: '<p>Planned to international standards, the district is to have <strong>15 metro lines</strong> totalling <strong>316.4 km</strong>: more than 1 km of line per km² of land.</p>',
        },
        ja: {
          title: '軌道交通計画',
          summary: '地下鉄15路線、総延長316.4kmを計画。',
          body: '<p>国際一流の計画に基づき、区内に地下鉄<strong>15路線</strong>、総延長<strong>316.4km</strong>を計画しています。陸地1km²あたり1km以上の密度です。</p>',
        },
      }),
    ],
  },
  {
    key: 'guide.industries',
    kind: 'section',
    slug: 'industries',
    texts: {
      'zh-CN': { title: '“3+6”产业', summary: '三大主导产业与六大未来产业，以及省级、国家级产业平台。' },
      en: { title: 'The "3+6" industries', summary: 'Three leading and six future industries, with provincial and national platforms.' },
      ja: { title: '「3+6」産業', summary: '3つの主導産業と6つの未来産業、省級・国家級の産業プラットフォーム。' },
    },
    pages: [
      article('guide.industries.system', 'industry-system', {
        'zh-CN': {
          title: '“3+6”现代产业体系',
          summary: '大研发、大文化、大健康，以及大数据、工业互联网、科技金融、智能驾驶、先进材料、生物医药。',
          body: '<h3>三大主导产业</h3><ul><li>大研发</li><li>大文化</li><li>大健康</li></ul><h3>六大未来产业</h3><ul><li>大数据</li><li>工业互联网</li><li>科技金融</li><li>智能驾驶</li><li>先进材料</li><li>生物医药</li></ul><p>相城确立三大产业的主导地位，不断增创六大未来产业的引领优势，前瞻构建“3+6”现代产业体系。</p>',
        },
        en: {
          title: 'The "3+6" modern industrial system',
          summary: 'R&D, culture and health; big data, industrial internet, fintech, intelligent driving, advanced materials and biomedicine.',
          body: '<h3>Three leading industries</h3><ul><li>Research and development</li><li>Culture</li><li>Health</li></ul><h3>Six future industries</h3><ul><li>Big data</li><li>Industrial internet</li><li>Fintech</li><li>Intelligent driving</li><li>Advanced materials</li><li>Biomedicine</li></ul><p>Xiangcheng anchors the three leading industries and builds its lead in the six future industries: the "3+6" modern industrial system.</p>',
        },
        ja: {
          title: '「3+6」現代産業体系',
          summary: '研究開発・文化・健康、そしてビッグデータ・産業インターネット・フィンテック・自動運転・先端材料・バイオ医薬。',
          body: '<h3>3つの主導産業</h3><ul><li>研究開発</li><li>文化</li><li>健康</li></ul><h3>6つの未来産業</h3><ul><li>ビッグデータ</li><li>産業インターネット</li><li>フィンテック</li><li>自動運転</li><li>先端材料</li><li>バイオ医薬</li></ul><p>相城区は3つの産業の主導的地位を確立し、6つの未来産業の優位性を高め、「3+6」現代産業体系を構築しています。</p>',
        },
      }),
      article('guide.industries.platforms', 'industry-platforms', {
        'zh-CN': {
          title: '产业平台',
          summary: '江苏省首批车联网先导区、江苏省唯一区块链产业发展集聚区等。',
          body: '<ul><li>江苏省首批车联网先导区</li><li>江苏省创业投资集聚发展示范区</li><li>长三角 G60 科创走廊工业互联网标杆园区</li><li>江苏省唯一区块链产业发展集聚区</li></ul><p>目前正加快打造国家级区块链发展先行示范区、国家级车联网先导区。</p>',
        },
        en: {
          title: 'Industry platforms',
          summary: "Among Jiangsu's first connected-vehicle pilot zones, and Jiangsu's only blockchain industry cluster.",
          body: "<ul><li>One of Jiangsu's first connected-vehicle pilot zones</li><li>Jiangsu venture capital cluster demonstration zone</li><li>Industrial internet benchmark park of the Yangtze River Delta G60 Science and Innovation Corridor</li><li>Jiangsu's only blockchain industry development cluster</li></ul><p>The district is now building a national blockchain pilot demonstration zone and a national connected-vehicle pilot zone.</p>",
        },
        ja: {
          title: '産業プラットフォーム',
          summary: '江蘇省初の車載ネットワーク先導区、江蘇省唯一のブロックチェーン産業集積区など。',
          body: '<ul><li>江蘇省初の車載ネットワーク（コネクテッドカー）先導区</li><li>江蘇省ベンチャー投資集積発展モデル区</li><li>長江デルタG60科学技術イノベーション回廊 産業インターネット・ベンチマークパーク</li><li>江蘇省唯一のブロックチェーン産業発展集積区</li></ul><p>現在、国家級ブロックチェーン発展先行モデル区と国家級車載ネットワーク先導区の整備を加速しています。</p>',
        },
      }),
    ],
  },
  {
    key: 'guide.carriers',
    kind: 'section',
    slug: 'carriers',
    texts: {
      'zh-CN': { title: '产业载体', summary: '中日（苏州）地方发展合作示范区与 12 个国际研发社区。' },
      en: { title: 'Carriers: zones and R&D communities', summary: 'The China-Japan (Suzhou) Local Development Cooperation Demonstration Zone and 12 international R&D communities.' },
      ja: { title: '産業の拠点', summary: '中日（蘇州）地方発展協力モデル区と12の国際研究開発コミュニティ。' },
    },
    pages: [
      article('guide.carriers.cjz', 'china-japan-zone', {
        'zh-CN': {
          title: '中日（苏州）地方发展合作示范区',
          summary: '全国六个中日地方发展合作示范区之一。',
          body: '<p>相城规划建设中日（苏州）地方发展合作示范区，获批全国六个中日地方发展合作示范区之一。相城已举办日资企业沙龙，日资企业可通过日文版小程序联系会说日语的店小二。</p>',
        },
        en: {
          title: 'China-Japan (Suzhou) Local Development Cooperation Demonstration Zone',
          summary: 'One of six China-Japan local development cooperation demonstration zones in China.',
          body: '<p>Xiangcheng is planning and building the China-Japan (Suzhou) Local Development Cooperation Demonstration Zone, approved as one of six such zones in China. The district holds salons for Japanese companies, and Japanese companies can reach a Japanese-speaking concierge through the Japanese version of this mini-program.</p>',
        },
        ja: {
          title: '中日（蘇州）地方発展協力モデル区',
          summary: '全国に6つある中日地方発展協力モデル区の一つ。',
          body: '<p>相城区は中日（蘇州）地方発展協力モデル区を計画・建設しており、全国6つの中日地方発展協力モデル区の一つとして承認されています。日系企業向けのサロンも開催しており、日本語版ミニプログラムから日本語を話す専属コンシェルジュに連絡できます。</p>',
        },
      }),
      article('guide.carriers.rnd', 'international-rnd-communities', {
        'zh-CN': {
          title: '国际研发社区',
          summary: '以长三角国际研发社区为首的 12 个国际研发社区。',
          body: '<p>相城统筹推进长三角国际研发社区等 <strong>12 个国际研发社区</strong>建设，打造“人无我有、人有我优、人优我特”的产业发展平台。</p><h3>用地标准</h3><ul><li>工业用地项目建设容积率 2.3 以上</li><li>研发社区项目容积率 3.0 以上</li></ul><p>相城加快土地腾退和地块上市，随时做好高端项目落地的空间准备。可用的土地、厂房和楼宇见投资热力图。</p>',
        },
        en: {
          title: 'International R&D communities',
          summary: '12 international R&D communities, led by the Yangtze River Delta International R&D Community.',
          body: '<p>Xiangcheng is building <strong>12 international R&D communities</strong>, the Yangtze River Delta International R&D Community first among them: platforms that offer what others do not, better where others offer it too.</p><h3>Land standards</h3><ul><li>Industrial land projects: plot ratio at least 2.3</li><li>R&D community projects: plot ratio at least 3.0</li></ul><p>The district is speeding up the freeing and listing of land plots, so space is ready when a high-end project arrives. See available land, factories and offices on the investment heatmap.</p>',
        },
        ja: {
          title: '国際研究開発コミュニティ',
          summary: '長江デルタ国際研究開発コミュニティをはじめとする12の国際研究開発コミュニティ。',
          body: '<p>相城区は長江デルタ国際研究開発コミュニティなど<strong>12の国際研究開発コミュニティ</strong>の建設を進め、独自性と優位性のある産業発展プラットフォームを整備しています。</p><h3>用地基準</h3><ul><li>工業用地のプロジェクト：容積率2.3以上</li><li>研究開発コミュニティのプロジェクト：容積率3.0以上</li></ul><p>用地の整理と供給を加速し、ハイエンドプロジェクトの立地にいつでも対応できるよう準備しています。利用可能な物件（用地・工場・オフィス）は投資ヒートマップでご覧いただけます。</p>',
        },
      }),
    ],
  },
  {
    key: 'guide.living',
    kind: 'section',
    slug: 'living',
    texts: {
      'zh-CN': { title: '生活配套', summary: '国际学校、高端国际酒店与文化设施。' },
      en: { title: 'Living', summary: 'International schools, high-end hotels and culture venues.' },
      ja: { title: '生活環境', summary: 'インターナショナルスクール、高級国際ホテル、文化施設。' },
    },
    pages: [
      article('guide.living.international', 'international-living', {
        'zh-CN': {
          title: '学校、酒店与文化设施',
          summary: '规划 30 所以上国际学校、50 个以上高端国际酒店。',
          body: '<h3>国际学校</h3><p>全区规划 30 所以上国际学校。</p><h3>酒店</h3><p>全区规划 50 个以上高端国际酒店，苏州市国际会议酒店正在建设中。</p><h3>文化设施</h3><p>正全力推进国际会展中心、国际文化体育艺术中心、大剧院、美术馆、图书馆等一批高端功能设施项目建设。</p>',
        },
        en: {
          title: 'Schools, hotels and culture',
          summary: 'More than 30 international schools and 50 high-end international hotels planned.',
          body: '<h3>International schools</h3><p>More than 30 international schools are planned in the district.</p><h3>Hotels</h3><p>More than 50 high-end international hotels are planned; the Suzhou International Conference Hotel is under construction.</p><h3>Culture venues</h3><p>Under way: an international convention and exhibition centre, an international culture, sports and arts centre, a grand theatre, an art museum and a library.</p>',
        },
        ja: {
          title: '学校・ホテル・文化施設',
          summary: 'インターナショナルスクール30校以上、高級国際ホテル50軒以上を計画。',
          body: '<h3>インターナショナルスクール</h3><p>区内にインターナショナルスクール30校以上を計画しています。</p><h3>ホテル</h3><p>高級国際ホテル50軒以上を計画しており、蘇州市国際会議ホテルを建設中です。</p><h3>文化施設</h3><p>国際コンベンション・展示センター、国際文化スポーツ芸術センター、大劇場、美術館、図書館などのハイエンド機能施設の建設を進めています。</p>',
        },
      }),
    ],
  },
  {
    key: 'guide.procedures',
    kind: 'section',
    slug: 'procedures',
    texts: {
      'zh-CN': { title: '办事指南', summary: '设立外商投资企业、获取土地、项目审批的步骤。' },
      en: { title: 'Procedures', summary: 'Step by step: setting up a foreign-invested company, acquiring land, project approval.' },
      ja: { title: '手続きガイド', summary: '外資系企業の設立、用地の取得、プロジェクト承認の手順。' },
    },
    pages: [
      {
        key: 'guide.procedures.company',
        kind: 'procedure',
        slug: 'set-up-a-foreign-invested-company',
        sample: true,
        texts: {
          'zh-CN': { title: '设立外商投资企业', summary: '从项目洽谈到税务社保登记的主要步骤（示例）。', body: SAMPLE_NOTE['zh-CN'], steps: pick(COMPANY_STEPS, 'zh-CN') },
          en: { title: 'Setting up a foreign-invested company', summary: 'The main steps from the first talks to tax and social insurance registration (sample).', body: SAMPLE_NOTE.en, steps: pick(COMPANY_STEPS, 'en') },
          ja: { title: '外資系企業の設立', summary: 'プロジェクトの相談から税務・社会保険の登録までの主な手順（サンプル）。', body: SAMPLE_NOTE.ja, steps: pick(COMPANY_STEPS, 'ja') },
        },
      },
      {
        key: 'guide.procedures.land',
        kind: 'procedure',
        slug: 'land-acquisition',
        sample: true,
        texts: {
          'zh-CN': { title: '获取工业用地', summary: '从用地需求到不动产权证的主要步骤（示例）。', body: SAMPLE_NOTE['zh-CN'], steps: pick(LAND_STEPS, 'zh-CN') },
          en: { title: 'Acquiring industrial land', summary: 'The main steps from your land needs to the property certificate (sample).', body: SAMPLE_NOTE.en, steps: pick(LAND_STEPS, 'en') },
          ja: { title: '産業用地の取得', summary: '用地ニーズの確認から不動産権利証の取得までの主な手順（サンプル）。', body: SAMPLE_NOTE.ja, steps: pick(LAND_STEPS, 'ja') },
        },
      },
      {
        key: 'guide.procedures.approval',
        kind: 'procedure',
        slug: 'project-approval',
        sample: true,
        texts: {
          'zh-CN': { title: '项目备案与建设审批', summary: '从项目备案到竣工验收的主要步骤（示例）。', body: SAMPLE_NOTE['zh-CN'], steps: pick(APPROVAL_STEPS, 'zh-CN') },
          en: { title: 'Project approval', summary: 'The main steps from recording the project to completion acceptance (sample).', body: SAMPLE_NOTE.en, steps: pick(APPROVAL_STEPS, 'en') },
          ja: { title: 'プロジェクトの届出と建設の承認', summary: 'プロジェクトの届出から竣工検収までの主な手順（サンプル）。', body: SAMPLE_NOTE.ja, steps: pick(APPROVAL_STEPS, 'ja') },
        },
      },
    ],
  },
  {
    key: 'guide.faq',
    kind: 'section',
    slug: 'faq',
    texts: {
      'zh-CN': { title: '常见问题', summary: '投资者最常问的问题。' },
      en: { title: 'FAQ', summary: 'What investors ask most.' },
      ja: { title: 'よくある質問', summary: '投資家からよく寄せられる質問。' },
    },
    pages: [
      {
        key: 'guide.faq.investors',
        kind: 'faq',
        slug: 'investor-faq',
        texts: {
          'zh-CN': { title: '投资常见问题', summary: '语言、店小二、产业、政策、交通与用地。', faqs: pick(FAQS, 'zh-CN') },
          en: { title: 'Investor questions', summary: 'Languages, concierges, industries, policies, transport and land.', faqs: pick(FAQS, 'en') },
          ja: { title: '投資に関するよくある質問', summary: '言語、専属コンシェルジュ、産業、政策、交通、用地について。', faqs: pick(FAQS, 'ja') },
        },
      },
    ],
  },
];
