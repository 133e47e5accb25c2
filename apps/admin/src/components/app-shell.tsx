import { useTranslation } from 'react-i18next';

/**
 * What the console shows while the sign-in page or the layout loads: the shell index.html painted
 * before any JavaScript (same markup, styled there), so mounting the console changes nothing on
 * screen until the page is ready. Plain elements: it must not wait for antd.
 */
export function AppShell() {
  const { t } = useTranslation();
  return (
    <div className="shell">
      <div className="shell__card" aria-busy="true">
        <h1 className="shell__title">{t('app.title')}</h1>
        <div className="shell__bar shell__bar--text" />
        <div className="shell__bar shell__bar--choice" />
        <div className="shell__bar shell__bar--field" />
        <div className="shell__bar shell__bar--field" />
        <div className="shell__bar" />
        <p className="shell__status" role="status">
          {t('common:state.loading')}
        </p>
      </div>
    </div>
  );
}
