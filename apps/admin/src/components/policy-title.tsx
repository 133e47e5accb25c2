import { resolveTranslation, type Language } from '@zhaoshang/contracts';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** A title in the console language, or the next language along the fallback chain, marked as such. */
export function PolicyTitle({ titles, language }: { titles: Record<Language, string>; language: Language }) {
  const { t } = useTranslation();
  const resolved = resolveTranslation(titles, language);
  if (!resolved) return <Typography.Text type="secondary">{t('policies.untitled')}</Typography.Text>;
  return (
    <>
      <span lang={resolved.language}>{resolved.value}</span>
      {resolved.fallback && (
        <Tag variant="filled" style={{ marginInlineStart: 8 }} title={t('policies.list.fallbackTitle', { language: t(`common:language.${resolved.language}`) })}>
          {t(`policies.lang.short.${resolved.language}`)}
        </Tag>
      )}
    </>
  );
}
