import type { InsightsResponse, SearchTerm } from '@zhaoshang/contracts';
import { Col, Empty, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../services/language';
import { formatNumber } from './format';
import { ListTable, type ListColumn } from './list-table';

type Searches = InsightsResponse['searches']['policies'];

const SHORT: Record<Language, string> = { 'zh-CN': '中', en: 'EN', ja: '日' };

/** The stored query, with the masks put into words. */
export function SearchQuery({ query }: { query: string }) {
  const { t } = useTranslation('insights');
  const parts = query.split(/(\[phone]|\[email])/);
  return (
    <>
      {parts.map((part, i) =>
        part === '[phone]' || part === '[email]' ? (
          <Typography.Text key={i} type="secondary" italic>
            {t(part === '[phone]' ? 'searches.masked.phone' : 'searches.masked.email')}
          </Typography.Text>
        ) : (
          part
        ),
      )}
    </>
  );
}

function Languages({ counts, language }: { counts: SearchTerm['languages']; language: Language }) {
  const { t } = useTranslation('insights');
  return (
    <>
      {(Object.keys(SHORT) as Language[])
        .filter((l) => counts[l] > 0)
        .map((l) => (
          <Tag key={l} title={t(`common:language.${l}`)}>
            {SHORT[l]} {formatNumber(counts[l], language)}
          </Tag>
        ))}
    </>
  );
}

/** Top searches and the searches that found nothing, for one place investors search. */
export function SearchTerms({ searches, language, testId }: { searches: Searches; language: Language; testId: string }) {
  const { t } = useTranslation('insights');
  const columns = (zero: boolean): ListColumn<SearchTerm>[] => [
    { key: 'query', title: t('searches.query'), render: (row) => <SearchQuery query={row.query} /> },
    { key: 'searches', title: zero ? t('searches.zeroCount') : t('searches.count'), align: 'right', render: (row) => formatNumber(row.searches, language) },
    ...(zero ? [] : [{ key: 'zero', title: t('searches.zeroCount'), align: 'right' as const, render: (row: SearchTerm) => formatNumber(row.zeroResults, language) }]),
    { key: 'languages', title: t('searches.languages'), render: (row) => <Languages counts={row.languages} language={language} /> },
  ];
  const empty = (text: string) => <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text} />;
  return (
    <div data-testid={testId}>
      <Typography.Paragraph type="secondary">
        {t('searches.summary', { total: formatNumber(searches.total, language), distinct: formatNumber(searches.distinct, language), zero: formatNumber(searches.zeroResults, language) })}
      </Typography.Paragraph>
      <Row gutter={[24, 16]}>
        <Col xs={24} xl={12}>
          <ListTable testId={`${testId}-top`} caption={t('searches.top')} columns={columns(false)} rows={searches.top} rowKey={(r) => r.query} empty={empty(t('searches.empty'))} />
        </Col>
        <Col xs={24} xl={12}>
          <ListTable
            testId={`${testId}-zero`}
            caption={t('searches.zero')}
            columns={columns(true)}
            rows={searches.zeroResultTop}
            rowKey={(r) => r.query}
            empty={empty(t(searches.total ? 'searches.zeroEmpty' : 'searches.empty'))}
          />
        </Col>
      </Row>
    </div>
  );
}
