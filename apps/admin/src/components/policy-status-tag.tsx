import type { PolicyStatus } from '@zhaoshang/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<PolicyStatus, string> = { draft: 'blue', published: 'green', archived: 'default' };

export function PolicyStatusTag({ status }: { status: PolicyStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`policies:status.${status}`)}</Tag>;
}
