import { shiftDay } from '@zhaoshang/contracts';
import { resources } from '@zhaoshang/i18n';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createFakeServer } from '../../test/fake-server';
import { renderConsole } from '../../test/render-console';
import { choose, fill } from '../../test/ui';
import { DISTRICT_TODAY, insightsFor, withInsights } from './fake-insights';

const en = resources.en.insights;
const ja = resources.ja.insights;
const zh = resources['zh-CN'].insights;

/** Text of each row of a table of counts, label → number. */
const counts = (table: HTMLElement) => Object.fromEntries([...table.querySelectorAll('tbody tr')].map((tr) => [tr.querySelector('th')?.textContent, tr.querySelector('td')?.textContent]));
const rowsOf = (container: HTMLElement) => [...container.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));

describe('dashboard insights', () => {
  // the route loads this page lazily: compile it once up front, so the first test's wait measures
  // the page, not the transform of its modules on a busy machine
  beforeAll(() => import('.'));

  it('shows the last 30 days: searches, what found nothing, what was read, intents and reply deadlines', async () => {
    const server = withInsights(createFakeServer());
    renderConsole(server, { path: '/dashboard', as: 'admin', language: 'en' });
    const panel = await screen.findByTestId('insights');
    // the server picks the default period, in the district's days, and the console shows it
    const summary = await within(panel).findByTestId('insights-summary');
    expect(server.answered.map((q) => Object.fromEntries(q))).toEqual([{}]);
    expect(summary.textContent).toBe(fill(en['period.summary'], { from: 'Feb 17, 2025', to: 'Mar 18, 2025', days: 30, timeZone: 'Asia/Shanghai' }));
    expect(within(panel).getByLabelText(en['period.label']!).getAttribute('value')).toBe('2025-02-17');
    const data = insightsFor(shiftDay(DISTRICT_TODAY, -29), DISTRICT_TODAY, null, 'all');

    expect(within(panel).getByTestId('insights-stat-policySearches').textContent).toContain('120');
    expect(within(panel).getByTestId('insights-stat-zeroShare').textContent).toContain('25%');
    expect(within(panel).getByTestId('insights-stat-replyRate').textContent).toContain('75%');

    const policies = within(panel).getByTestId('insights-searches-policies');
    expect(within(policies).getByText(fill(en['searches.summary'], { total: 120, distinct: 41, zero: 30 }))).toBeTruthy();
    expect(rowsOf(within(policies).getByTestId('insights-searches-policies-top'))).toEqual([
      ['biomedicine', '25', '0', 'EN 15日 10'],
      ['人才', '18', '0', '中 18'],
      [`${en['searches.masked.phone']} 相科贷`, '2', '2', '中 2'],
    ]);
    expect(rowsOf(within(policies).getByTestId('insights-searches-policies-zero'))).toEqual([
      ['ロボット補助金', '9', '日 9'],
      [`${en['searches.masked.phone']} 相科贷`, '2', '中 2'],
    ]);

    const viewed = within(panel).getByTestId('insights-views-policies');
    expect(within(viewed).getByText('关于开放再出发的若干政策意见').closest('a')?.getAttribute('href')).toBe('/policies/1');
    expect(within(viewed).getByText(fill(en['views.unpublished'], { id: 99 }))).toBeTruthy();
    expect(within(panel).getByTestId('insights-views-guide').textContent).toContain('Setting up a company');

    expect(counts(within(panel).getByTestId('insights-by-stage'))).toEqual({ Received: '6', Contacted: '3', Negotiating: '0', 'Site visit': '1', Signed: '0', Landed: '0', Closed: '2' });
    expect(counts(within(panel).getByTestId('insights-by-source'))).toEqual({ 'WeChat mini-program': '9', 'Web (H5)': '3' });
    expect(counts(within(panel).getByTestId('insights-by-language'))).toEqual({ 简体中文: '4', English: '3', 日本語: '5' });
    const replies = within(panel).getByTestId('insights-replies');
    expect(counts(replies)).toEqual({
      [en['replies.onTime']!]: '6',
      [en['replies.late']!]: '1',
      [en['replies.missed']!]: '1',
      [en['replies.waiting']!]: '2',
      [en['replies.noDeadline']!]: '0',
      [en['replies.overdueNow']!]: '1',
    });
    expect(within(panel).getAllByText(en['scope.all']!).length).toBeGreaterThan(0);

    // each chart: one bar or point per week, a summary as its accessible name, the figures as a table
    const chart = within(panel).getByTestId('insights-chart-intents');
    expect(chart.querySelectorAll('rect[data-value]')).toHaveLength(data.weeks.length);
    expect([...chart.querySelectorAll('rect[data-value]')].map((r) => r.getAttribute('data-value'))).toEqual(data.intents.byWeek.map((w) => String(w.count)));
    const image = within(chart).getByRole('img');
    expect(image.getAttribute('aria-labelledby')).toBeTruthy();
    expect(chart.querySelector('title')?.textContent).toMatch(/^Investment intents by week: 12 in total; most in the week of /);
    const table = within(chart).getByRole('table', { hidden: true });
    expect([...table.querySelectorAll('tbody tr')].map((tr) => tr.querySelector('td')?.textContent)).toEqual(data.intents.byWeek.map((w) => String(w.count)));
    const activity = within(panel).getByTestId('insights-chart-activity');
    expect(activity.querySelectorAll('polyline')).toHaveLength(4);
    expect(within(activity).getByRole('list', { name: en['chart.legend'] }).textContent).toContain(en['weeks.guideViews']);
  });

  it('asks again for another period and investor language, and keeps them in the address', async () => {
    const server = withInsights(createFakeServer());
    const { router } = renderConsole(server, { path: '/dashboard', as: 'admin', language: 'en' });
    const panel = await screen.findByTestId('insights');
    await within(panel).findByTestId('insights-summary');
    // presets count back from the district's today the server gave, not from this machine's clock
    const today = DISTRICT_TODAY;

    fireEvent.mouseDown(within(panel).getByLabelText(en['period.label']!));
    fireEvent.click(within(panel).getByLabelText(en['period.label']!));
    const preset = await waitFor(() => {
      const found = [...document.querySelectorAll<HTMLElement>('.ant-picker-presets li')].find((li) => li.textContent === en['period.preset.last7']);
      if (!found) throw new Error('no presets');
      return found;
    });
    fireEvent.click(preset);
    await waitFor(() => expect(router.state.location.search).toBe(`?from=${shiftDay(today, -6)}&to=${today}`));
    await waitFor(() => expect(server.answered.at(-1)?.get('from')).toBe(shiftDay(today, -6)));

    await choose(en['language.label']!, '日本語', panel);
    await waitFor(() => expect(router.state.location.search).toBe(`?from=${shiftDay(today, -6)}&to=${today}&language=ja`));
    await waitFor(() => expect(Object.fromEntries(server.answered.at(-1) ?? [])).toEqual({ from: shiftDay(today, -6), to: today, language: 'ja' }));
  });

  it("marks the district's today in the picker and offers no later day, whatever the browser's clock says", async () => {
    const server = withInsights(createFakeServer());
    renderConsole(server, { path: '/dashboard', as: 'admin', language: 'en' });
    const panel = await screen.findByTestId('insights');
    await within(panel).findByTestId('insights-summary');
    fireEvent.mouseDown(within(panel).getByLabelText(en['period.label']!));
    fireEvent.click(within(panel).getByLabelText(en['period.label']!));
    const cell = (day: string) => waitFor(() => {
      const found = document.querySelector<HTMLElement>(`.ant-picker-dropdown td[title="${day}"]`);
      if (!found) throw new Error(`no day ${day} in the picker`);
      return found;
    });
    expect((await cell(DISTRICT_TODAY)).classList.contains('ant-picker-cell-today')).toBe(true);
    expect((await cell(DISTRICT_TODAY)).classList.contains('ant-picker-cell-disabled')).toBe(false);
    expect((await cell(shiftDay(DISTRICT_TODAY, 1))).classList.contains('ant-picker-cell-disabled')).toBe(true);
    expect(document.querySelectorAll('.ant-picker-dropdown .ant-picker-cell-today')).toHaveLength(1);
  });

  it('opens on the period in the address', async () => {
    const server = withInsights(createFakeServer());
    renderConsole(server, { path: '/dashboard?from=2025-03-03&to=2025-03-16', as: 'admin', language: 'en' });
    const summary = await screen.findByTestId('insights-summary');
    expect(summary.textContent).toBe(fill(en['period.summary'], { from: 'Mar 3, 2025', to: 'Mar 16, 2025', days: 14, timeZone: 'Asia/Shanghai' }));
    const chart = screen.getByTestId('insights-chart-intents');
    expect([...chart.querySelectorAll('tbody th')].map((th) => th.textContent)).toEqual(['Mar 3, 2025', 'Mar 10, 2025']);
  });

  it("tells staff the intent figures are their own leads'", async () => {
    const server = withInsights(createFakeServer());
    renderConsole(server, { path: '/dashboard', as: 'li.na', language: 'en' });
    const panel = await screen.findByTestId('insights');
    await within(panel).findByTestId('insights-summary');
    expect(within(panel).getAllByText(en['scope.own']!).length).toBe(2);
    expect(within(panel).getByTestId('insights-stat-intents').textContent).toContain('3');
    expect(within(panel).getByText(en['replies.noRate']!)).toBeTruthy();
    expect(within(panel).getByTestId('insights-stat-replyRate').textContent).toContain('—');
  });

  it('says what is wrong with a period before asking the server, in the user’s language', async () => {
    const server = withInsights(createFakeServer());
    renderConsole(server, { path: '/dashboard?from=2025-03-10&to=2025-03-01', as: 'admin', language: 'ja' });
    const period = await screen.findByTestId('insights-period');
    await within(period).findByText('2025-03-10 以上にしてください。');
    const long = withInsights(createFakeServer());
    renderConsole(long, { path: '/dashboard?from=2024-01-01&to=2025-06-30', as: 'admin', language: 'zh-CN' });
    await screen.findByText('不能大于 2024-12-31。');
    // neither period is sent: only the default one, for the district's today the picker counts from
    expect(server.answered.map((q) => Object.fromEntries(q))).toEqual([{}]);
    expect(long.answered.map((q) => Object.fromEntries(q))).toEqual([{}]);
  });

  it('is in all three languages', async () => {
    for (const [language, texts] of [['zh-CN', zh], ['ja', ja]] as const) {
      const server = withInsights(createFakeServer());
      const { view } = renderConsole(server, { path: '/dashboard', as: 'admin', language });
      const panel = await screen.findByTestId('insights');
      await within(panel).findByTestId('insights-summary');
      expect(within(panel).getByRole('heading', { name: texts.title })).toBeTruthy();
      expect(within(panel).getByText(texts['searches.title']!)).toBeTruthy();
      expect(within(panel).getByTestId('insights-replies-rate').textContent).toBe(`${texts['replies.rate']}: 75%`);
      expect(within(panel).getAllByText(texts['chart.table']!)).toHaveLength(2);
      view.unmount();
    }
  });
});
