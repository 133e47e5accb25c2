import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { insightsRangeIssues, type InsightsResponse } from '@zhaoshang/contracts';
import { insightsTexts } from '@zhaoshang/i18n';
import { Card, Col, Row, Statistic, Tabs, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { QueryError } from '../../../components/query-error';
import { useFeatureTranslation } from '../../../hooks/use-feature-translation';
import { useApi } from '../../../services/api-context';
import { describeError, fieldMessages } from '../../../services/errors';
import { currentLanguage, type Language } from '../../../services/language';
import { usePeriod, type Period, type PeriodQuery } from '../use-period';
import { CountBars } from './count-bars';
import { formatDay, formatNumber, formatPercent } from './format';
import { MostViewed } from './most-viewed';
import { PeriodBar } from './period-bar';
import { ReplyCompliance } from './reply-compliance';
import { SearchTerms } from './search-terms';
import { WeekChart } from './week-chart';

/**
 * The insights of a period: searches (top and with no result), most viewed policies and guide
 * pages, activity and intents by week, intents by stage, industry, source and language, and
 * reply-deadline compliance. One request per period; every chart has its figures as a table.
 */
export function InsightsPanel() {
  const { t, i18n } = useFeatureTranslation('insights', insightsTexts);
  const api = useApi();
  const language = currentLanguage(i18n);
  const [asked, setPeriod] = usePeriod();
  const chosen = asked.from !== undefined && asked.to !== undefined ? { from: asked.from, to: asked.to } : undefined;
  const issues = chosen ? insightsRangeIssues(chosen.from, chosen.to) : [];
  // an impossible period is never sent: the default one is asked instead, for the district's today
  const query: PeriodQuery = issues.length ? (asked.language ? { language: asked.language } : {}) : asked;
  const insights = useQuery({
    queryKey: ['insights', query, language],
    queryFn: () => api.adminInsights({ query }) as Promise<InsightsResponse>,
    placeholderData: keepPreviousData,
  });
  const rangeError = issues.length ? fieldMessages(issues, t)['query.to'] : insights.isError ? describeError(insights.error, t).fields['query.to'] : undefined;
  const data = insights.data;
  // the district's today and the period the server picked come with each answer: the latest one
  // stays known while another loads or fails
  const [last, setLast] = useState<InsightsResponse>();
  useEffect(() => {
    if (data) setLast(data);
  }, [data]);
  const known = data ?? last;
  const shown: Period | undefined = known && { from: chosen?.from ?? known.from, to: chosen?.to ?? known.to, ...(asked.language ? { language: asked.language } : {}) };

  return (
    <section aria-labelledby="insights-title" data-testid="insights">
      <Typography.Title level={4} id="insights-title" style={{ marginTop: 24 }}>
        {t('title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      {known && shown && <PeriodBar period={shown} today={known.today} onChange={setPeriod} error={rangeError} />}
      {insights.isError && !rangeError && (
        <div style={{ marginTop: 16 }}>
          <QueryError error={insights.error} onRetry={() => void insights.refetch()} />
        </div>
      )}
      {data && !rangeError && <Figures data={data} language={language} loading={insights.isFetching} />}
      {!data && insights.isPending && <Card loading style={{ marginTop: 16 }} />}
    </section>
  );
}

function Figures({ data, language, loading }: { data: InsightsResponse; language: Language; loading: boolean }) {
  const { t } = useFeatureTranslation('insights', insightsTexts);
  const { searches, views, intents } = data;
  const zeroShare = searches.policies.total ? searches.policies.zeroResults / searches.policies.total : null;
  const weeks = data.weeks.map((w) => w.week);
  const stat = (key: string, title: string, value: string) => (
    <Col xs={12} md={8} xl={4} key={key}>
      <Card size="small" data-testid={`insights-stat-${key}`}>
        <Statistic title={title} value={value} />
      </Card>
    </Col>
  );
  return (
    <div aria-busy={loading} style={{ marginTop: 16 }}>
      <Typography.Paragraph data-testid="insights-summary">
        {t('period.summary', { from: formatDay(data.from, language), to: formatDay(data.to, language), days: formatNumber(data.days, language), timeZone: data.timeZone })}
      </Typography.Paragraph>
      <Row gutter={[16, 16]}>
        {stat('policySearches', t('stat.policySearches'), formatNumber(searches.policies.total, language))}
        {stat('zeroShare', t('stat.zeroShare'), zeroShare === null ? '—' : formatPercent(zeroShare, language))}
        {stat('policyViews', t('stat.policyViews'), formatNumber(views.policies.total, language))}
        {stat('guideViews', t('stat.guideViews'), formatNumber(views.guide.total, language))}
        {stat('intents', t('stat.intents'), formatNumber(intents.total, language))}
        {stat('replyRate', t('stat.replyRate'), intents.replies.rate === null ? '—' : formatPercent(intents.replies.rate, language))}

        <Col xs={24}>
          <Card title={t('searches.title')}>
            <Tabs
              items={[
                { key: 'policies', label: t('searches.tab.policies'), children: <SearchTerms searches={searches.policies} language={language} testId="insights-searches-policies" /> },
                { key: 'guide', label: t('searches.tab.guide'), children: <SearchTerms searches={searches.guide} language={language} testId="insights-searches-guide" /> },
              ]}
            />
            <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
              {t('searches.maskedNote')}
            </Typography.Paragraph>
          </Card>
        </Col>

        <Col xs={24}>
          <Card title={t('views.title')}>
            <Row gutter={[24, 16]}>
              <Col xs={24} xl={12}>
                <MostViewed kind="policies" total={views.policies.total} items={views.policies.top} language={language} testId="insights-views-policies" />
              </Col>
              <Col xs={24} xl={12}>
                <MostViewed kind="guide" total={views.guide.total} items={views.guide.top} language={language} testId="insights-views-guide" />
              </Col>
            </Row>
          </Card>
        </Col>

        <Col xs={24} xl={12}>
          <Card title={t('weeks.title')}>
            <WeekChart
              testId="insights-chart-activity"
              title={t('weeks.title')}
              weeks={weeks}
              language={language}
              series={(['policySearches', 'policyViews', 'guideSearches', 'guideViews'] as const).map((key) => ({ key, label: t(`weeks.${key}`), values: data.weeks.map((w) => w[key]) }))}
            />
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
              {t('weeks.partial')}
            </Typography.Paragraph>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('intents.title')} extra={<Typography.Text type="secondary">{t(data.scope === 'own' ? 'scope.own' : 'scope.all')}</Typography.Text>}>
            <WeekChart
              testId="insights-chart-intents"
              title={t('intents.title')}
              weeks={intents.byWeek.map((w) => w.week)}
              language={language}
              series={[{ key: 'intents', label: t('intents.count'), values: intents.byWeek.map((w) => w.count) }]}
            />
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
              {t('intents.total', { total: formatNumber(intents.total, language) })}
            </Typography.Paragraph>
          </Card>
        </Col>

        <Col xs={24} md={12} xl={6}>
          <Card title={t('intents.byStage')} size="small">
            <CountBars
              testId="insights-by-stage"
              caption={t('intents.byStage')}
              labelHeader={t('intents.category')}
              countHeader={t('intents.count')}
              language={language}
              rows={intents.byStage.map((s) => ({ key: s.code, label: t(`intents:stage.${s.code}`), count: s.count }))}
            />
          </Card>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Card title={t('intents.byIndustry')} size="small">
            <CountBars
              testId="insights-by-industry"
              caption={t('intents.byIndustry')}
              labelHeader={t('intents.category')}
              countHeader={t('intents.count')}
              language={language}
              rows={intents.byIndustry.map((s) => ({ key: s.code, label: s.name, count: s.count }))}
            />
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
              {t('intents.byIndustry.note')}
            </Typography.Paragraph>
          </Card>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Card title={t('intents.bySource')} size="small">
            <CountBars
              testId="insights-by-source"
              caption={t('intents.bySource')}
              labelHeader={t('intents.category')}
              countHeader={t('intents.count')}
              language={language}
              rows={intents.bySource.map((s) => ({ key: s.code, label: t(`intents:source.${s.code}`), count: s.count }))}
            />
          </Card>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Card title={t('intents.byLanguage')} size="small">
            <CountBars
              testId="insights-by-language"
              caption={t('intents.byLanguage')}
              labelHeader={t('intents.category')}
              countHeader={t('intents.count')}
              language={language}
              rows={intents.byLanguage.map((s) => ({ key: s.code, label: t(`common:language.${s.code}`), count: s.count }))}
            />
          </Card>
        </Col>

        <Col xs={24}>
          <Card title={t('replies.title')} extra={<Typography.Text type="secondary">{t(data.scope === 'own' ? 'scope.own' : 'scope.all')}</Typography.Text>}>
            <ReplyCompliance replies={intents.replies} language={language} />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
