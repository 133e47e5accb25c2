import type { StaffRole } from '@zhaoshang/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

export function RoleTag({ role }: { role: StaffRole }) {
  const { t } = useTranslation();
  return <Tag color={role === 'admin' ? 'gold' : 'blue'}>{t(`role.${role}`)}</Tag>;
}
