import { ClockCircleOutlined, CopyOutlined } from '@ant-design/icons';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../services/format';
import { currentLanguage } from '../services/language';

/** When a reply is due: a red tag once it is overdue (the server decides), plain text before. */
export function ReplyDue({ replyDueAt, overdue }: { replyDueAt: string | null; overdue: boolean }) {
  const { t, i18n } = useTranslation();
  const due = formatDateTime(replyDueAt, currentLanguage(i18n));
  if (overdue) {
    return (
      <Tag color="error" icon={<ClockCircleOutlined />} data-testid="lead-overdue">
        {t('leads.overdue', { due })}
      </Tag>
    );
  }
  if (!replyDueAt) return <Typography.Text type="secondary">—</Typography.Text>;
  return <Typography.Text>{t('leads.dueAt', { due })}</Typography.Text>;
}

/** A lead that looks like another one (same USCC, phone or WeChat identity). */
export function DuplicateTag() {
  const { t } = useTranslation();
  return (
    <Tag color="warning" icon={<CopyOutlined />} data-testid="lead-duplicate">
      {t('leads.possibleDuplicate')}
    </Tag>
  );
}
