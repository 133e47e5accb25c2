import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Col, Flex, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LeadStageTag } from '../../components/lead-stage-tag';
import { PageLoading } from '../../components/page-loading';
import { QueryError } from '../../components/query-error';
import { DuplicateTag, ReplyDue } from '../../components/lead-flags';
import { useApi } from '../../services/api-context';
import NotFoundPage from '../not-found';
import { DuplicatesCard } from './components/duplicates-card';
import { IntentFacts } from './components/intent-facts';
import { LeadTimeline } from './components/lead-timeline';
import { MessageThread } from './components/message-thread';
import { NotesCard } from './components/notes-card';
import { ReassignCard } from './components/reassign-card';
import { StageControl } from './components/stage-control';
import { leadQueryKey } from './use-lead-change';

/** `/leads/:id`: one investment intent, what the investor sent and everything the desk does with it. */
export default function LeadDetailPage() {
  const { id } = useParams();
  if (!id || !/^\d+$/.test(id)) return <NotFoundPage />;
  return <LeadDetailView key={id} id={Number(id)} />;
}

function BackToLeads() {
  const { t } = useTranslation();
  return (
    <Link to="/leads">
      <ArrowLeftOutlined /> {t('leads.backToList')}
    </Link>
  );
}

function LeadDetailView({ id }: { id: number }) {
  const { t } = useTranslation();
  const api = useApi();
  const query = useQuery({ queryKey: leadQueryKey(id), queryFn: () => api.adminGetLead({ path: { id } }) });

  if (query.isError && !query.data) {
    return (
      <>
        <BackToLeads />
        <div style={{ marginTop: 16 }}>
          <QueryError error={query.error} onRetry={() => void query.refetch()} />
        </div>
      </>
    );
  }
  const lead = query.data;
  if (!lead) return <PageLoading />;

  return (
    <>
      <BackToLeads />
      <Flex align="center" gap={12} wrap style={{ margin: '12px 0 16px' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          <Typography.Text type="secondary">#{lead.id}</Typography.Text> {lead.companyName}
        </Typography.Title>
        <Space size={4} wrap>
          <LeadStageTag stage={lead.stage} closeReason={lead.closeReason} />
          {lead.overdue && <ReplyDue replyDueAt={lead.replyDueAt} overdue />}
          {lead.possibleDuplicate && <DuplicateTag />}
        </Space>
      </Flex>
      {lead.mergedIntoId !== null && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('leads.mergedInto', { id: lead.mergedIntoId })}
          action={<Link to={`/leads/${lead.mergedIntoId}`}>{t('leads.mergedInto.open', { id: lead.mergedIntoId })}</Link>}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Flex vertical gap={16}>
            <StageControl lead={lead} />
            <IntentFacts lead={lead} />
            <MessageThread lead={lead} />
          </Flex>
        </Col>
        <Col xs={24} xl={8}>
          <Flex vertical gap={16}>
            <ReassignCard lead={lead} />
            {lead.duplicates.length > 0 && <DuplicatesCard lead={lead} />}
            <NotesCard lead={lead} />
            <LeadTimeline lead={lead} />
          </Flex>
        </Col>
      </Row>
    </>
  );
}
