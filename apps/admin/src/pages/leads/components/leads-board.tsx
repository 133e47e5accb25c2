import { PIPELINE_STAGES, type IntentStage, type LeadSummary } from '@zhaoshang/contracts';
import { Badge, Button, Card, Empty, Flex, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { STAGE_COLORS } from '../../../components/lead-stage-tag';
import { DuplicateTag, ReplyDue } from '../../../components/lead-flags';

const COLUMNS: readonly IntentStage[] = [...PIPELINE_STAGES, 'closed'];

/**
 * The pipeline: a column per stage, counted by the server under the same filters, holding the
 * leads of the first board page. A column with more leads than it shows opens the queue for it.
 */
export function LeadsBoard({
  items,
  stages,
  loading,
  onOpenStage,
}: {
  items: readonly LeadSummary[];
  stages: Record<string, number>;
  loading: boolean;
  onOpenStage: (stage: IntentStage) => void;
}) {
  const { t } = useTranslation();
  return (
    <Flex gap={12} style={{ overflowX: 'auto', paddingBottom: 8 }} data-testid="lead-board">
      {COLUMNS.map((stage) => {
        const leads = items.filter((lead) => lead.stage === stage);
        const count = stages[stage] ?? 0;
        return (
          <Card
            key={stage}
            size="small"
            loading={loading && items.length === 0}
            style={{ minWidth: 220, flex: '1 0 220px' }}
            data-testid="lead-board-column"
            data-stage={stage}
            title={
              <Space>
                <Badge color={STAGE_COLORS[stage] === 'default' ? 'gray' : STAGE_COLORS[stage]} />
                <span>{t(`intents:stage.${stage}`)}</span>
                <Typography.Text type="secondary" data-testid="lead-board-count">
                  {count}
                </Typography.Text>
              </Space>
            }
          >
            <Flex vertical gap={8}>
              {leads.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('leads.board.empty')} />}
              {leads.map((lead) => (
                <Card key={lead.id} size="small" data-testid="lead-card" data-lead-id={lead.id}>
                  <Link to={`/leads/${lead.id}`}>
                    <Typography.Text type="secondary">#{lead.id}</Typography.Text> {lead.companyName}
                  </Link>
                  <div>
                    <Typography.Text type="secondary">
                      {lead.country} · {t(`common:language.${lead.language}`)} · {lead.assignee?.name ?? t('leads.unassigned')}
                    </Typography.Text>
                  </div>
                  {(lead.overdue || lead.possibleDuplicate) && (
                    <Space size={4} wrap style={{ marginTop: 4 }}>
                      {lead.overdue && <ReplyDue replyDueAt={lead.replyDueAt} overdue />}
                      {lead.possibleDuplicate && <DuplicateTag />}
                    </Space>
                  )}
                </Card>
              ))}
              {count > leads.length && (
                <Button type="link" size="small" onClick={() => onOpenStage(stage)}>
                  {t('leads.board.showAll', { count })}
                </Button>
              )}
            </Flex>
          </Card>
        );
      })}
    </Flex>
  );
}
