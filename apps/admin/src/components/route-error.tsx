import { useTranslation } from 'react-i18next';

/**
 * What the user sees when a screen fails to render or its chunk fails to load (typically after a
 * new release replaced the files). Plain elements on purpose: it lives in the entry chunk and must
 * not depend on anything that itself could fail to load.
 */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <div role="alert" style={{ maxWidth: 480, margin: '15vh auto', padding: 24, fontFamily: 'system-ui, sans-serif', textAlign: 'center' }}>
      <h1 style={{ fontSize: 20, fontWeight: 600 }}>{t('routeError.title')}</h1>
      <p style={{ color: 'rgba(0, 0, 0, 0.65)' }}>{t('routeError.description')}</p>
      <button type="button" onClick={() => window.location.reload()} style={{ padding: '6px 16px', cursor: 'pointer' }}>
        {t('routeError.reload')}
      </button>
    </div>
  );
}
