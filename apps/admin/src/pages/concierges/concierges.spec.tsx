import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { resources } from '@zhaoshang/i18n';
import { createFakeServer } from '../../test/fake-server';
import { renderConsole } from '../../test/render-console';
import { buttonNamed, choose, fill } from '../../test/ui';
import { CONCIERGE_PATHS, withConcierges } from './test/fake-concierges';

const en = resources.en;
const ja = resources.ja;
const c = en['concierges-admin'];

const rowOf = async (name: string) => (await screen.findByText(name, { selector: 'a' })).closest('tr') as HTMLElement;
const drawer = () => screen.getAllByRole('dialog').at(-1) as HTMLElement;
const field = (label: string) => within(drawer()).getByLabelText(label) as HTMLInputElement;
const type = (label: string, value: string) => fireEvent.change(field(label), { target: { value } });
const inLanguage = (key: string, language: string) => `${c[key]} (${language})`;
/** the form item around a field, where antd shows its message */
const itemOf = (label: string) => field(label).closest('.ant-form-item') as HTMLElement;

function setup(as: string, language: 'en' | 'ja' | 'zh-CN' = 'en') {
  const server = withConcierges(createFakeServer());
  renderConsole(server, { path: '/concierges', as, language });
  return server;
}

describe('concierges page', () => {
  // the route loads this page lazily: compile it once up front, so the first test's wait measures
  // the page, not the transform of its modules on a busy machine
  beforeAll(() => import('.'));

  it('lists every concierge with languages, coverage, office hours, open leads and account', async () => {
    setup('admin');
    const liNa = await rowOf('Li Na');
    expect(within(liNa).getByText('English')).toBeTruthy();
    expect(within(liNa).getByText('R&D、Health')).toBeTruthy();
    expect(within(liNa).getByText('China-Japan zone')).toBeTruthy();
    expect(within(liNa).getByText('Mon–Fri 08:30–17:30')).toBeTruthy();
    expect(within(liNa).getByText(c['presence.in']!)).toBeTruthy();
    expect(within(liNa).getByText('li.na')).toBeTruthy();
    expect(within(liNa).getByText('3')).toBeTruthy();
    const wangWei = await rowOf('Wang Wei');
    expect(within(wangWei).getByText('Mon–Fri 09:00–18:00 (Asia/Tokyo)')).toBeTruthy();
    expect(within(wangWei).getByText(c['presence.out']!)).toBeTruthy();
    // no English name: the Chinese one; and shown as inactive
    const chenJing = await rowOf('陈静');
    expect(within(chenJing).getByText(c['status.inactive']!).getAttribute('data-status')).toBe('inactive');
    expect(within(chenJing).getByText(c['action.reactivate']!)).toBeTruthy();

    fireEvent.click(screen.getByTitle(c['filter.status.inactive']!));
    await waitFor(() => expect(screen.queryByText('Li Na', { selector: 'a' })).toBeNull());
    expect(screen.getByText('陈静', { selector: 'a' })).toBeTruthy();
  });

  it('lets staff read a profile but not change anything', async () => {
    const server = setup('li.na');
    await rowOf('Li Na');
    expect(screen.queryByText(c['create']!)).toBeNull();
    expect(screen.queryByText(c['action.deactivate']!)).toBeNull();
    fireEvent.click(screen.getByLabelText(fill(c['open'], { name: 'Li Na' })));
    expect(await within(drawer()).findByText(c['readOnly']!)).toBeTruthy();
    expect(field(inLanguage('field.names', '日本語')).value).toBe('李娜（リー・ナー）');
    expect(field(inLanguage('field.names', '日本語')).disabled).toBe(true);
    expect(field(c['field.phone']!).disabled).toBe(true);
    expect(within(drawer()).queryByText(c['action.save']!)).toBeNull();
    expect(server.conciergeCalls(CONCIERGE_PATHS.update)).toHaveLength(0);
  });

  it('creates a profile with three languages side by side, checked by the shared schema before sending', async () => {
    const server = setup('admin');
    await rowOf('Li Na');
    fireEvent.click(buttonNamed(c['create']!));
    await within(drawer()).findByText(c['drawer.new']!);
    // the three languages' columns next to each other
    expect([...drawer().querySelectorAll('[data-language-column]')].map((col) => col.getAttribute('data-language-column'))).toEqual(['zh-CN', 'en', 'ja']);

    type(inLanguage('field.names', 'English'), 'Zhou Min');
    type(c['field.code']!, 'c-zhou-min');
    type(c['field.phone']!, '12345');
    type(c['field.wechatId']!, '9bad');
    await choose(c['officeHours.to']!, '08:00');
    fireEvent.click(buttonNamed(c['action.save']!, drawer()));

    expect(await within(itemOf(inLanguage('field.names', '简体中文'))).findByText(en.errors['field.required']!)).toBeTruthy();
    expect(within(itemOf(c['field.phone']!)).getByText(en.errors['field.invalid_phone']!)).toBeTruthy();
    expect(within(itemOf(c['field.wechatId']!)).getByText(en.errors['field.invalid_format']!)).toBeTruthy();
    expect(within(itemOf(c['officeHours.to']!)).getByText(en.errors['field.invalid_value']!)).toBeTruthy();
    expect(server.conciergeCalls(CONCIERGE_PATHS.create)).toHaveLength(0);

    type(inLanguage('field.names', '简体中文'), '周敏');
    type(inLanguage('field.titles', '简体中文'), '招商专员');
    type(inLanguage('field.names', '日本語'), '周敏（ジョウ・ミン）');
    type(c['field.phone']!, '+86 512 6666 0109');
    type(c['field.wechatId']!, 'xc-zhoumin');
    await choose(c['officeHours.to']!, '17:30');
    fireEvent.click(within(drawer()).getByText('日本語', { selector: 'label span' }));
    await choose(c['field.industries']!, 'Health');
    fireEvent.click(buttonNamed(c['action.save']!, drawer()));

    await screen.findByText(c['created']!);
    expect(JSON.parse(server.conciergeCalls(CONCIERGE_PATHS.create)[0]?.body ?? '{}')).toMatchObject({
      code: 'c-zhou-min',
      names: { 'zh-CN': '周敏', en: 'Zhou Min', ja: '周敏（ジョウ・ミン）' },
      languages: ['zh-CN', 'ja'],
      industries: ['health'],
      phone: '+8651266660109',
      wechatId: 'xc-zhoumin',
      officeHours: { days: [1, 2, 3, 4, 5], from: '08:30', to: '17:30', timezone: 'Asia/Shanghai' },
      photoUrl: null,
    });
    expect(await rowOf('Zhou Min')).toBeTruthy();
    // the drawer now edits what was created
    await within(drawer()).findByText(fill(c['drawer.edit'], { name: 'Zhou Min' }));
  });

  it("shows the server's field errors on the fields, and a stale save as a conflict to reload", async () => {
    const server = setup('admin');
    fireEvent.click(await screen.findByLabelText(fill(c['open'], { name: 'Li Na' })));
    await within(drawer()).findByText(fill(c['drawer.edit'], { name: 'Li Na' }));
    type(c['field.code']!, 'c-wang-wei');
    fireEvent.click(buttonNamed(c['action.save']!, drawer()));
    expect(await within(itemOf(c['field.code']!)).findByText(en.errors['field.duplicate']!)).toBeTruthy();

    type(c['field.code']!, 'c-li-na');
    type(inLanguage('field.names', 'English'), 'Li Na (R&D)');
    server.editElsewhere(1, (p) => (p.names = { ...p.names, en: 'Lina Li' }));
    fireEvent.click(buttonNamed(c['action.save']!, drawer()));
    expect(await within(drawer()).findByText(c['conflict']!)).toBeTruthy();
    fireEvent.click(buttonNamed(c['conflict.reload']!, drawer()));
    await waitFor(() => expect(field(inLanguage('field.names', 'English')).value).toBe('Lina Li'));
    expect(within(drawer()).queryByText(c['conflict']!)).toBeNull();
  });

  it('deactivates after saying how many open leads will be handed over, then says where they went', async () => {
    const server = setup('admin');
    const liNa = await rowOf('Li Na');
    fireEvent.click(within(liNa).getByText(c['action.deactivate']!));
    const confirm = await screen.findByTestId('deactivation-confirm');
    expect(within(confirm).getByText(fill(c['deactivate.count'], { count: 3 }))).toBeTruthy();
    fireEvent.change(within(confirm).getByLabelText(c['deactivate.reason']!), { target: { value: 'Moved to another bureau' } });
    fireEvent.click(buttonNamed(c['deactivate.ok']!));

    const result = await screen.findByTestId('deactivation-result');
    expect(within(result).getByText(fill(c['deactivate.moved'], { count: 3 }))).toBeTruthy();
    expect(within(result).getByText(fill(c['deactivate.to'], { name: 'Wang Wei', count: 3 }))).toBeTruthy();
    expect(within(result).getByText(fill(c['deactivate.lead'], { id: 4, name: 'Wang Wei' })).closest('a')?.getAttribute('href')).toBe('/leads/4');
    expect(JSON.parse(server.conciergeCalls(CONCIERGE_PATHS.deactivate)[0]?.body ?? '{}')).toEqual({ version: 1, reason: 'Moved to another bureau' });

    fireEvent.click(buttonNamed(c['action.close']!));
    await waitFor(() => expect(within(liNa).getByText(c['status.inactive']!)).toBeTruthy());
    expect(within(await rowOf('Wang Wei')).getByText('3')).toBeTruthy();
  });

  it('reactivates an inactive concierge after asking', async () => {
    const server = setup('admin');
    const chenJing = await rowOf('陈静');
    fireEvent.click(within(chenJing).getByText(c['action.reactivate']!));
    expect(await screen.findByText(c['reactivate.body']!)).toBeTruthy();
    fireEvent.click(buttonNamed(c['action.reactivate']!, screen.getByRole('dialog')));
    expect(await screen.findByText(fill(c['reactivate.done'], { name: '陈静' }))).toBeTruthy();
    await waitFor(() => expect(within(chenJing).getByText(c['status.active']!)).toBeTruthy());
    expect(JSON.parse(server.conciergeCalls(CONCIERGE_PATHS.reactivate)[0]?.body ?? '{}')).toEqual({ version: 4 });
  });

  it('speaks Japanese, down to the deactivation dialog', async () => {
    setup('admin', 'ja');
    expect(await screen.findByText(ja['concierges-admin']['title']!, { selector: 'h3' })).toBeTruthy();
    const liNa = await rowOf('李娜（リー・ナー）');
    expect(within(liNa).getByText('月～金 08:30～17:30')).toBeTruthy();
    fireEvent.click(within(liNa).getByText(ja['concierges-admin']['action.deactivate']!));
    expect(await screen.findByText(fill(ja['concierges-admin']['deactivate.count'], { count: 3 }))).toBeTruthy();
    expect(screen.getByText(ja['concierges-admin']['deactivate.effects']!)).toBeTruthy();
  });
});
