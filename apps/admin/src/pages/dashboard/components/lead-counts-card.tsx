import { useQuery } from '@tanstack/react-query';
import { INTENT_STAGES } from '@zhaoshang/contracts';
import { Card, Col, Row, Statistic, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '../../../components/query-error';
import type { Api } from '../../../services/api';
import { useApi } from '../../../services/api-context';

/** Per-stage counts (the list's `stages`) and the overdue total, from the lead list itself. */
async function loadCounts(api: Api) {
  const [all, overdue] = await Promise.all([
    api.adminListLeads({ query: { page: 1, pageSize: 1 } }),
    api.adminListLeads({ query: { overdue: 'true', page: 1, pageSize: 1 } }),
  ]);
  return { stages: all.stages, total: all.total, overdue: overdue.total };
}

/** The lead desk at a glance: each count opens the queue filtered to it. Staff see their own leads. */
export function LeadCountsCard() {
  const { t } = useTranslation();
  const api = useApi();
  const { token } = theme.useToken();
  const counts = useQuery({ queryKey: ['lead-counts'], queryFn: () => loadCounts(api), refetchInterval: 60_000 });
  return (
    <Card title={t('dashboard.leads.title')} loading={counts.isPending} extra={<Link to="/leads">{t('dashboard.leads.open')}</Link>} data-testid="dashboard-leads">
      {counts.isError ? (
        <QueryError error={counts.error} onRetry={() => void counts.refetch()} />
      ) : counts.data ? (
        <Row gutter={[16, 16]}>
          <Col xs={12} md={6}>
            <Link to="/leads?overdue=true" data-testid="dashboard-leads-overdue">
              <Statistic title={t('dashboard.leads.overdue')} value={counts.data.overdue} styles={{ content: counts.data.overdue > 0 ? { color: token.colorError } : {} }} />
            </Link>
          </Col>
          {INTENT_STAGES.map((stage) => (
            <Col xs={12} md={6} key={stage}>
              <Link to={`/leads?stage=${stage}`} data-testid="dashboard-leads-stage" data-stage={stage}>
                <Statistic title={t(`intents:stage.${stage}`)} value={counts.data.stages[stage] ?? 0} />
              </Link>
            </Col>
          ))}
        </Row>
      ) : null}
      {counts.data && <Typography.Text type="secondary">{t('dashboard.leads.total', { count: counts.data.total })}</Typography.Text>}
    </Card>
  );
}
