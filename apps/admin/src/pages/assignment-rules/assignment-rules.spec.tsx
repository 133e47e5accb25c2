import { resources } from '@zhaoshang/i18n';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createFakeServer, PATHS } from '../../test/fake-server';
import { renderConsole } from '../../test/render-console';
import { buttonNamed, choose, fill } from '../../test/ui';

const en = resources.en;
const admin = en.admin;

const rules = () => screen.getAllByTestId('assignment-rule');
/** What a rule's selects show, as the user reads them. */
const shown = (rule: HTMLElement) => [...rule.querySelectorAll('.ant-select')].map((select) => select.querySelector('.ant-select-content')?.textContent ?? '');

describe('assignment rules', () => {
  // the route loads this page lazily: compile it once up front, so the first test's wait measures
  // the page, not the transform of its modules on a busy machine
  beforeAll(() => import('.'));

  it('staff read the rules but cannot change them', async () => {
    const server = createFakeServer();
    renderConsole(server, { path: '/leads/rules', as: 'li.na', language: 'en' });
    expect(await screen.findByText(admin['rules.readOnly']!)).toBeTruthy();
    await waitFor(() => expect(shown(rules()[0] as HTMLElement)).toEqual(['R&D', '日本語', '王伟']));
    expect(shown(rules()[1] as HTMLElement)).toEqual([admin['rules.anyIndustry'], admin['rules.anyLanguage'], '李娜王伟']);

    for (const input of screen.getByTestId('assignment-rules').querySelectorAll('input')) expect(input.disabled).toBe(true);
    expect(screen.queryByText(admin['rules.add']!)).toBeNull();
    expect(screen.queryByText(admin['rules.save']!)).toBeNull();
    expect(screen.queryByLabelText(fill(admin['rules.remove'], { index: 1 }))).toBeNull();
    expect(server.calls(PATHS.setAssignmentRules)).toHaveLength(0);
  });

  it('admins add, change and remove rules, checked with the shared schema, and save them', async () => {
    const server = createFakeServer();
    renderConsole(server, { path: '/leads/rules', as: 'admin', language: 'en' });
    await waitFor(() => expect(rules()).toHaveLength(2));

    fireEvent.click(buttonNamed(admin['rules.add']!));
    await waitFor(() => expect(rules()).toHaveLength(3));
    await choose(fill(admin['rules.industryOf'], { index: 3 }), 'Health');
    fireEvent.click(buttonNamed(admin['rules.save']!));
    // a rule needs at least one concierge: said under the field, nothing sent
    const concierges = screen.getByLabelText(fill(admin['rules.conciergesOf'], { index: 3 })).closest('.ant-form-item') as HTMLElement;
    expect(await within(concierges).findByText(en.errors['field.required']!)).toBeTruthy();
    expect(server.calls(PATHS.setAssignmentRules)).toHaveLength(0);

    await choose(fill(admin['rules.conciergesOf'], { index: 3 }), '李娜');
    fireEvent.click(screen.getByLabelText(fill(admin['rules.remove'], { index: 1 })));
    await waitFor(() => expect(rules()).toHaveLength(2));
    fireEvent.click(buttonNamed(admin['rules.save']!));

    expect(await screen.findByText(admin['rules.saved']!)).toBeTruthy();
    expect(JSON.parse(server.calls(PATHS.setAssignmentRules)[0]?.body ?? '{}')).toEqual({
      rules: [
        { industry: null, language: null, conciergeIds: [1, 2] },
        { industry: 'health', language: null, conciergeIds: [1] },
      ],
    });
    expect(server.leads.rules()).toHaveLength(2);
  });
});
