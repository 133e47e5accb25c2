import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { StaffUser } from '@zhaoshang/contracts';
import { Badge, Button, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../components/query-error';
import { RoleTag } from '../../components/role-tag';
import { useApi } from '../../services/api-context';
import { formatDateTime } from '../../services/format';
import { currentLanguage } from '../../services/language';
import { ConciergeLinkSelect } from './components/concierge-link-select';
import { CreateUserDrawer } from './components/create-user-drawer';

export default function UsersPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const language = currentLanguage(i18n);
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [creating, setCreating] = useState(false);
  const users = useQuery({
    queryKey: ['staff-users', paging],
    queryFn: () => api.listStaffUsers({ query: paging }),
    placeholderData: keepPreviousData,
  });

  const columns: TableColumnsType<StaffUser> = [
    { key: 'username', dataIndex: 'username', title: t('users.column.username') },
    { key: 'displayName', dataIndex: 'displayName', title: t('users.column.displayName') },
    { key: 'role', dataIndex: 'role', title: t('users.column.role'), render: (_, user) => <RoleTag role={user.role} /> },
    {
      key: 'active',
      dataIndex: 'active',
      title: t('users.column.status'),
      render: (_, user) => <Badge status={user.active ? 'success' : 'default'} text={t(user.active ? 'users.status.active' : 'users.status.inactive')} />,
    },
    { key: 'concierge', title: t('users.column.concierge'), render: (_, user) => <ConciergeLinkSelect user={user} /> },
    { key: 'lastLoginAt', dataIndex: 'lastLoginAt', title: t('users.column.lastLoginAt'), render: (_, user) => formatDateTime(user.lastLoginAt, language) },
    { key: 'createdAt', dataIndex: 'createdAt', title: t('users.column.createdAt'), render: (_, user) => formatDateTime(user.createdAt, language) },
  ];

  return (
    <>
      <Flex justify="space-between" align="center">
        <Typography.Title level={3}>{t('users.title')}</Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('users.create')}
        </Button>
      </Flex>
      {users.isError && <QueryError error={users.error} onRetry={() => void users.refetch()} />}
      <Table<StaffUser>
        rowKey="id"
        columns={columns}
        dataSource={users.data?.items ?? []}
        loading={users.isFetching}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: users.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('table.total', { count: total }),
          onChange: (page, pageSize) => setPaging({ page: pageSize === paging.pageSize ? page : 1, pageSize }),
        }}
      />
      <CreateUserDrawer open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
