import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { heatmapAdminTexts } from '@zhaoshang/i18n';
import { Alert, Button, Flex, Input, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { QueryError } from '../../../components/query-error';
import { useFeatureTranslation } from '../../../hooks/use-feature-translation';
import { useMeta } from '../../../hooks/use-meta';
import { useApi, useSession } from '../../../services/api-context';
import { formatDateTime } from '../../../services/format';
import { currentLanguage } from '../../../services/language';
import type { DataKind, HeatmapRecord, ViewContext } from '../data-kind';
import { useListFilter } from '../list-filter';
import { ImportDrawer } from './import-drawer';
import { RecordDrawer, listKey } from './record-drawer';
import { RecordName } from './record-name';

/**
 * The console's list of one kind of heatmap data: search, filters and paging on the server, a
 * drawer to read or edit a record, and (for admins) new records and bulk import.
 */
export function DataListPage<R extends HeatmapRecord, I, V extends object>({ kind }: { kind: DataKind<R, I, V> }) {
  const { t, i18n } = useFeatureTranslation('heatmap-admin', heatmapAdminTexts);
  const api = useApi();
  const session = useSession();
  const language = currentLanguage(i18n);
  const canEdit = session?.user.role === 'admin';
  const meta = useMeta();
  const ctx: ViewContext = { t, language, meta: meta.data };
  const [query, setQuery] = useListFilter(kind.filters);
  /** the record in the drawer; `key` stays when a new record is created, so its editor stays */
  const [open, setOpen] = useState<{ id: number | 'new'; key: string } | null>(null);
  const openRecord = (id: number | 'new') => setOpen({ id, key: String(id) });
  const [importing, setImporting] = useState(false);
  const list = useQuery({
    queryKey: [...listKey(kind.target), query],
    queryFn: () => kind.list(api, query),
    placeholderData: keepPreviousData,
  });

  const columns: TableColumnsType<R> = [
    {
      key: 'code',
      title: t('field.code'),
      width: 150,
      render: (_, row) => (
        <Typography.Link onClick={() => openRecord(row.id)} aria-label={t('list.open', { code: row.code })}>
          {row.code}
        </Typography.Link>
      ),
    },
    { key: 'name', title: t('column.name'), render: (_, row) => <RecordName names={row.names} ctx={ctx} /> },
    ...kind.columns(ctx),
    { key: 'sample', title: t('column.sample'), width: 110, render: (_, row) => (row.sample ? <Tag color="orange">{t('common:sampleData')}</Tag> : null) },
    {
      key: 'updatedAt',
      title: t('column.updated'),
      width: 190,
      render: (_, row) => (
        <>
          {formatDateTime(row.updatedAt, language)}
          {row.updatedBy && (
            <Typography.Text type="secondary" style={{ display: 'block' }}>
              {row.updatedBy}
            </Typography.Text>
          )}
        </>
      ),
    },
  ];

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <div>
          <Typography.Title level={3} style={{ marginBottom: 0 }}>
            {t(`${kind.target}.title`)}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t(`${kind.target}.subtitle`)}</Typography.Paragraph>
        </div>
        {canEdit && (
          <Space wrap>
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              {t('list.import')}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => openRecord('new')}>
              {t(`${kind.target}.create`)}
            </Button>
          </Space>
        )}
      </Flex>
      {!canEdit && <Alert type="info" showIcon title={t(`${kind.target}.readOnly`)} style={{ marginBottom: 16 }} />}
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          defaultValue={query.q}
          style={{ width: 300 }}
          aria-label={t('list.search')}
          placeholder={t('list.search.placeholder')}
          onSearch={(value) => setQuery({ q: value.trim() || undefined })}
        />
        {kind.filters.map((filter) => (
          <Select<string | number>
            key={filter.key}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: filter.width }}
            aria-label={t(filter.label)}
            placeholder={t(filter.label)}
            value={query[filter.key]}
            onChange={(value) => setQuery({ [filter.key]: value })}
            options={filter.options(ctx)}
          />
        ))}
      </Space>
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <Table<R>
        rowKey="id"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        scroll={{ x: 1100 }}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('admin:table.total', { count: total }),
          onChange: (page, pageSize) => setQuery({ page: pageSize === query.pageSize ? page : 1, pageSize }),
        }}
      />
      {open !== null && (
        <RecordDrawer key={open.key} kind={kind} id={open.id} canEdit={canEdit} ctx={ctx} onClose={() => setOpen(null)} onCreated={(id) => setOpen({ id, key: open.key })} />
      )}
      {importing && <ImportDrawer kind={kind} ctx={ctx} onClose={() => setImporting(false)} />}
    </>
  );
}
