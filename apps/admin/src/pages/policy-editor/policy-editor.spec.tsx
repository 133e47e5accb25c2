import { resources } from '@zhaoshang/i18n';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createFakeServer, PATHS } from '../../test/fake-server';
import { renderConsole } from '../../test/render-console';

const en = resources.en;
const admin = en.admin;
const field = (key: string, language: string) => `${admin[`policies.field.${key}`]} (${language})`;
const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const formItem = (label: string) => input(label).closest('.ant-form-item') as HTMLElement;
// The editor is a large form, where a role query takes ~10 s in jsdom (it works out the role and
// visibility of every element); buttons are found by the label the user reads instead.
const buttons = (name: string, container: HTMLElement = document.body) =>
  within(container)
    .queryAllByText(name)
    .map((label) => label.closest('button'))
    .filter((found): found is HTMLButtonElement => found !== null);
const button = (name: string, container?: HTMLElement) => {
  const [found] = buttons(name, container);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
};
const alertSaying = async (text: string) => (await screen.findByText(text)).closest('[role="alert"]') as HTMLElement;

/** The editor of `path`, once the policy's text is in the form. */
async function openEditor(path: string, englishTitle: string, as = 'admin') {
  const server = createFakeServer();
  const view = renderConsole(server, { path, as, language: 'en' });
  expect(await screen.findByDisplayValue(englishTitle)).toBe(input(field('title', 'English')));
  return { server, ...view };
}

/** Answers the confirmation titled `title` with its `name` button. */
async function confirm(title: string, name: string) {
  const dialog = (await screen.findByText(title, { selector: '.ant-modal-confirm-title' })).closest('[role="dialog"]') as HTMLElement;
  fireEvent.click(button(name, dialog));
}

describe('policy editor', () => {
  // the route loads this page lazily: compile it once up front, so the first test's wait measures
  // the page, not the transform of its modules on a busy machine
  beforeAll(() => import('.'));

  it("publishing without a Chinese title shows the server's field error under that field", async () => {
    const { server } = await openEditor('/policies/2', 'Talent-led high-quality development support');
    expect(input(field('title', '简体中文')).value).toBe('人才引领高质量发展若干扶持政策');

    fireEvent.change(input(field('title', '简体中文')), { target: { value: '' } });
    fireEvent.click(button(admin['policies.action.publish']!));
    await confirm(admin['policies.publish.confirm.title']!, admin['policies.action.publish']!);

    // (the field is looked up again each time: loading the saved copy re-creates the form's fields)
    await waitFor(() => expect(within(formItem(field('title', '简体中文'))).getByText(en.errors['field.required']!)).toBeTruthy());
    // the edit was saved first; the server refused to publish
    expect(server.calls(PATHS.updatePolicy)).toHaveLength(1);
    expect(server.calls(PATHS.publishPolicy)).toHaveLength(1);
    expect(server.policies.get(2)?.status).toBe('draft');
    expect(await alertSaying(en.errors.VALIDATION_FAILED!)).toBeTruthy();
  });

  it('a save refused with CONFLICT says so, keeps the edits, and re-applies them on the latest version', async () => {
    const { server } = await openEditor('/policies/1', 'Xiangkedai: credit for technology SMEs');
    const title = field('title', 'English');

    fireEvent.change(input(title), { target: { value: 'Xiangkedai: my better title' } });
    // meanwhile another admin saves a new document number
    server.editPolicyElsewhere(1, (policy) => {
      policy.documentNumber = '相金发〔2021〕9号';
    });
    fireEvent.click(button(admin['policies.action.save']!));

    const alert = await alertSaying(en.errors.CONFLICT!);
    expect(input(title).value).toBe('Xiangkedai: my better title');

    fireEvent.click(button(admin['policies.conflict.reapply']!, alert));
    await waitFor(() => expect(input(admin['policies.field.documentNumber']!).value).toBe('相金发〔2021〕9号'));
    expect(input(title).value).toBe('Xiangkedai: my better title');

    fireEvent.click(button(admin['policies.action.save']!));
    await waitFor(() => expect(server.policies.get(1)?.translations.en.title).toBe('Xiangkedai: my better title'));
    const saves = server.calls(PATHS.updatePolicy).map((r) => JSON.parse(r.body ?? '{}') as { version: number });
    expect(saves.map((s) => s.version)).toEqual([3, 4]);
    expect(server.policies.get(1)?.documentNumber).toBe('相金发〔2021〕9号');
  });

  it('staff see the policy read-only, with no write actions', async () => {
    const { server, router } = await openEditor('/policies/1', 'Xiangkedai: credit for technology SMEs', 'li.na');
    expect(input(field('title', 'English')).disabled).toBe(true);
    expect(screen.getByText(admin['policies.readOnly']!)).toBeTruthy();
    for (const action of ['policies.action.save', 'policies.action.publish', 'policies.action.archive', 'policies.action.addBenefit']) {
      expect(buttons(admin[action]!)).toEqual([]);
    }
    expect(buttons(admin['policies.action.preview']!)).toHaveLength(1);

    fireEvent.click(button(admin['policies.action.versions']!));
    await screen.findByLabelText(admin['policies.versions.select']!.replace('{{version}}', '1'));
    expect(buttons(admin['policies.versions.restore']!)).toEqual([]);

    await act(() => router.navigate('/policies/new'));
    expect(await screen.findByText(admin['forbidden.title']!)).toBeTruthy();
    expect(server.calls(PATHS.updatePolicy)).toHaveLength(0);
  });

  it('compares two versions field by field, showing the changed English title', async () => {
    await openEditor('/policies/1', 'Xiangkedai: credit for technology SMEs');
    // v2 was published, v3 saved since: investors do not see it yet
    expect(await screen.findByText(admin['policies.unpublishedChanges']!)).toBeTruthy();

    fireEvent.click(button(admin['policies.action.versions']!));
    const select = (version: number) => screen.findByLabelText(admin['policies.versions.select']!.replace('{{version}}', String(version)));
    fireEvent.click(await select(2));
    fireEvent.click(await select(3));
    fireEvent.click(button(admin['policies.versions.compare']!));

    const dialog = (await screen.findByText(admin['policies.compare.title']!)).closest('[role="dialog"]') as HTMLElement;
    const row = await waitFor(() => {
      const found = dialog.querySelector('tr[data-field="translations.en.title"]');
      if (!found) throw new Error('no English title row yet');
      return found as HTMLElement;
    });
    expect(within(row).getByText(admin['policies.field.title']!)).toBeTruthy();
    expect(row.querySelector('del')?.textContent).toBe('tech');
    expect(row.querySelector('ins')?.textContent).toBe('technology');
    // only what changed is listed
    expect(dialog.querySelectorAll('tr[data-changed]')).toHaveLength(1);
  });

  it('restores an old version as a new working copy, after confirmation', async () => {
    const { server } = await openEditor('/policies/1', 'Xiangkedai: credit for technology SMEs');
    fireEvent.click(button(admin['policies.action.versions']!));
    fireEvent.click(await screen.findByLabelText(admin['policies.versions.restoreVersion']!.replace('{{version}}', '2')));
    await confirm(admin['policies.restore.confirm.title']!.replace('{{version}}', '2'), admin['policies.versions.restore']!);

    await waitFor(() => expect(input(field('title', 'English')).value).toBe('Xiangkedai: credit for tech SMEs'));
    expect(server.policies.get(1)).toMatchObject({ version: 4, status: 'published' });
    expect(server.policies.versions(1)?.[0]).toMatchObject({ version: 4, action: 'restore', actorName: 'Administrator' });
    expect(JSON.parse(server.calls(PATHS.restorePolicyVersion)[0]?.body ?? '{}')).toEqual({ version: 3 });
    // restoring is not publishing
    expect(server.calls(PATHS.publishPolicy)).toHaveLength(0);
  });

  it('previews the policy as the mini-program shows it, with the fallback note for a missing language', async () => {
    await openEditor('/policies/2', 'Talent-led high-quality development support');
    fireEvent.click(button(admin['policies.action.preview']!));
    const drawer = (await screen.findByText(admin['policies.preview.title']!)).closest('[role="dialog"]') as HTMLElement;
    fireEvent.click(within(drawer).getByText('日本語'));

    const ja = resources.ja;
    const phone = await within(drawer).findByTestId('policy-preview');
    await waitFor(() => expect(phone.textContent).toContain(ja.common.fallbackNote!.replace('{{language}}', ja.common['language.en']!)));
    expect(within(phone).getByText('Talent-led high-quality development support')).toBeTruthy();
    // the mini-program's own labels are in the reader's language
    expect(within(phone).getByText(ja.admin['policies.preview.eligibility']!)).toBeTruthy();
    expect(within(phone).getByText(ja.policies['criterion.talent']!.replace('{{values}}', ja.policies['talent.leading_talent']!))).toBeTruthy();
  });

  it('checks a new policy with the shared schema before sending it, then creates it', async () => {
    const server = createFakeServer();
    const { router } = renderConsole(server, { path: '/policies/new', as: 'admin', language: 'en' });
    await screen.findByLabelText(field('title', 'English'));
    fireEvent.click(button(admin['policies.action.addBenefit']!));
    const amount = await screen.findByLabelText(`${admin['policies.benefit.maxAmount']} (${admin['policies.field.benefits']} 1)`);
    fireEvent.change(amount, { target: { value: '200000000' } });
    fireEvent.click(button(admin['policies.action.save']!));

    await waitFor(() => expect(within(formItem(admin['policies.field.category']!)).getByText(en.errors['field.required']!)).toBeTruthy());
    expect(within(amount.closest('.ant-form-item') as HTMLElement).getByText('Must be at most 100000000.')).toBeTruthy();
    expect(server.calls(PATHS.createPolicy)).toHaveLength(0);

    fireEvent.mouseDown(screen.getByLabelText(admin['policies.field.category']!));
    fireEvent.click(await screen.findByText('Talent'));
    fireEvent.change(amount, { target: { value: '500' } });
    fireEvent.change(input(field('title', 'English')), { target: { value: 'Young graduate housing subsidy' } });
    fireEvent.click(button(admin['policies.action.save']!));

    await waitFor(() => expect(router.state.location.pathname).toBe('/policies/4'));
    expect(await screen.findByDisplayValue('Young graduate housing subsidy')).toBe(input(field('title', 'English')));
    expect(server.policies.get(4)).toMatchObject({ status: 'draft', category: 'talent', benefits: [{ kind: 'subsidy', maxAmount: 500 }] });
    expect(server.policies.get(4)?.translationStatus).toEqual({ 'zh-CN': 'missing', en: 'needs_review', ja: 'missing' });
  });
});
