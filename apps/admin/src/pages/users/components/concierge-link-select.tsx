import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { StaffUser } from '@zhaoshang/contracts';
import { App, Select, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useConcierges } from '../../../hooks/use-concierges';
import { useApi } from '../../../services/api-context';
import { describeError } from '../../../services/errors';

const NONE = 0;

/** Which concierge (店小二) profile a staff account works as: the account sees that profile's leads. */
export function ConciergeLinkSelect({ user }: { user: StaffUser }) {
  const { t } = useTranslation();
  const api = useApi();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const concierges = useConcierges();
  // antd options cannot carry null: 0 stands for "no profile"
  const linked = concierges.data?.items.find((c) => c.staffUserId === user.id)?.id ?? NONE;
  const link = useMutation({
    mutationFn: (conciergeId: number | null) => api.linkStaffConcierge({ path: { id: user.id }, body: { conciergeId } }),
    onSuccess: () => {
      void message.success(t('users.concierge.saved', { username: user.username }));
      // who sees which leads changed
      void queryClient.invalidateQueries({ queryKey: ['concierges'] });
      void queryClient.invalidateQueries({ queryKey: ['leads'] });
    },
    onError: (error) => void message.error(describeError(error, t).message),
  });
  return (
    <Tooltip title={t('users.concierge.help')}>
      <Select<number>
        aria-label={`${t('users.column.concierge')}: ${user.username}`}
        style={{ minWidth: 160 }}
        value={linked}
        loading={concierges.isLoading || link.isPending}
        disabled={link.isPending}
        options={[{ value: NONE, label: t('users.concierge.none') }, ...(concierges.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))]}
        onChange={(value) => link.mutate(value === NONE ? null : value)}
      />
    </Tooltip>
  );
}
