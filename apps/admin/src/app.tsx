import { QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import type { Locale } from 'antd/es/locale';
import enUS from 'antd/locale/en_US';
import jaJP from 'antd/locale/ja_JP';
import zhCN from 'antd/locale/zh_CN';
import { useEffect, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { RouterProvider, type DataRouter } from 'react-router';
import type { Console } from './console';
import { AdminApiProvider } from './services/api-context';
import { currentLanguage, type Language } from './services/language';

const ANTD_LOCALES: Record<Language, Locale> = { 'zh-CN': zhCN, en: enUS, ja: jaJP };

export type AppProps = Console & {
  router: DataRouter;
  /**
   * Component tests render without antd's CSS-in-JS: jsdom's getComputedStyle, which every role
   * query calls, walks each injected style sheet, and that was nine tenths of a test's time.
   */
  withoutStyles?: boolean;
};

export function App({ adminApi, i18n, queryClient, router, withoutStyles = false }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <LocalizedShell withoutStyles={withoutStyles}>
        <QueryClientProvider client={queryClient}>
          <AdminApiProvider value={adminApi}>
            <RouterProvider router={router} />
          </AdminApiProvider>
        </QueryClientProvider>
      </LocalizedShell>
    </I18nextProvider>
  );
}

/** antd's own texts, the document's lang and its title follow the UI language. */
function LocalizedShell({ children, withoutStyles }: { children: ReactNode; withoutStyles: boolean }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('app.title');
  }, [language, t]);
  return (
    // No automatic space between two CJK characters on buttons: labels read as written in all three languages.
    <ConfigProvider locale={ANTD_LOCALES[language]} button={{ autoInsertSpace: false }} theme={withoutStyles ? { zeroRuntime: true } : undefined}>
      {children}
    </ConfigProvider>
  );
}
