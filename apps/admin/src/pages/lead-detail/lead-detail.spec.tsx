import { resources } from '@zhaoshang/i18n';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createFakeServer, PATHS } from '../../test/fake-server';
import { renderConsole } from '../../test/render-console';
import { buttonNamed, choose, fill } from '../../test/ui';

const en = resources.en;
const admin = en.admin;

/** The detail page of lead `id`, once it has loaded. */
async function openLead(id: number, as = 'li.na') {
  const server = createFakeServer();
  const view = renderConsole(server, { path: `/leads/${id}`, as, language: 'en' });
  await screen.findByTestId('lead-stage-control');
  return { server, ...view };
}

const stageControl = () => screen.getByTestId('lead-stage-control');
const timelineTexts = () => within(screen.getByTestId('lead-timeline')).queryAllByTestId('lead-timeline-item').map((item) => item.textContent ?? '');
const stageBodies = (server: ReturnType<typeof createFakeServer>) => server.calls(PATHS.changeLeadStage).map((r) => JSON.parse(r.body ?? '{}') as unknown);
const moveTo = (stage: string) => fill(admin['leads.stage.moveTo'], { stage: en.intents[`stage.${stage}`]! });

describe('lead detail', () => {
  // the route loads this page lazily: compile it once up front, so the first test's wait measures
  // the page, not the transform of its modules on a busy machine
  beforeAll(() => import('.'));

  it('shows everything the investor sent, with the phone masked until "show number"', async () => {
    const { server } = await openLead(1);
    const intent = screen.getByTestId('lead-intent');
    expect(within(intent).getByText('Suzuki Precision Co., Ltd.')).toBeTruthy();
    expect(within(intent).getByText('蘇州北駅の近くで5,000㎡の工場を探しています。')).toBeTruthy();
    expect(within(intent).getByText(en.intents['timeline.within_6_months']!)).toBeTruthy();
    expect(await within(intent).findByText('China-Japan zone')).toBeTruthy();
    // the policy the investor matched links to the policy editor
    expect(within(intent).getByText('相科贷：科技型中小企业信贷产品').closest('a')?.getAttribute('href')).toBe('/policies/1');
    // the attached profile, in words
    expect(within(intent).getByText(`${admin['leads.profile.size']}: ${en.policies['size.medium']}`)).toBeTruthy();
    expect(within(intent).getByText(`${admin['leads.profile.highTech']}: ${admin['leads.yes']}`)).toBeTruthy();

    expect(screen.getByTestId('lead-phone').textContent).toBe('+81 901***5678');
    expect(screen.getByTestId('lead-email').textContent).toBe('s***@example.jp');
    fireEvent.click(screen.getByTestId('lead-reveal-phone'));
    await waitFor(() => expect(screen.getByTestId('lead-phone').textContent).toBe('+819012345678'));
    expect(screen.getByTestId('lead-email').textContent).toBe('suzuki@example.jp');
    expect(screen.queryByTestId('lead-reveal-phone')).toBeNull();
    // showing the number is on the record: the timeline (internal) and the audit log
    await waitFor(() => expect(timelineTexts().some((text) => text.includes(en.intents['event.phone_revealed']!) && text.includes(admin['leads.internal']!))).toBe(true));
    expect(server.audit[0]).toMatchObject({ action: 'lead.reveal_contact', targetId: '1', actorName: '李娜' });
  });

  it('moves the lead to the next stage with the version it shows', async () => {
    const { server } = await openLead(1);
    expect(stageControl().getAttribute('data-version')).toBe('1');
    fireEvent.click(screen.getByTestId('lead-stage-next'));

    await waitFor(() => expect(stageControl().getAttribute('data-stage')).toBe('contacted'));
    expect(stageBodies(server)).toEqual([{ stage: 'contacted', version: 1 }]);
    expect(screen.getByTestId('lead-stage-next').textContent).toBe(moveTo('negotiating'));
    expect(timelineTexts().at(-1)).toContain(fill(en.intents['event.stage'], { stage: en.intents['stage.contacted']! }));
    expect(timelineTexts().at(-1)).toContain('li.na');
    // answered in time: no longer overdue
    expect(within(stageControl().ownerDocument.body).queryAllByTestId('lead-overdue')).toHaveLength(0);
  });

  it('a stale version: says CONFLICT in the UI language, reloads the lead, and the retry goes with the new version', async () => {
    const { server } = await openLead(1);
    // a colleague moves it on meanwhile
    server.leads.changeElsewhere(1, 'negotiating');
    fireEvent.click(screen.getByTestId('lead-stage-next'));

    const alert = await screen.findByTestId('lead-change-error');
    expect(within(alert).getByText(en.errors.CONFLICT!)).toBeTruthy();
    expect(within(alert).getByText(admin['leads.conflict.reloaded']!)).toBeTruthy();
    // reloaded: the colleague's stage and the version that goes with it
    await waitFor(() => expect(stageControl().getAttribute('data-version')).toBe('2'));
    expect(stageControl().getAttribute('data-stage')).toBe('negotiating');
    expect(server.leads.get(1)?.stage).toBe('negotiating');

    fireEvent.click(screen.getByTestId('lead-stage-next'));
    await waitFor(() => expect(stageControl().getAttribute('data-stage')).toBe('site_visit'));
    expect(stageBodies(server)).toEqual([
      { stage: 'contacted', version: 1 },
      { stage: 'site_visit', version: 2 },
    ]);
    expect(screen.queryByTestId('lead-change-error')).toBeNull();
  });

  it('closing needs a reason: asked for before anything is sent', async () => {
    const { server } = await openLead(1);
    await choose(admin['leads.stage.any']!, en.intents['stage.closed']!, stageControl());
    fireEvent.click(screen.getByTestId('lead-stage-apply'));

    const reasonItem = (await within(stageControl()).findByText(admin['leads.stage.reason']!)).closest('.ant-form-item') as HTMLElement;
    expect(await within(reasonItem).findByText(en.errors['field.required']!)).toBeTruthy();
    expect(server.calls(PATHS.changeLeadStage)).toHaveLength(0);

    await choose(admin['leads.stage.reason']!, en.intents['closeReason.chose_elsewhere']!, stageControl());
    fireEvent.click(screen.getByTestId('lead-stage-apply'));
    await waitFor(() => expect(stageControl().getAttribute('data-stage')).toBe('closed'));
    expect(stageBodies(server)).toEqual([{ stage: 'closed', reason: 'chose_elsewhere', version: 1 }]);
    const closed = fill(admin['leads.stage.closedWithReason'], { stage: en.intents['stage.closed']!, reason: en.intents['closeReason.chose_elsewhere']! });
    expect(within(stageControl()).getByText(closed)).toBeTruthy();
    // nothing comes after closed but another choice of stage
    expect(screen.queryByTestId('lead-stage-next')).toBeNull();
  });

  it('replies to the investor in the thread and keeps notes internal', async () => {
    const { server } = await openLead(1);
    const thread = screen.getByTestId('lead-thread');
    expect(within(thread).getAllByTestId('lead-message').map((m) => m.getAttribute('data-from'))).toEqual(['investor']);

    fireEvent.click(screen.getByTestId('lead-reply-send'));
    expect(await within(thread).findByText(en.errors['field.required']!)).toBeTruthy();
    expect(server.calls(PATHS.sendLeadMessage)).toHaveLength(0);

    fireEvent.change(screen.getByTestId('lead-reply-input'), { target: { value: '来週水曜日の午前はいかがでしょうか。' } });
    fireEvent.click(screen.getByTestId('lead-reply-send'));
    await waitFor(() => expect(within(thread).getAllByTestId('lead-message')).toHaveLength(2));
    const reply = within(thread).getAllByTestId('lead-message')[1] as HTMLElement;
    expect(reply.getAttribute('data-from')).toBe('staff');
    expect(reply.textContent).toContain('来週水曜日の午前はいかがでしょうか。');
    expect((screen.getByTestId('lead-reply-input') as HTMLTextAreaElement).value).toBe('');
    expect(JSON.parse(server.calls(PATHS.sendLeadMessage)[0]?.body ?? '{}')).toEqual({ body: '来週水曜日の午前はいかがでしょうか。' });
    expect(timelineTexts().at(-1)).toContain(admin['leads.event.messageOut']);

    fireEvent.change(screen.getByTestId('lead-note-input'), { target: { value: 'Prefers a morning visit; bring the zone brochure.' } });
    fireEvent.click(screen.getByTestId('lead-note-add'));
    const notes = screen.getByTestId('lead-notes');
    await waitFor(() => expect(within(notes).getAllByTestId('lead-note').map((note) => note.textContent)).toEqual([expect.stringContaining('Prefers a morning visit; bring the zone brochure.')]));
    const noteItem = within(screen.getByTestId('lead-timeline'))
      .getAllByTestId('lead-timeline-item')
      .find((item) => item.getAttribute('data-kind') === 'note') as HTMLElement;
    expect(noteItem.textContent).toContain('Prefers a morning visit; bring the zone brochure.');
    expect(noteItem.getAttribute('data-internal')).toBe('true');
    expect(within(noteItem).getByText(admin['leads.internal']!)).toBeTruthy();
    // a note is not a message to the investor
    expect(within(thread).getAllByTestId('lead-message')).toHaveLength(2);
  });

  it('hands the lead over to another concierge with a reason the timeline keeps', async () => {
    const { server } = await openLead(1);
    const card = screen.getByTestId('lead-reassign');
    await choose(admin['leads.reassign.to']!, '王伟 (简体中文 / 日本語)', card);
    fireEvent.change(within(card).getByLabelText(admin['leads.reassign.reason']!), { target: { value: 'Speaks Japanese' } });
    fireEvent.click(buttonNamed(admin['leads.reassign.submit']!, card));

    await waitFor(() => expect(server.leads.get(1)?.conciergeId).toBe(2));
    expect(JSON.parse(server.calls(PATHS.reassignLead)[0]?.body ?? '{}')).toEqual({ conciergeId: 2, reason: 'Speaks Japanese', version: 1 });
    await waitFor(() => expect(timelineTexts().at(-1)).toContain(fill(en.intents['event.reassigned'], { concierge: '王伟' })));
    expect(timelineTexts().at(-1)).toContain(fill(admin['leads.timeline.reason'], { reason: 'Speaks Japanese' }));
  });

  it('merges a duplicate after confirmation; its history joins this lead', async () => {
    const { server, router } = await openLead(2, 'admin');
    const duplicates = screen.getByTestId('lead-duplicates');
    const item = within(duplicates).getByTestId('lead-duplicate-item');
    expect(item.getAttribute('data-lead-id')).toBe('3');
    expect(within(item).getByText(admin['leads.duplicates.matchedOn.uscc']!)).toBeTruthy();

    fireEvent.click(buttonNamed(admin['leads.merge.action']!, item));
    const title = fill(admin['leads.merge.confirm.title'], { id: 3, company: '智行科技（苏州）' });
    const dialog = (await screen.findByText(title, { selector: '.ant-modal-confirm-title' })).closest('[role="dialog"]') as HTMLElement;
    expect(server.calls(PATHS.mergeLead)).toHaveLength(0);
    fireEvent.click(buttonNamed(admin['leads.merge.action']!, dialog));

    await waitFor(() => expect(screen.queryByTestId('lead-duplicates')).toBeNull());
    expect(server.leads.get(3)).toMatchObject({ stage: 'closed', closeReason: 'duplicate', mergedIntoId: 2 });
    expect(JSON.parse(server.calls(PATHS.mergeLead)[0]?.body ?? '{}')).toEqual({ duplicateId: 3 });
    // #3's submission is now on #2's timeline, marked as coming from #3
    expect(timelineTexts().filter((text) => text.includes(fill(admin['leads.timeline.fromMerged'], { id: 3 })))).not.toHaveLength(0);

    // #3 itself says where it went, and can no longer be moved or handed over
    await act(() => router.navigate('/leads/3'));
    expect(await screen.findByText(fill(admin['leads.mergedInto'], { id: 2 }))).toBeTruthy();
    expect(stageControl().getAttribute('data-stage')).toBe('closed');
    expect(screen.queryByTestId('lead-stage-apply')).toBeNull();
    expect(screen.queryByTestId('lead-reassign-submit')).toBeNull();
  });

  it("refuses another concierge's lead to staff as not found", async () => {
    renderConsole(createFakeServer(), { path: '/leads/3', as: 'li.na', language: 'en' });
    expect(await screen.findByText(en.errors.NOT_FOUND!)).toBeTruthy();
  });
});
