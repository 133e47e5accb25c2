import { AppstoreOutlined, SettingOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Flex, Segmented, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { QueryError } from '../../components/query-error';
import { useApi } from '../../services/api-context';
import { ExportButtons } from './components/export-buttons';
import { LeadFilters } from './components/lead-filters';
import { LeadsBoard } from './components/leads-board';
import { LeadsTable } from './components/leads-table';
import { changeLeadFilter, leadFilterParams, leadListQuery, parseLeadFilter, type LeadFilter, type LeadView } from './lead-filter';

/** Filters live in the address, so a filtered view can be linked and going back finds it as it was. */
function useLeadFilter(): [LeadFilter, (change: Partial<LeadFilter>) => void] {
  const [params, setParams] = useSearchParams();
  const filter = parseLeadFilter(params);
  const update = (change: Partial<LeadFilter>) => setParams(leadFilterParams(changeLeadFilter(filter, change)), { replace: true });
  return [filter, update];
}

/** The lead desk: the queue or the pipeline board of investment intents, filtered alike. */
export default function LeadsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const [filter, setFilter] = useLeadFilter();
  const query = leadListQuery(filter);
  const leads = useQuery({
    queryKey: ['leads', query],
    queryFn: () => api.adminListLeads({ query }),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3}>{t('leads.title')}</Typography.Title>
        <Space wrap>
          <Segmented<LeadView>
            aria-label={t('leads.view.label')}
            value={filter.view}
            onChange={(view) => setFilter({ view })}
            options={[
              { value: 'queue', label: t('leads.view.queue'), icon: <UnorderedListOutlined /> },
              { value: 'board', label: t('leads.view.board'), icon: <AppstoreOutlined /> },
            ]}
          />
          <ExportButtons filter={filter} />
          <Button icon={<SettingOutlined />} onClick={() => navigate('/leads/rules')}>
            {t('rules.title')}
          </Button>
        </Space>
      </Flex>
      <LeadFilters filter={filter} onChange={setFilter} />
      {leads.isError && <QueryError error={leads.error} onRetry={() => void leads.refetch()} />}
      {filter.view === 'board' ? (
        <LeadsBoard
          items={leads.data?.items ?? []}
          stages={leads.data?.stages ?? {}}
          loading={leads.isFetching}
          onOpenStage={(stage) => setFilter({ view: 'queue', stage })}
        />
      ) : (
        <LeadsTable
          items={leads.data?.items ?? []}
          loading={leads.isFetching}
          pagination={{
            current: filter.page,
            pageSize: filter.pageSize,
            total: leads.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('table.total', { count: total }),
            onChange: (page, pageSize) => setFilter({ page: pageSize === filter.pageSize ? page : 1, pageSize }),
          }}
        />
      )}
    </>
  );
}
