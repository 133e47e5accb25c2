import type { IntentEventKind, LeadDetail } from '@zhaoshang/contracts';
import { Card, Space, Tag, Timeline, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../services/format';
import { currentLanguage } from '../../../services/language';

type Event = LeadDetail['timeline'][number];

const COLORS: Partial<Record<IntentEventKind, string>> = { stage: 'blue', message: 'green', escalated: 'red', merged: 'orange', note: 'gray', phone_revealed: 'gray' };

/** Who did it: the investor, the system, or a staff member by name. */
export function byName(by: string, t: TFunction): string {
  if (by === 'investor') return t('leads.by.investor');
  if (by === 'system') return t('leads.by.system');
  return by;
}

/** One line per event, in the staff's words (the intents namespace has the investor's). */
export function eventText(event: Event, t: TFunction): string {
  switch (event.kind) {
    case 'assigned':
      return t('leads.event.assigned', { concierge: event.concierge ?? '' });
    case 'reassigned':
      return t('intents:event.reassigned', { concierge: event.concierge ?? '' });
    case 'stage':
      return t('intents:event.stage', { stage: event.stage ? t(`intents:stage.${event.stage}`) : '' });
    case 'message':
      return t(event.fromInvestor ? 'leads.event.messageIn' : 'leads.event.messageOut');
    case 'merged':
      return t('intents:event.merged', { id: event.otherIntentId ?? '' });
    default:
      return t(`intents:event.${event.kind}`);
  }
}

/** A reason shown under the event: a close reason is a code, a reassignment's is free text. */
function reasonText(event: Event, t: TFunction): string | null {
  if (!event.reason) return null;
  if (event.kind === 'stage') return t(`intents:closeReason.${event.reason}`, { defaultValue: event.reason });
  return event.reason;
}

/** Everything that happened to the lead (and to leads merged into it), who did it and when. */
export function LeadTimeline({ lead }: { lead: LeadDetail }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return (
    <Card title={t('leads.timeline.title')} data-testid="lead-timeline">
      <Timeline
        items={lead.timeline.map((event) => {
          const reason = reasonText(event, t);
          const internal = event.internal;
          return {
            key: event.id,
            color: COLORS[event.kind] ?? 'blue',
            content: (
              <div data-testid="lead-timeline-item" data-kind={event.kind} data-internal={internal}>
                <Space size={4} wrap>
                  <Typography.Text strong>{eventText(event, t)}</Typography.Text>
                  {internal && <Tag>{t('leads.internal')}</Tag>}
                  {event.intentId !== lead.id && <Tag color="orange">{t('leads.timeline.fromMerged', { id: event.intentId })}</Tag>}
                </Space>
                {reason && <div>{t('leads.timeline.reason', { reason })}</div>}
                {event.body && event.kind !== 'message' && <div style={{ whiteSpace: 'pre-wrap' }}>{event.body}</div>}
                {event.body && event.kind === 'message' && (
                  <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ marginBottom: 0 }}>
                    {event.body}
                  </Typography.Paragraph>
                )}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('leads.timeline.byAt', { by: byName(event.by, t), at: formatDateTime(event.at, language) })}
                </Typography.Text>
              </div>
            ),
          };
        })}
      />
    </Card>
  );
}
