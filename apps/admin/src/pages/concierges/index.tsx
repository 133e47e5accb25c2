import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AdminConcierge } from '@zhaoshang/contracts';
import { conciergesAdminTexts } from '@zhaoshang/i18n';
import { App, Avatar, Badge, Button, Flex, Input, Segmented, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { QueryError } from '../../components/query-error';
import { useConcierges } from '../../hooks/use-concierges';
import { useFeatureTranslation } from '../../hooks/use-feature-translation';
import { useMeta } from '../../hooks/use-meta';
import { useApi, useSession } from '../../services/api-context';
import { describeError } from '../../services/errors';
import { currentLanguage } from '../../services/language';
import { dayText } from './concierge-form';
import { CONCIERGES_KEY, ConciergeDrawer, conciergeKey } from './components/concierge-drawer';
import { DeactivateDialog } from './components/deactivate-dialog';

type Status = 'all' | 'active' | 'inactive';

/** The concierges (店小二): staff read them, admins edit, deactivate and reactivate them. */
export default function ConciergesPage() {
  const { t, i18n } = useFeatureTranslation('concierges-admin', conciergesAdminTexts);
  const api = useApi();
  const session = useSession();
  const queryClient = useQueryClient();
  const { message, modal } = App.useApp();
  const language = currentLanguage(i18n);
  const isAdmin = session?.user.role === 'admin';
  const meta = useMeta();
  // the lead desk's list of concierges: one query, names in the UI language
  const list = useConcierges();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<Status>('all');
  const [open, setOpen] = useState<number | 'new' | null>(null);
  const [leaving, setLeaving] = useState<AdminConcierge | null>(null);

  const reactivate = useMutation({
    mutationFn: (c: AdminConcierge) => api.adminReactivateConcierge({ path: { id: c.id }, body: { version: c.version } }),
    onSuccess: (c) => {
      queryClient.setQueryData(conciergeKey(c.id), c);
      void queryClient.invalidateQueries({ queryKey: CONCIERGES_KEY });
      void message.success(t('reactivate.done', { name: c.name }));
    },
    onError: (error) => void message.error(describeError(error, t).message),
  });
  const confirmReactivate = (c: AdminConcierge) =>
    modal.confirm({
      title: t('reactivate.title', { name: c.name }),
      content: t('reactivate.body'),
      okText: t('action.reactivate'),
      cancelText: t('common:action.cancel'),
      onOk: () => reactivate.mutateAsync(c).catch(() => undefined),
    });

  const days = { day: (d: number) => t(`day.${d}`), range: (from: string, to: string) => t('days.range', { from, to }), separator: t('days.separator') };
  const industryName = (code: string) => meta.data?.industries.find((i) => i.code === code)?.name ?? code;
  const areaName = (code: string) => meta.data?.areas.find((a) => a.code === code)?.name ?? code;
  const needle = q.trim().toLowerCase();
  const rows = (list.data?.items ?? [])
    .filter((c) => status === 'all' || (status === 'active') === c.active)
    .filter((c) => !needle || [c.code, c.phone, c.wechatId ?? '', ...Object.values(c.names)].some((v) => (v ?? '').toLowerCase().includes(needle)));

  const columns: TableColumnsType<AdminConcierge> = [
    {
      key: 'name',
      title: t('column.name'),
      width: 240,
      render: (_, c) => (
        <Flex gap={12} align="center">
          <Avatar src={c.photoUrl ?? undefined}>{c.name.slice(0, 1)}</Avatar>
          <div>
            <Typography.Link onClick={() => setOpen(c.id)} aria-label={t('open', { name: c.name })}>
              {c.name}
            </Typography.Link>
            <Typography.Text type="secondary" style={{ display: 'block' }}>
              {c.titles[language] || c.titles['zh-CN']}
            </Typography.Text>
            {c.sample && <Tag color="orange">{t('common:sampleData')}</Tag>}
          </div>
        </Flex>
      ),
    },
    {
      key: 'languages',
      title: t('column.languages'),
      width: 120,
      render: (_, c) => (
        <Space size={4} wrap>
          {c.languages.map((l) => (
            <Tag key={l}>{t(`common:language.${l}`)}</Tag>
          ))}
        </Space>
      ),
    },
    {
      key: 'coverage',
      title: t('column.coverage'),
      width: 320,
      render: (_, c) => (
        <>
          <div>{c.industries.map(industryName).join('、')}</div>
          <Typography.Text type="secondary">{c.areas.map(areaName).join('、')}</Typography.Text>
        </>
      ),
    },
    {
      key: 'contact',
      title: t('column.contact'),
      width: 190,
      render: (_, c) => (
        <>
          <div>{c.phone}</div>
          <Typography.Text type="secondary">{c.wechatId ?? '—'}</Typography.Text>
        </>
      ),
    },
    {
      key: 'hours',
      title: t('column.officeHours'),
      width: 210,
      render: (_, c) => (
        <>
          <div>
            {t('hours', { days: dayText(c.officeHours.days, days), from: c.officeHours.from, to: c.officeHours.to })}
            {c.officeHours.timezone !== 'Asia/Shanghai' && ` ${t('hours.zone', { timezone: c.officeHours.timezone })}`}
          </div>
          <Badge status={c.presence.inOffice ? 'success' : 'default'} text={t(c.presence.inOffice ? 'presence.in' : 'presence.out')} />
        </>
      ),
    },
    { key: 'openLeads', dataIndex: 'openLeads', title: t('column.openLeads'), width: 110, align: 'right' },
    { key: 'account', title: t('column.account'), width: 140, render: (_, c) => c.staffUsername ?? <Typography.Text type="secondary">{t('account.none')}</Typography.Text> },
    {
      key: 'status',
      title: t('column.status'),
      width: 100,
      render: (_, c) => <Tag color={c.active ? 'success' : 'default'} data-status={c.active ? 'active' : 'inactive'}>{t(c.active ? 'status.active' : 'status.inactive')}</Tag>,
    },
    {
      key: 'actions',
      title: t('column.actions'),
      width: 170,
      render: (_, c) => (
        <Space size={0} wrap>
          <Button type="link" size="small" onClick={() => setOpen(c.id)}>
            {t(isAdmin ? 'action.edit' : 'action.view')}
          </Button>
          {isAdmin && c.active && (
            <Button type="link" size="small" danger onClick={() => setLeaving(c)}>
              {t('action.deactivate')}
            </Button>
          )}
          {isAdmin && !c.active && (
            <Button type="link" size="small" onClick={() => confirmReactivate(c)}>
              {t('action.reactivate')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <div>
          <Typography.Title level={3} style={{ marginBottom: 0 }}>
            {t('title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('subtitle')}</Typography.Paragraph>
        </div>
        {isAdmin && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen('new')}>
            {t('create')}
          </Button>
        )}
      </Flex>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search allowClear style={{ width: 300 }} aria-label={t('filter.q')} placeholder={t('filter.q')} onSearch={(value) => setQ(value)} />
        <Segmented<Status>
          aria-label={t('filter.status')}
          value={status}
          onChange={setStatus}
          options={(['all', 'active', 'inactive'] as const).map((s) => ({ value: s, label: t(`filter.status.${s}`) }))}
        />
      </Space>
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <Table<AdminConcierge>
        rowKey="id"
        columns={columns}
        dataSource={rows}
        loading={list.isFetching}
        scroll={{ x: 1560 }}
        locale={{ emptyText: t('empty') }}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (total) => t('table.total', { count: total }) }}
        rowClassName={(c) => (c.active ? '' : 'concierge-row--inactive')}
      />
      {open !== null && (
        <ConciergeDrawer key={String(open)} id={open} canEdit={isAdmin} t={t} language={language} onClose={() => setOpen(null)} onCreated={(id) => setOpen(id)} />
      )}
      {leaving && <DeactivateDialog concierge={leaving} t={t} onClose={() => setLeaving(null)} />}
    </>
  );
}
