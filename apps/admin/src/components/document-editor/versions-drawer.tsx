import { DiffOutlined, RollbackOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Drawer, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../services/format';
import { currentLanguage } from '../../services/language';
import { QueryError } from '../query-error';

/** One saved version of a document, as every versions endpoint lists it. */
export type VersionRow = { version: number; action: 'create' | 'update' | 'publish' | 'archive' | 'restore'; at: string; actorName: string | null };

/** How a document's versions are loaded (and cached: the editor refreshes the key after every change). */
export type VersionsQuery = { queryKey: readonly unknown[]; queryFn: () => Promise<{ items: VersionRow[] }> };

const ACTION_COLORS: Record<VersionRow['action'], string> = { create: 'blue', update: 'default', publish: 'green', archive: 'orange', restore: 'purple' };

type Props = {
  open: boolean;
  onClose: () => void;
  versions: VersionsQuery;
  currentVersion: number;
  publishedVersion: number | null;
  canRestore: boolean;
  restoring: boolean;
  onCompare: (versions: [number, number]) => void;
  onRestore: (version: number) => void;
};

/** Every saved version (who, when, what); pick two to compare, or restore one as the working copy. */
export function VersionsDrawer({ open, onClose, versions: query, currentVersion, publishedVersion, canRestore, restoring, onCompare, onRestore }: Props) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const versions = useQuery({ ...query, enabled: open });
  const [selected, setSelected] = useState<number[]>([]);

  const columns: TableColumnsType<VersionRow> = [
    {
      key: 'version',
      title: t('policies.versions.column.version'),
      width: 150,
      render: (_, row) => (
        <Flex gap={4} wrap>
          <Typography.Text strong>v{row.version}</Typography.Text>
          {row.version === currentVersion && <Tag color="processing">{t('policies.versions.current')}</Tag>}
          {row.version === publishedVersion && <Tag color="success">{t('policies.versions.live')}</Tag>}
        </Flex>
      ),
    },
    { key: 'action', title: t('policies.versions.column.action'), width: 110, render: (_, row) => <Tag color={ACTION_COLORS[row.action]}>{t(`policies.version.action.${row.action}`)}</Tag> },
    { key: 'actor', title: t('policies.versions.column.actor'), render: (_, row) => row.actorName ?? t('audit.actor.unknown') },
    { key: 'at', title: t('policies.versions.column.at'), width: 170, render: (_, row) => formatDateTime(row.at, language) },
    ...(canRestore
      ? [
          {
            key: 'restore',
            title: '',
            width: 110,
            render: (_: unknown, row: VersionRow) =>
              row.version === currentVersion ? null : (
                <Button size="small" icon={<RollbackOutlined />} loading={restoring} onClick={() => onRestore(row.version)} aria-label={t('policies.versions.restoreVersion', { version: row.version })}>
                  {t('policies.versions.restore')}
                </Button>
              ),
          },
        ]
      : []),
  ];

  return (
    <Drawer title={t('policies.versions.title')} open={open} onClose={onClose} size={720} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('policies.versions.help')}</Typography.Paragraph>
      {versions.isError && <QueryError error={versions.error} onRetry={() => void versions.refetch()} />}
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{t('policies.versions.selected', { count: selected.length })}</Typography.Text>
        <Button type="primary" icon={<DiffOutlined />} disabled={selected.length !== 2} onClick={() => onCompare([selected[0] ?? 0, selected[1] ?? 0])}>
          {t('policies.versions.compare')}
        </Button>
      </Flex>
      <Table<VersionRow>
        rowKey="version"
        size="small"
        columns={columns}
        dataSource={versions.data?.items ?? []}
        loading={versions.isFetching}
        pagination={false}
        rowSelection={{
          selectedRowKeys: selected,
          hideSelectAll: true,
          onChange: (keys) => setSelected(keys.map(Number).slice(-2)),
          getCheckboxProps: (row) => ({
            disabled: selected.length >= 2 && !selected.includes(row.version),
            'aria-label': t('policies.versions.select', { version: row.version }),
          }),
        }}
      />
      {canRestore && <Alert style={{ marginTop: 16 }} type="info" showIcon title={t('policies.versions.restoreHelp')} />}
    </Drawer>
  );
}
