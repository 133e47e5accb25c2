import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { POLICY_STATUSES, TRANSLATION_STATUSES, type PolicyStatus, type TranslationStatus } from '@zhaoshang/contracts';
import { Button, Flex, Input, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PolicyStatusTag } from '../../components/policy-status-tag';
import { PolicyTitle } from '../../components/policy-title';
import { QueryError } from '../../components/query-error';
import { TranslationStatusTags } from '../../components/translation-status-tags';
import { referenceName, referenceOptions, useMeta } from '../../hooks/use-meta';
import type { Api } from '../../services/api';
import { useApi, useSession } from '../../services/api-context';
import { formatDateTime } from '../../services/format';
import { currentLanguage } from '../../services/language';

type Row = Awaited<ReturnType<Api['adminListPolicies']>>['items'][number];

type Filter = { q?: string; status?: PolicyStatus; category?: string; translation?: TranslationStatus; page: number; pageSize: number };

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined => (values as readonly (string | null)[]).includes(value) ? (value as T) : undefined;
const positive = (value: string | null, fallback: number) => (value && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : fallback);

/** Filters live in the address, so going back from the editor finds the list as it was left. */
function useFilter(): [Filter, (change: Partial<Filter>) => void] {
  const [params, setParams] = useSearchParams();
  const filter: Filter = {
    q: params.get('q') || undefined,
    status: oneOf(POLICY_STATUSES, params.get('status')),
    category: params.get('category') || undefined,
    translation: oneOf(TRANSLATION_STATUSES, params.get('translation')),
    page: positive(params.get('page'), 1),
    pageSize: Math.min(positive(params.get('pageSize'), 20), 100),
  };
  const update = (change: Partial<Filter>) => {
    // any change other than paging starts again at the first page
    const next: Filter = { ...filter, page: 1, ...change };
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(next)) {
      if (value === undefined || value === '' || (key === 'page' && value === 1) || (key === 'pageSize' && value === 20)) continue;
      search.set(key, String(value));
    }
    setParams(search, { replace: true });
  };
  return [filter, update];
}

export default function PoliciesPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const session = useSession();
  const navigate = useNavigate();
  const language = currentLanguage(i18n);
  const isAdmin = session?.user.role === 'admin';
  const [filter, setFilter] = useFilter();
  const meta = useMeta();
  const policies = useQuery({
    queryKey: ['admin-policies', filter],
    queryFn: () => api.adminListPolicies({ query: filter }),
    placeholderData: keepPreviousData,
  });

  const columns: TableColumnsType<Row> = [
    {
      key: 'title',
      title: t('policies.column.title'),
      render: (_, row) => (
        <Link to={`/policies/${row.id}`}>
          <PolicyTitle titles={row.titles} language={language} />
        </Link>
      ),
    },
    { key: 'category', dataIndex: 'category', title: t('policies.column.category'), width: 160, render: (_, row) => referenceName(meta.data?.policyCategories, row.category) },
    { key: 'status', dataIndex: 'status', title: t('policies.column.status'), width: 110, render: (_, row) => <PolicyStatusTag status={row.status} /> },
    { key: 'translations', title: t('policies.column.translations'), width: 300, render: (_, row) => <TranslationStatusTags statuses={row.translationStatus} /> },
    { key: 'updatedAt', dataIndex: 'updatedAt', title: t('policies.column.updatedAt'), width: 180, render: (_, row) => formatDateTime(row.updatedAt, language) },
  ];

  return (
    <>
      <Flex justify="space-between" align="center">
        <Typography.Title level={3}>{t('policies.title')}</Typography.Title>
        {isAdmin && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/policies/new')}>
            {t('policies.create')}
          </Button>
        )}
      </Flex>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          defaultValue={filter.q}
          style={{ width: 320 }}
          aria-label={t('policies.filter.q')}
          placeholder={t('policies.filter.q.placeholder')}
          onSearch={(value) => setFilter({ q: value.trim() || undefined })}
        />
        <Select<PolicyStatus>
          allowClear
          style={{ width: 160 }}
          aria-label={t('policies.filter.status')}
          placeholder={t('policies.filter.status')}
          value={filter.status}
          onChange={(status) => setFilter({ status })}
          options={POLICY_STATUSES.map((status) => ({ value: status, label: t(`policies:status.${status}`) }))}
        />
        <Select<string>
          allowClear
          style={{ width: 200 }}
          aria-label={t('policies.filter.category')}
          placeholder={t('policies.filter.category')}
          value={filter.category}
          onChange={(category) => setFilter({ category })}
          options={referenceOptions(meta.data?.policyCategories)}
        />
        <Select<TranslationStatus>
          allowClear
          style={{ width: 240 }}
          aria-label={t('policies.filter.translation')}
          placeholder={t('policies.filter.translation')}
          value={filter.translation}
          onChange={(translation) => setFilter({ translation })}
          options={TRANSLATION_STATUSES.map((status) => ({ value: status, label: t('policies.filter.translation.option', { status: t(`policies:translation.${status}`) }) }))}
        />
      </Space>
      {policies.isError && <QueryError error={policies.error} onRetry={() => void policies.refetch()} />}
      <Table<Row>
        rowKey="id"
        columns={columns}
        dataSource={policies.data?.items ?? []}
        loading={policies.isFetching}
        scroll={{ x: 960 }}
        pagination={{
          current: filter.page,
          pageSize: filter.pageSize,
          total: policies.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('table.total', { count: total }),
          onChange: (page, pageSize) => setFilter({ page: pageSize === filter.pageSize ? page : 1, pageSize }),
        }}
      />
    </>
  );
}
