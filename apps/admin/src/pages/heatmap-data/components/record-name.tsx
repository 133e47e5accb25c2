import { resolveTranslation, type Translated } from '@zhaoshang/contracts';
import { Tag, Typography } from 'antd';
import type { ViewContext } from '../data-kind';

/** A name in the UI language, or the next one along the fallback chain, marked with its language. */
export function RecordName({ names, ctx }: { names: Translated; ctx: ViewContext }) {
  const { t, language } = ctx;
  const resolved = resolveTranslation(names, language);
  if (!resolved) return <Typography.Text type="secondary">{t('list.unnamed')}</Typography.Text>;
  return (
    <>
      <span lang={resolved.language}>{resolved.value}</span>
      {resolved.fallback && (
        <Tag variant="filled" style={{ marginInlineStart: 8 }} title={t('list.fallback', { language: t(`common:language.${resolved.language}`) })}>
          {t(`lang.short.${resolved.language}`)}
        </Tag>
      )}
    </>
  );
}
