import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AdminConcierge, ConciergeDeactivation } from '@zhaoshang/contracts';
import { Alert, Button, Flex, Input, List, Modal, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageLoading } from '../../../components/page-loading';
import { QueryError } from '../../../components/query-error';
import { useApi } from '../../../services/api-context';
import { describeError } from '../../../services/errors';
import { CONCIERGES_KEY, conciergeKey } from './concierge-drawer';

/**
 * Deactivating someone: first how many open leads will be handed over (counted afresh when the
 * dialog opens), then, once done, how many moved and to whom.
 */
export function DeactivateDialog({ concierge, t, onClose }: { concierge: AdminConcierge; t: TFunction; onClose: () => void }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [result, setResult] = useState<ConciergeDeactivation | null>(null);
  const current = useQuery({ queryKey: [...conciergeKey(concierge.id), 'deactivate'], queryFn: () => api.adminGetConcierge({ path: { id: concierge.id } }), staleTime: 0, gcTime: 0 });
  const deactivate = useMutation({
    mutationFn: (version: number) => api.adminDeactivateConcierge({ path: { id: concierge.id }, body: { version, ...(reason.trim() ? { reason: reason.trim() } : {}) } }),
    onSuccess: (done) => {
      setResult(done);
      queryClient.setQueryData(conciergeKey(concierge.id), done.concierge);
      void queryClient.invalidateQueries({ queryKey: CONCIERGES_KEY });
      // the handed-over leads changed hands
      void queryClient.invalidateQueries({ queryKey: ['leads'] });
    },
    // someone changed the profile meanwhile: count again, so the next try names the current version
    onError: () => void current.refetch(),
  });

  if (result) {
    return (
      <Modal open title={t('deactivate.done', { name: result.concierge.name })} onCancel={onClose} footer={<Button type="primary" onClick={onClose}>{t('action.close')}</Button>}>
        <div data-testid="deactivation-result">
          <Typography.Paragraph strong>{t('deactivate.moved', { count: result.reassigned })}</Typography.Paragraph>
          {result.byConcierge.length > 0 && (
            <List
              size="small"
              dataSource={result.byConcierge}
              renderItem={(to) => (
                <List.Item data-concierge-id={to.conciergeId ?? 'queue'}>
                  {to.conciergeId === null ? t('deactivate.queue', { count: to.count }) : t('deactivate.to', { name: to.name ?? '', count: to.count })}
                </List.Item>
              )}
            />
          )}
          {result.moves.length > 0 && (
            <Flex vertical gap={4} style={{ marginTop: 12 }}>
              {result.moves.map((m) => (
                <Link key={m.intentId} to={`/leads/${m.intentId}`}>
                  {t('deactivate.lead', { id: m.intentId, name: m.name ?? t('deactivate.queueName') })}
                </Link>
              ))}
            </Flex>
          )}
        </div>
      </Modal>
    );
  }

  const fresh = current.data;
  return (
    <Modal
      open
      title={t('deactivate.title', { name: concierge.name })}
      onCancel={onClose}
      okText={t('deactivate.ok')}
      okButtonProps={{ danger: true, disabled: !fresh, loading: deactivate.isPending }}
      cancelText={t('common:action.cancel')}
      onOk={() => fresh && deactivate.mutate(fresh.version)}
    >
      {current.isError && <QueryError error={current.error} onRetry={() => void current.refetch()} />}
      {!fresh && !current.isError && <PageLoading />}
      {fresh && (
        <Flex vertical gap={12} data-testid="deactivation-confirm">
          <Typography.Paragraph strong style={{ margin: 0 }} data-open-leads={fresh.openLeads}>
            {fresh.openLeads > 0 ? t('deactivate.count', { count: fresh.openLeads }) : t('deactivate.none')}
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('deactivate.effects')}
          </Typography.Paragraph>
          {fresh.openLeads > 0 && (
            <Input
              aria-label={t('deactivate.reason')}
              placeholder={t('deactivate.reason')}
              maxLength={200}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          )}
          {deactivate.isError && <Alert role="alert" type="error" showIcon title={describeError(deactivate.error, t).message} />}
        </Flex>
      )}
    </Modal>
  );
}
