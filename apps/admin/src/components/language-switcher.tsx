import { GlobalOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage, LANGUAGES, rememberLanguage, type Language } from '../services/language';

/** Switches the UI language (and antd's texts with it) and remembers the choice. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const choose = (next: Language) => {
    rememberLanguage(next);
    void i18n.changeLanguage(next);
  };
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        selectable: true,
        selectedKeys: [language],
        items: LANGUAGES.map((lang) => ({ key: lang, label: <span lang={lang}>{t(`common:language.${lang}`)}</span> })),
        onClick: ({ key }) => choose(key as Language),
      }}
    >
      <Button type="text" icon={<GlobalOutlined />} aria-label={t('common:language.label')}>
        <span lang={language}>{t(`common:language.${language}`)}</span>
      </Button>
    </Dropdown>
  );
}
