import { Segmented } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, LANGUAGES, rememberLanguage, type Language } from '../../services/language';

/**
 * The three languages side by side, each named in itself: whoever cannot read the current one
 * still finds theirs. (The signed-in layout has the compact dropdown; its menu is heavier.)
 */
export function LanguageChoice({ style }: { style?: CSSProperties }) {
  const { t, i18n } = useTranslation();
  const choose = (next: Language) => {
    rememberLanguage(next);
    void i18n.changeLanguage(next);
  };
  return (
    <Segmented<Language>
      block
      size="small"
      style={style}
      aria-label={t('common:language.label')}
      value={currentLanguage(i18n)}
      options={LANGUAGES.map((lang) => ({ value: lang, label: <span lang={lang}>{t(`common:language.${lang}`)}</span> }))}
      onChange={choose}
    />
  );
}
