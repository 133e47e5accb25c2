import { BellOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Empty, Flex, Popover, Typography, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Api } from '../services/api';
import { useApi } from '../services/api-context';
import { formatDateTime } from '../services/format';
import { currentLanguage } from '../services/language';

type Notification = Awaited<ReturnType<Api['adminListNotifications']>>['items'][number];

/** How often the bell asks for news; the server has no push channel to the console. */
export const NOTIFICATION_POLL_MS = 30_000;
export const notificationsQueryKey = ['notifications'];

/** The header bell: unread count, the latest notifications, each opening its lead; read when opened. */
export function NotificationBell() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { token } = theme.useToken();
  const language = currentLanguage(i18n);
  const [open, setOpen] = useState(false);
  const notifications = useQuery({
    queryKey: notificationsQueryKey,
    queryFn: () => api.adminListNotifications(),
    refetchInterval: NOTIFICATION_POLL_MS,
    // a list seen a moment ago is not worth a request on every re-render of the header
    staleTime: 10_000,
  });
  const read = useMutation({
    mutationFn: (ids?: number[]) => api.adminReadNotifications({ body: ids ? { ids } : {} }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationsQueryKey }),
  });
  const unread = notifications.data?.unread ?? 0;
  const items = notifications.data?.items ?? [];

  const openLead = (notification: Notification) => {
    if (!notification.read) read.mutate([notification.id]);
    setOpen(false);
    navigate(`/leads/${notification.intentId}`);
  };

  const content = (
    <div style={{ width: 340 }} data-testid="notification-list">
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Text strong>{t('notifications.title')}</Typography.Text>
        <Button type="link" size="small" disabled={unread === 0} loading={read.isPending && read.variables === undefined} onClick={() => read.mutate(undefined)}>
          {t('notifications.readAll')}
        </Button>
      </Flex>
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />
      ) : (
        <Flex vertical style={{ maxHeight: 400, overflowY: 'auto' }}>
          {items.map((notification) => (
            <button
              key={notification.id}
              type="button"
              data-testid="notification-item"
              data-read={notification.read}
              onClick={() => openLead(notification)}
              style={{
                all: 'unset',
                cursor: 'pointer',
                padding: '8px 4px',
                borderBottom: `1px solid ${token.colorSplit}`,
                background: notification.read ? undefined : token.colorPrimaryBg,
              }}
            >
              <Flex gap={8} align="start">
                <Badge status={notification.read ? 'default' : 'processing'} />
                <div>
                  <Typography.Text strong={!notification.read}>
                    {t(`notifications.kind.${notification.kind}`, { id: notification.intentId, company: notification.companyName })}
                  </Typography.Text>
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatDateTime(notification.at, language)}
                    </Typography.Text>
                  </div>
                </div>
              </Flex>
            </button>
          ))}
        </Flex>
      )}
    </div>
  );

  return (
    <Popover trigger="click" placement="bottomRight" open={open} onOpenChange={setOpen} content={content} arrow={false}>
      <Button type="text" aria-label={t('notifications.label', { count: unread })} data-testid="notification-bell">
        <Badge count={unread} size="small" data-testid="notification-count">
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Popover>
  );
}
