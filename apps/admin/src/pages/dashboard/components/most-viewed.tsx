import type { ViewedItem } from '@zhaoshang/contracts';
import { Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Language } from '../../../services/language';
import { formatNumber } from './format';
import { ListTable } from './list-table';

/** The most viewed policies (linked to their editor) or guide pages. */
export function MostViewed({ kind, total, items, language, testId }: { kind: 'policies' | 'guide'; total: number; items: ViewedItem[]; language: Language; testId: string }) {
  const { t } = useTranslation('insights');
  const item = (row: ViewedItem) => {
    if (kind === 'guide') return row.title ?? row.key;
    if (row.title === null) return <Typography.Text type="secondary">{t('views.unpublished', { id: row.key })}</Typography.Text>;
    return <Link to={`/policies/${row.key}`}>{row.title}</Link>;
  };
  return (
    <div data-testid={testId}>
      <ListTable
        caption={t(kind === 'policies' ? 'views.policies' : 'views.guide')}
        columns={[
          { key: 'item', title: t('views.item'), render: item },
          { key: 'views', title: t('views.count'), align: 'right', render: (row) => formatNumber(row.views, language) },
        ]}
        rows={items}
        rowKey={(r) => r.key}
        empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('views.empty')} />}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {t('views.total', { total: formatNumber(total, language) })}
      </Typography.Paragraph>
    </div>
  );
}
