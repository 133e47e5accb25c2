import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAdminApi } from '../../../services/api-context';
import { describeError } from '../../../services/errors';
import { saveFile } from '../../../services/save-file';
import { leadCriteria, type LeadFilter } from '../lead-filter';

const FORMATS = ['csv', 'xlsx'] as const;
type Format = (typeof FORMATS)[number];

/** The queue as it is filtered, as a file (not in the generated client: the answer is not JSON). */
export function ExportButtons({ filter }: { filter: LeadFilter }) {
  const { t } = useTranslation();
  const adminApi = useAdminApi();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<Format | null>(null);

  const download = async (format: Format) => {
    setBusy(format);
    try {
      saveFile(await adminApi.download('/api/v1/admin/leads/export', { ...leadCriteria(filter), format }, `leads.${format}`));
    } catch (error) {
      void message.error(describeError(error, t).message);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Space>
      {FORMATS.map((format) => (
        <Button
          key={format}
          icon={<DownloadOutlined />}
          loading={busy === format}
          disabled={busy !== null && busy !== format}
          onClick={() => void download(format)}
          data-testid={`lead-export-${format}`}
        >
          {t(`leads.export.${format}`)}
        </Button>
      ))}
    </Space>
  );
}
