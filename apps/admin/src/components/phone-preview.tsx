import { FALLBACK_CHAIN, type Language } from '@zhaoshang/contracts';
import { Segmented, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../services/language';

export const PREVIEW_NAVY = '#14365d';

/** The language an investor reading `language` gets, as the server picks it: the first along the chain with a title. */
export function readingLanguage(translations: Partial<Record<Language, { title?: string } | undefined>>, language: Language): Language {
  return FALLBACK_CHAIN[language].find((l) => translations[l]?.title?.trim()) ?? 'zh-CN';
}

type Props = {
  /** the language the editor previews, and the one the text is actually in (its fallback) */
  language: Language;
  used: Language;
  onLanguageChange: (language: Language) => void;
  /** the mini-program's title bar, in the previewed language */
  title: string;
  testId: string;
  children: ReactNode;
};

/**
 * A phone-width panel framed like the mini-program: a language switch above it, the title bar, the
 * fallback note the investor would see when the text is in another language, and the content.
 * The policy and guide editors fill it with their own page.
 */
export function PhonePreview({ language, used, onLanguageChange, title, testId, children }: Props) {
  const { t: uiT, i18n } = useTranslation();
  const t = i18n.getFixedT(language);
  return (
    <div>
      <Segmented<Language>
        block
        value={language}
        onChange={onLanguageChange}
        options={LANGUAGES.map((l) => ({ value: l, label: <span lang={l}>{uiT(`common:language.${l}`)}</span> }))}
        style={{ marginBottom: 16 }}
        aria-label={uiT('admin:policies.preview.language')}
      />
      <div
        data-testid={testId}
        lang={used}
        style={{ width: 375, maxWidth: '100%', margin: '0 auto', border: '10px solid #1f1f1f', borderRadius: 32, overflow: 'hidden', background: '#f4f6f9' }}
      >
        <div style={{ background: PREVIEW_NAVY, color: '#fff', textAlign: 'center', padding: '12px 8px', fontSize: 15 }}>{title}</div>
        <div style={{ height: 640, overflowY: 'auto', padding: 12, fontSize: 14, lineHeight: 1.6, color: '#1f2933' }}>
          {used !== language && (
            <div role="note" style={{ background: '#fff7e6', border: '1px solid #ffd591', borderRadius: 8, padding: '6px 10px', marginBottom: 10, fontSize: 13 }}>
              {t('common:fallbackNote', { language: t(`common:language.${used}`) })}
            </div>
          )}
          {children}
        </div>
      </div>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, textAlign: 'center' }}>
        {uiT('admin:policies.preview.note')}
      </Typography.Paragraph>
    </div>
  );
}
