import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

export default function ForbiddenPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="403"
      title={t('forbidden.title')}
      subTitle={t('errors:FORBIDDEN')}
      extra={<Button onClick={() => navigate('/dashboard')}>{t('nav.dashboard')}</Button>}
    />
  );
}
