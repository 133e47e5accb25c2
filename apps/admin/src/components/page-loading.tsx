import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/** What a lazy screen shows while its chunk loads. */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: 48 }}>
      <Spin aria-label={t('common:state.loading')} />
    </div>
  );
}
