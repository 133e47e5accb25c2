import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditEntry } from '@zhaoshang/contracts';
import { Flex, Input, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../components/query-error';
import { useApi } from '../../services/api-context';
import { formatDateTime } from '../../services/format';
import { currentLanguage } from '../../services/language';

type Filter = { page: number; pageSize: number; action?: string };

export default function AuditLogPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const language = currentLanguage(i18n);
  const [filter, setFilter] = useState<Filter>({ page: 1, pageSize: 20 });
  const log = useQuery({
    queryKey: ['audit-log', filter],
    queryFn: () => api.listAuditLog({ query: filter }),
    placeholderData: keepPreviousData,
  });

  const columns: TableColumnsType<AuditEntry> = [
    { key: 'at', dataIndex: 'at', title: t('audit.column.at'), width: 180, render: (_, entry) => formatDateTime(entry.at, language) },
    { key: 'actor', dataIndex: 'actorName', title: t('audit.column.actor'), render: (_, entry) => entry.actorName ?? t('audit.actor.unknown') },
    // Action codes are stable identifiers (e.g. auth.login); they are shown as they are stored.
    { key: 'action', dataIndex: 'action', title: t('audit.column.action'), render: (_, entry) => <Typography.Text code>{entry.action}</Typography.Text> },
    {
      key: 'target',
      title: t('audit.column.target'),
      render: (_, entry) => (entry.targetType ? [entry.targetType, entry.targetId].filter(Boolean).join(' #') : '—'),
    },
    {
      key: 'outcome',
      dataIndex: 'outcome',
      title: t('audit.column.outcome'),
      render: (_, entry) => <Tag color={entry.outcome === 'success' ? 'success' : 'error'}>{t(`audit.outcome.${entry.outcome}`)}</Tag>,
    },
    { key: 'ip', dataIndex: 'ip', title: t('audit.column.ip'), render: (_, entry) => entry.ip ?? '—' },
    {
      key: 'detail',
      dataIndex: 'detail',
      title: t('audit.column.detail'),
      ellipsis: true,
      render: (_, entry) => (entry.detail ? <Typography.Text type="secondary">{JSON.stringify(entry.detail)}</Typography.Text> : '—'),
    },
  ];

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={16}>
        <Typography.Title level={3}>{t('audit.title')}</Typography.Title>
        <Input.Search
          allowClear
          style={{ maxWidth: 320 }}
          aria-label={t('audit.filter.action')}
          placeholder={t('audit.filter.action.placeholder')}
          onSearch={(value) => setFilter((f) => ({ ...f, page: 1, action: value.trim() || undefined }))}
        />
      </Flex>
      {log.isError && <QueryError error={log.error} onRetry={() => void log.refetch()} />}
      <Table<AuditEntry>
        rowKey="id"
        columns={columns}
        dataSource={log.data?.items ?? []}
        loading={log.isFetching}
        scroll={{ x: 900 }}
        pagination={{
          current: filter.page,
          pageSize: filter.pageSize,
          total: log.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('table.total', { count: total }),
          onChange: (page, pageSize) => setFilter((f) => ({ ...f, page: pageSize === f.pageSize ? page : 1, pageSize })),
        }}
      />
    </>
  );
}
