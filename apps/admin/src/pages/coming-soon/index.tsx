import { Result } from 'antd';
import { useTranslation } from 'react-i18next';

/** Stands in for a console page that a later release builds; `feature` is its admin key. */
export default function ComingSoonPage({ feature }: { feature: string }) {
  const { t } = useTranslation();
  return <Result status="info" title={t(feature)} subTitle={t('placeholder.laterRelease')} />;
}
