import { resources } from '@zhaoshang/i18n';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createFakeServer } from '../../test/fake-server';
import { renderConsole } from '../../test/render-console';
import { buttonNamed, choose, fill } from '../../test/ui';
import { withFakeGuide } from './fake-guide';

const en = resources.en;
const g = en.guide;
const ja = resources.ja.guide;

/** The tree row of a node, by its address. */
const row = (slug: string) => {
  const found = document.querySelector<HTMLElement>(`[data-slug="${slug}"]`);
  if (!found) throw new Error(`no tree node ${slug}`);
  return found;
};
const order = () => [...document.querySelectorAll<HTMLElement>('[data-slug]')].map((el) => el.dataset.slug);
const SEEDED = ['location-and-transport', 'suzhou-north-station', 'metro-plan', 'procedures', 'set-up-a-foreign-invested-company', 'faq', 'investor-faq'];

async function openTree(as = 'admin', language: 'en' | 'ja' = 'en') {
  const fake = withFakeGuide(createFakeServer());
  const view = renderConsole(fake.server, { path: '/guide', as, language });
  await screen.findByText(language === 'en' ? 'Suzhou North Railway Station' : '立地と交通');
  return { ...fake, ...view };
}

describe('guide tree', () => {
  // the route loads this page lazily: compile it once up front, so the first test's wait measures
  // the page, not the transform of its modules on a busy machine
  beforeAll(() => import('.'));

  it('shows sections and pages in order, with kind, status, unpublished changes and translation status', async () => {
    await openTree();
    expect(order()).toEqual(SEEDED);
    const station = row('suzhou-north-station');
    expect(within(station).getByText(g['kind.article']!)).toBeTruthy();
    expect(within(station).getByText(en.policies['status.published']!)).toBeTruthy();
    expect(within(station).getByText(en.admin['policies.unpublishedChanges']!)).toBeTruthy();
    expect(within(station).getByLabelText(`日本語: ${en.policies['translation.missing']}`).getAttribute('data-status')).toBe('missing');
    const company = row('set-up-a-foreign-invested-company');
    expect(within(company).getByText(g['kind.procedure']!)).toBeTruthy();
    expect(within(company).getByText(en.common.sampleData!)).toBeTruthy();
    expect(within(row('faq')).getByText(en.policies['status.draft']!)).toBeTruthy();
  });

  it('moves a page with its arrows and saves the whole order on the server', async () => {
    const { calls, guide } = await openTree();
    fireEvent.click(within(row('metro-plan')).getByLabelText(fill(g['action.moveUp'], { item: 'metro-plan' })));
    expect(await screen.findByText(g['order.saved']!)).toBeTruthy();
    const sent = JSON.parse(calls('PUT', '/api/v1/admin/guide/order')[0]?.body ?? '{}') as { sections: { id: number; pages: number[] }[] };
    const id = (slug: string) => guide.bySlug(slug)?.id;
    expect(sent.sections[0]).toEqual({ id: id('location-and-transport'), pages: [id('metro-plan'), id('suzhou-north-station')] });
    expect(sent.sections.map((s) => s.id)).toEqual([id('location-and-transport'), id('procedures'), id('faq')]);
    expect(order().slice(0, 3)).toEqual(['location-and-transport', 'metro-plan', 'suzhou-north-station']);
    // the first of its section cannot go further up: nothing is sent
    fireEvent.click(within(row('metro-plan')).getByLabelText(fill(g['action.moveUp'], { item: 'metro-plan' })));
    expect(calls('PUT', '/api/v1/admin/guide/order')).toHaveLength(1);
  });

  it('drags a page into another section', async () => {
    const { calls, guide } = await openTree();
    const node = (slug: string) => row(slug).closest('.ant-tree-treenode') as HTMLElement;
    fireEvent.dragStart(node('metro-plan'));
    fireEvent.dragEnter(node('procedures'));
    fireEvent.dragOver(node('procedures'));
    fireEvent.drop(node('procedures'));
    await waitFor(() => expect(calls('PUT', '/api/v1/admin/guide/order')).toHaveLength(1));
    const sent = JSON.parse(calls('PUT', '/api/v1/admin/guide/order')[0]?.body ?? '{}') as { sections: { id: number; pages: number[] }[] };
    const id = (slug: string) => guide.bySlug(slug)?.id;
    expect(sent.sections.find((s) => s.id === id('procedures'))?.pages).toContain(id('metro-plan'));
    expect(sent.sections.find((s) => s.id === id('location-and-transport'))?.pages).toEqual([id('suzhou-north-station')]);
    await waitFor(() => expect(guide.bySlug('metro-plan')?.parentId).toBe(id('procedures')));
  });

  it('puts the tree back and says so in Japanese when the order was changed elsewhere', async () => {
    const { calls, guide } = await openTree('admin', 'ja');
    // another admin adds a page meanwhile: the order this console sends no longer names every node
    guide.create({ kind: 'article', slug: 'added-elsewhere', parentId: guide.bySlug('procedures')?.id ?? null, sample: false, translations: {} }, '王伟');
    fireEvent.click(within(row('metro-plan')).getByLabelText(fill(ja['action.moveUp'], { item: 'metro-plan' })));
    expect(await screen.findByText(resources.ja.errors.CONFLICT!)).toBeTruthy();
    expect(calls('PUT', '/api/v1/admin/guide/order')).toHaveLength(1);
    // reloaded: the page added elsewhere shows, and the refused move is undone
    await waitFor(() => expect(order()).toContain('added-elsewhere'));
    expect(order().slice(0, 3)).toEqual(['location-and-transport', 'suzhou-north-station', 'metro-plan']);
  });

  it('creates a page in a section and opens its editor; a taken address is named', async () => {
    const { router, guide } = await openTree();
    fireEvent.click(buttonNamed(g['action.newPage']!));
    const dialog = (await screen.findByText(g['create.page.title']!, { selector: '.ant-modal-title' })).closest('[role="dialog"]') as HTMLElement;
    fireEvent.click(within(dialog).getByText(g['kind.procedure']!));
    await choose(g['field.section']!, 'Procedures', dialog);
    fireEvent.change(within(dialog).getByLabelText(g['field.slug']!), { target: { value: 'metro-plan' } });
    fireEvent.change(within(dialog).getByLabelText(g['field.title']!), { target: { value: 'Land acquisition' } });
    fireEvent.click(buttonNamed(g['create.submit']!, dialog));
    expect(await within(dialog).findByText(g['create.slug.taken']!)).toBeTruthy();

    fireEvent.change(within(dialog).getByLabelText(g['field.slug']!), { target: { value: 'land-acquisition' } });
    fireEvent.click(buttonNamed(g['create.submit']!, dialog));
    const created = await waitFor(() => {
      const found = guide.bySlug('land-acquisition');
      if (!found) throw new Error('not created yet');
      return found;
    });
    expect(created).toMatchObject({ kind: 'procedure', parentId: guide.bySlug('procedures')?.id, status: 'draft' });
    expect(created.translations.en.title).toBe('Land acquisition');
    await waitFor(() => expect(router.state.location.pathname).toBe(`/guide/${created.id}`));
  });

  it('refuses a malformed address before sending it', async () => {
    const { calls } = await openTree();
    fireEvent.click(buttonNamed(g['action.newSection']!));
    const dialog = (await screen.findByText(g['create.section.title']!, { selector: '.ant-modal-title' })).closest('[role="dialog"]') as HTMLElement;
    fireEvent.change(within(dialog).getByLabelText(g['field.slug']!), { target: { value: 'Living & culture' } });
    fireEvent.click(buttonNamed(g['create.submit']!, dialog));
    expect(await within(dialog).findByText(en.errors['field.invalid_format']!)).toBeTruthy();
    expect(calls('POST', '/api/v1/admin/guide')).toHaveLength(0);
  });

  it('lets staff read the tree without creating or moving anything', async () => {
    const { router } = await openTree('li.na');
    expect(screen.getByText(g['editor.readOnly']!)).toBeTruthy();
    expect(screen.queryByText(g['action.newPage']!)).toBeNull();
    expect(within(row('metro-plan')).queryByLabelText(fill(g['action.moveUp'], { item: 'metro-plan' }))).toBeNull();
    expect(document.querySelector('.ant-tree-treenode[draggable="true"]')).toBeNull();
    await act(async () => {
      fireEvent.click(within(row('metro-plan')).getByText('The metro plan'));
    });
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/guide\/\d+$/));
  });
});
