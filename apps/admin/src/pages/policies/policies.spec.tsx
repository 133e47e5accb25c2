import { resources } from '@zhaoshang/i18n';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createFakeServer, PATHS } from '../../test/fake-server';
import { renderConsole } from '../../test/render-console';

const en = resources.en;

const rowOf = async (title: string) => (await screen.findByText(title)).closest('tr') as HTMLElement;

describe('policy list', () => {
  // the route loads this page lazily: compile it once up front, so the first test's wait measures
  // the page, not the transform of its modules on a busy machine
  beforeAll(() => import('.'));

  it('shows each policy with its status and a translation-status tag per language', async () => {
    renderConsole(createFakeServer(), { path: '/policies', as: 'admin', language: 'en' });

    const draft = await rowOf('Talent-led high-quality development support');
    expect(within(draft).getByText(en.policies['status.draft']!)).toBeTruthy();
    expect(within(draft).getByLabelText(`English: ${en.policies['translation.needs_review']}`).textContent).toBe(`EN · ${en.policies['translation.needs_review']}`);
    expect(within(draft).getByLabelText(`简体中文: ${en.policies['translation.done']}`)).toBeTruthy();
    expect(within(draft).getByLabelText(`日本語: ${en.policies['translation.missing']}`).getAttribute('data-status')).toBe('missing');
    expect(within(draft).getByText('Talent')).toBeTruthy();

    // no English title: the Chinese one, marked as such
    const archived = await rowOf('相“惠”16条：流动资金贷款贴息');
    expect(within(archived).getByText(en.policies['status.archived']!)).toBeTruthy();
    expect(within(archived).getByText('ZH')).toBeTruthy();
    expect(screen.getByText('3 in total')).toBeTruthy();
    expect(screen.getByRole('button', { name: new RegExp(en.admin['policies.create']!) })).toBeTruthy();
  });

  it('searches and filters on the server, and opens a policy', async () => {
    const server = createFakeServer();
    const { router } = renderConsole(server, { path: '/policies', as: 'admin', language: 'en' });
    await rowOf('Talent-led high-quality development support');

    const search = screen.getByLabelText(en.admin['policies.filter.q']!);
    fireEvent.change(search, { target: { value: '相科贷' } });
    fireEvent.keyDown(search, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() => expect(screen.queryByText('Talent-led high-quality development support')).toBeNull());
    expect(server.calls(PATHS.listPolicies).some((r) => decodeURIComponent(r.url).includes('q=相科贷'))).toBe(true);
    expect(router.state.location.search).toContain('q=');

    fireEvent.click(await screen.findByText('Xiangkedai: credit for technology SMEs'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/policies/1'));
  });

  it('offers "New policy" to admins only', async () => {
    renderConsole(createFakeServer(), { path: '/policies', as: 'li.na', language: 'en' });
    await rowOf('Talent-led high-quality development support');
    expect(screen.queryByRole('button', { name: new RegExp(en.admin['policies.create']!) })).toBeNull();
  });
});
