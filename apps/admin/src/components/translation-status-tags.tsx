import type { Language, TranslationStatus } from '@zhaoshang/contracts';
import { Space, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../services/language';

export const TRANSLATION_COLORS: Record<TranslationStatus, string> = { missing: 'error', needs_review: 'warning', done: 'success' };

/** One language's translation status: short language name and the status, colour-coded. */
export function TranslationStatusTag({ language, status }: { language: Language; status: TranslationStatus }) {
  const { t } = useTranslation();
  const statusText = t(`policies:translation.${status}`);
  return (
    <Tooltip title={`${t(`common:language.${language}`)}: ${statusText}`}>
      <Tag color={TRANSLATION_COLORS[status]} data-language={language} data-status={status} aria-label={`${t(`common:language.${language}`)}: ${statusText}`}>
        {t(`policies.lang.short.${language}`)} · {statusText}
      </Tag>
    </Tooltip>
  );
}

export function TranslationStatusTags({ statuses }: { statuses: Record<Language, TranslationStatus> }) {
  return (
    <Space size={4} wrap>
      {LANGUAGES.map((language) => (
        <TranslationStatusTag key={language} language={language} status={statuses[language]} />
      ))}
    </Space>
  );
}
