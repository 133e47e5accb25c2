import { resources } from '@zhaoshang/i18n';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createFakeServer } from '../../test/fake-server';
import { renderConsole } from '../../test/render-console';
import { buttonNamed, fill } from '../../test/ui';
import { withFakeGuide } from '../guide/fake-guide';

const en = resources.en;
const g = en.guide;
const admin = en.admin;
const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const stepField = (field: string, step: number, language: string) => `${g[`field.step.${field}`]} · ${fill(g['step.number'], { number: step })} (${language})`;
const buttons = (name: string) =>
  screen
    .queryAllByText(name)
    .map((label) => label.closest('button'))
    .filter((found): found is HTMLButtonElement => found !== null);

/** The editor of guide page `slug`, once its English title is in the form. */
async function openEditor(slug: string, englishTitle: string, as = 'admin') {
  const fake = withFakeGuide(createFakeServer());
  const id = fake.guide.bySlug(slug)?.id as number;
  const view = renderConsole(fake.server, { path: `/guide/${id}`, as, language: 'en' });
  expect(await screen.findByDisplayValue(englishTitle)).toBe(input(`${g['field.title']} (English)`));
  return { ...fake, ...view, id };
}

async function confirm(title: string, name: string) {
  const dialog = (await screen.findByText(title, { selector: '.ant-modal-confirm-title' })).closest('[role="dialog"]') as HTMLElement;
  fireEvent.click(buttonNamed(name, dialog));
}

describe('guide page editor', () => {
  // the route loads this page lazily: compile it once up front, so the first test's wait measures
  // the page, not the transform of its modules on a busy machine
  beforeAll(() => import('.'));

  it('edits a procedure step by step in three languages and saves it against its version', async () => {
    const { calls, guide, id } = await openEditor('set-up-a-foreign-invested-company', 'Setting up a foreign-invested company');
    expect(screen.getByText(g['kind.procedure']!)).toBeTruthy();
    expect(input(stepField('title', 1, '日本語')).value).toBe('設立登記');
    expect(input(stepField('office', 2, 'English')).value).toBe('区政务服务中心（示例）');

    fireEvent.change(input(stepField('office', 1, 'English')), { target: { value: 'District government service centre (sample)' } });
    fireEvent.click(screen.getAllByText(g['action.addStep']!)[1]?.closest('button') as HTMLElement);
    fireEvent.change(await screen.findByLabelText(stepField('title', 3, 'English')), { target: { value: 'Foreign exchange registration' } });
    fireEvent.click(buttonNamed(admin['policies.action.save']!));

    await waitFor(() => expect(guide.get(id)?.translations.en.steps).toHaveLength(3));
    const sent = JSON.parse(calls('PUT', `/api/v1/admin/guide/${id}`)[0]?.body ?? '{}') as { version: number; translations: { en: { steps: { title: string; office: string }[] } } };
    expect(sent.version).toBe(2);
    expect(sent.translations.en.steps.map((s) => s.title)).toEqual(['Register the company', 'Company seals and bank account', 'Foreign exchange registration']);
    expect(sent.translations.en.steps[0]?.office).toBe('District government service centre (sample)');
    expect(await screen.findByText(admin['policies.unpublishedChanges']!)).toBeTruthy();
  });

  it("publishing without a Chinese step title shows the server's error on that field", async () => {
    const { guide, id } = await openEditor('set-up-a-foreign-invested-company', 'Setting up a foreign-invested company');
    fireEvent.change(input(stepField('title', 2, '简体中文')), { target: { value: '' } });
    fireEvent.click(buttonNamed(admin['policies.action.save']!));
    expect(await screen.findByText(admin['policies.saved']!)).toBeTruthy();
    fireEvent.click(buttonNamed(admin['policies.action.publish']!));
    await confirm(g['editor.publish.confirm.title']!, admin['policies.action.publish']!);

    const item = () => input(stepField('title', 2, '简体中文')).closest('.ant-form-item') as HTMLElement;
    await waitFor(() => expect(within(item()).getByText(en.errors['field.required']!)).toBeTruthy());
    // the draft keeps the empty title; publishing was refused, so investors still read the version published before
    expect(guide.get(id)?.translations['zh-CN'].steps[1]?.title).toBe('');
    expect(guide.versions(id)?.map((v) => v.action)).toEqual(['update', 'publish', 'create']);
  });

  it('a save refused with CONFLICT keeps the edits and re-applies them on the latest version', async () => {
    const { guide, id, editElsewhere, calls } = await openEditor('metro-plan', 'The metro plan');
    fireEvent.change(input(`${g['field.summary']} (English)`), { target: { value: '15 lines, 316.4 km.' } });
    editElsewhere(id, (page) => {
      page.sample = true;
    });
    fireEvent.click(buttonNamed(admin['policies.action.save']!));
    const alert = (await screen.findByText(en.errors.CONFLICT!)).closest('[role="alert"]') as HTMLElement;
    expect(within(alert).getByText(g['editor.conflict.description']!)).toBeTruthy();
    fireEvent.click(buttonNamed(admin['policies.conflict.reapply']!, alert));
    await waitFor(() => expect((screen.getByLabelText(g['field.sample']!) as HTMLButtonElement).getAttribute('aria-checked')).toBe('true'));
    expect(input(`${g['field.summary']} (English)`).value).toBe('15 lines, 316.4 km.');
    fireEvent.click(buttonNamed(admin['policies.action.save']!));
    await waitFor(() => expect(guide.get(id)?.translations.en.summary).toBe('15 lines, 316.4 km.'));
    expect(guide.get(id)?.sample).toBe(true);
    expect(calls('PUT', `/api/v1/admin/guide/${id}`).map((r) => (JSON.parse(r.body ?? '{}') as { version: number }).version)).toEqual([2, 3]);
  });

  it('compares two versions and restores one as the working copy', async () => {
    const { guide, id } = await openEditor('suzhou-north-station', 'Suzhou North Railway Station');
    fireEvent.click(buttonNamed(admin['policies.action.versions']!));
    const select = (version: number) => screen.findByLabelText(fill(admin['policies.versions.select'], { version }));
    fireEvent.click(await select(2));
    fireEvent.click(await select(3));
    fireEvent.click(buttonNamed(admin['policies.versions.compare']!));
    const dialog = (await screen.findByText(admin['policies.compare.title']!)).closest('[role="dialog"]') as HTMLElement;
    const row = await waitFor(() => {
      const found = dialog.querySelector('tr[data-field="translations.en.title"]');
      if (!found) throw new Error('no English title row yet');
      return found as HTMLElement;
    });
    expect(row.querySelector('ins')?.textContent).toContain('Railway');
    expect(dialog.querySelectorAll('tr[data-changed]').length).toBeGreaterThanOrEqual(1);
    fireEvent.click((dialog.closest('.ant-modal-wrap') as HTMLElement).querySelector('.ant-modal-close') as HTMLElement);

    fireEvent.click(await screen.findByLabelText(fill(admin['policies.versions.restoreVersion'], { version: 2 })));
    await confirm(fill(admin['policies.restore.confirm.title'], { version: 2 }), admin['policies.versions.restore']!);
    await waitFor(() => expect(input(`${g['field.title']} (English)`).value).toBe('Suzhou North Station'));
    expect(guide.versions(id)?.[0]).toMatchObject({ version: 4, action: 'restore' });
  });

  it('previews the page as the mini-program shows it, with the fallback note for a missing language', async () => {
    await openEditor('suzhou-north-station', 'Suzhou North Railway Station');
    fireEvent.click(buttonNamed(admin['policies.action.preview']!));
    const drawer = (await screen.findByText(admin['policies.preview.title']!)).closest('[role="dialog"]') as HTMLElement;
    fireEvent.click(within(drawer).getByText('日本語'));
    const phone = await within(drawer).findByTestId('guide-preview');
    const ja = resources.ja;
    await waitFor(() => expect(phone.textContent).toContain(fill(ja.common.fallbackNote, { language: ja.common['language.en']! })));
    expect(within(phone).getByText('Suzhou North Railway Station', { selector: 'h3' })).toBeTruthy();
    expect(within(phone).getByText(ja.guide['kind.article']!)).toBeTruthy();
  });

  it('staff see the page read-only, without write actions', async () => {
    await openEditor('metro-plan', 'The metro plan', 'li.na');
    expect(input(`${g['field.title']} (English)`).disabled).toBe(true);
    expect(screen.getByText(g['editor.readOnly']!)).toBeTruthy();
    for (const action of ['policies.action.save', 'policies.action.publish', 'policies.action.archive']) expect(buttons(admin[action]!)).toEqual([]);
    expect(buttons(admin['policies.action.preview']!)).toHaveLength(1);
  });

  it('publishing is audit-logged: the entry shows in the audit log', async () => {
    const { router, id } = await openEditor('metro-plan', 'The metro plan');
    fireEvent.change(input(`${g['field.title']} (English)`), { target: { value: 'Metro: 15 lines' } });
    fireEvent.click(buttonNamed(admin['policies.action.publish']!));
    await confirm(g['editor.publish.confirm.title']!, admin['policies.action.publish']!);
    expect(await screen.findByText(admin['policies.publishedMessage']!)).toBeTruthy();
    await act(() => router.navigate('/audit-log'));
    const table = (await screen.findByText('guide_page.publish')).closest('table') as HTMLElement;
    expect(within(table).getByText('guide_page.update')).toBeTruthy();
    expect(within(table).getAllByText(`guide_page #${id}`).length).toBeGreaterThanOrEqual(2);
  });
});
