import { useQuery } from '@tanstack/react-query';
import { ApiError } from '@zhaoshang/api-client';
import type { HealthResponse } from '@zhaoshang/contracts';
import { Badge, Card, Col, Descriptions, Row, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../components/query-error';
import type { Api } from '../../services/api';
import { useApi, useSession } from '../../services/api-context';
import { currentLanguage } from '../../services/language';
import { InsightsPanel } from './components/insights-panel';
import { LeadCountsCard } from './components/lead-counts-card';

type Health = Omit<HealthResponse, 'database' | 'version'> & {
  database: { kind: HealthResponse['database']['kind'] | null; reachable: boolean };
  version: string | null;
};

/**
 * The health endpoint answers 503 while the database is unreachable, with a body the client does
 * not pass on (it is not an error body); a 503 therefore means "degraded, database unreachable".
 */
async function loadHealth(api: Api): Promise<Health> {
  try {
    return await api.getHealth();
  } catch (error) {
    if (error instanceof ApiError && error.status === 503) return { status: 'degraded', database: { kind: null, reachable: false }, version: null };
    throw error;
  }
}

const REFERENCE_LISTS = ['industries', 'policyCategories', 'enterpriseTypes', 'amountRanges', 'spaceKinds', 'areas'] as const;

export default function DashboardPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const session = useSession();
  const language = currentLanguage(i18n);
  const health = useQuery({ queryKey: ['health'], queryFn: () => loadHealth(api), refetchInterval: 60_000 });
  // Reference names are localised by the server, so the cache is per language.
  const meta = useQuery({ queryKey: ['meta', language], queryFn: () => api.getMeta({ query: { lang: language } }) });

  return (
    <>
      <Typography.Title level={3}>{t('dashboard.title')}</Typography.Title>
      {session && <Typography.Paragraph type="secondary">{t('dashboard.welcome', { name: session.user.displayName })}</Typography.Paragraph>}
      <Row gutter={[16, 16]}>
        <Col xs={24}>
          <LeadCountsCard />
        </Col>
        <Col xs={24}>
          <InsightsPanel />
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('dashboard.health.title')} loading={health.isPending}>
            {health.isError ? (
              <QueryError error={health.error} onRetry={() => void health.refetch()} />
            ) : health.data ? (
              <Descriptions column={1} size="small">
                <Descriptions.Item label={t('dashboard.health.status')}>
                  <Badge
                    status={health.data.status === 'ok' ? 'success' : 'warning'}
                    text={t(`dashboard.health.status.${health.data.status}`)}
                  />
                </Descriptions.Item>
                <Descriptions.Item label={t('dashboard.health.database')}>
                  {health.data.database.kind ? t(`dashboard.health.database.${health.data.database.kind}`) : '—'}
                </Descriptions.Item>
                <Descriptions.Item label={t('dashboard.health.reachable')}>
                  {health.data.database.reachable ? (
                    <Tag color="success">{t('dashboard.health.reachable.yes')}</Tag>
                  ) : (
                    <Tag color="error">{t('dashboard.health.reachable.no')}</Tag>
                  )}
                </Descriptions.Item>
                <Descriptions.Item label={t('dashboard.health.version')}>{health.data.version ?? '—'}</Descriptions.Item>
              </Descriptions>
            ) : null}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card
            title={t('dashboard.reference.title')}
            loading={meta.isPending}
            extra={meta.data?.sampleData ? <Tag color="orange">{t('common:sampleData')}</Tag> : null}
          >
            {meta.isError ? (
              <QueryError error={meta.error} onRetry={() => void meta.refetch()} />
            ) : meta.data ? (
              <>
                <Descriptions column={1} size="small" style={{ marginBottom: 16 }}>
                  <Descriptions.Item label={t('dashboard.reference.district')}>
                    <Typography.Text strong>{meta.data.district.name}</Typography.Text>
                  </Descriptions.Item>
                </Descriptions>
                <Row gutter={[16, 16]}>
                  {REFERENCE_LISTS.map((list) => (
                    <Col xs={12} md={8} key={list}>
                      <Statistic title={t(`dashboard.reference.${list}`)} value={meta.data[list].length} />
                    </Col>
                  ))}
                </Row>
              </>
            ) : null}
          </Card>
        </Col>
      </Row>
    </>
  );
}
