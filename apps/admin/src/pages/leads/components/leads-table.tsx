import type { LeadSummary } from '@zhaoshang/contracts';
import { Space, Table, Typography, type TableColumnsType, type TablePaginationConfig } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LeadStageTag } from '../../../components/lead-stage-tag';
import { DuplicateTag, ReplyDue } from '../../../components/lead-flags';
import { referenceName, useMeta } from '../../../hooks/use-meta';
import { formatDateTime } from '../../../services/format';
import { currentLanguage } from '../../../services/language';

/** The queue: one row per lead, flags where they need attention. */
export function LeadsTable({
  items,
  loading,
  pagination,
}: {
  items: readonly LeadSummary[];
  loading: boolean;
  pagination: TablePaginationConfig;
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const meta = useMeta();
  const industries = (codes: readonly string[]) => codes.map((code) => referenceName(meta.data?.industries, code)).join(t('leads.listSeparator'));

  const columns: TableColumnsType<LeadSummary> = [
    {
      key: 'company',
      title: t('leads.column.company'),
      render: (_, lead) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/leads/${lead.id}`}>
            <Typography.Text type="secondary">#{lead.id}</Typography.Text> {lead.companyName}
          </Link>
          <Typography.Text type="secondary">{lead.country}</Typography.Text>
        </Space>
      ),
    },
    {
      key: 'contact',
      title: t('leads.column.contact'),
      render: (_, lead) => (
        <Space orientation="vertical" size={0}>
          <span>{lead.contactName}</span>
          <Typography.Text type="secondary">{lead.phone}</Typography.Text>
        </Space>
      ),
    },
    { key: 'industries', title: t('leads.column.industries'), render: (_, lead) => industries(lead.industries) },
    { key: 'language', title: t('leads.column.language'), width: 110, render: (_, lead) => <span lang={lead.language}>{t(`common:language.${lead.language}`)}</span> },
    { key: 'source', title: t('leads.column.source'), width: 140, render: (_, lead) => t(`intents:source.${lead.source}`) },
    { key: 'assignee', title: t('leads.column.assignee'), width: 120, render: (_, lead) => lead.assignee?.name ?? <Typography.Text type="warning">{t('leads.unassigned')}</Typography.Text> },
    { key: 'stage', title: t('leads.column.stage'), width: 120, render: (_, lead) => <LeadStageTag stage={lead.stage} /> },
    { key: 'createdAt', title: t('leads.column.createdAt'), width: 170, render: (_, lead) => formatDateTime(lead.createdAt, language) },
    {
      key: 'due',
      title: t('leads.column.replyDue'),
      width: 230,
      render: (_, lead) => (
        <Space size={4} wrap>
          <ReplyDue replyDueAt={lead.replyDueAt} overdue={lead.overdue} />
          {lead.possibleDuplicate && <DuplicateTag />}
        </Space>
      ),
    },
  ];

  return (
    <Table<LeadSummary>
      rowKey="id"
      columns={columns}
      dataSource={[...items]}
      loading={loading}
      scroll={{ x: 1280 }}
      onRow={(lead) => ({ 'data-testid': 'lead-row', 'data-lead-id': lead.id, 'data-overdue': lead.overdue }) as HTMLAttributes<HTMLElement>}
      pagination={pagination}
    />
  );
}
