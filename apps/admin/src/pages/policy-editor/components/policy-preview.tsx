import { resolveTranslation, type Language } from '@zhaoshang/contracts';
import { Spin } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { referenceName, useMeta } from '../../../hooks/use-meta';
import { PhonePreview, PREVIEW_NAVY, readingLanguage } from '../../../components/phone-preview';
import { cleanRichText } from '../../../services/rich-text';
import { eligibilitySentences, type CodeKind } from '../eligibility-text';
import type { PolicyFormValues } from '../policy-form';

/**
 * The policy as the mini-program shows it, in a phone-width panel: the chosen language's text (or
 * the fallback the server would serve, with the same note), benefits, eligibility, how to apply,
 * the body and documents. Every label is in the chosen language, as on the investor's phone.
 */
export function PolicyPreview({ values, language, onLanguageChange }: { values: PolicyFormValues; language: Language; onLanguageChange: (language: Language) => void }) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(language);
  const meta = useMeta(language);
  const used = readingLanguage(values.translations, language);
  const text = values.translations[used];
  const lists: Record<CodeKind, NonNullable<typeof meta.data>['industries'] | undefined> = {
    industry: meta.data?.industries,
    enterpriseType: meta.data?.enterpriseTypes,
    spaceKind: meta.data?.spaceKinds,
  };
  const sentences = eligibilitySentences(values.eligibility, values.industries, language, t, (kind, code) => referenceName(lists[kind], code));
  const today = new Date().toISOString().slice(0, 10);
  const validity = values.validUntil
    ? values.validUntil < today
      ? t('policies:validity.expired')
      : t('policies:validity.until', { date: values.validUntil })
    : t('policies:validity.always');
  const amount = (value: number) => t('policies:amount.upTo', { amount: value.toLocaleString(language) });

  const section = (title: string, children: ReactNode) => (
    <section style={{ background: '#fff', borderRadius: 8, padding: 12, marginBottom: 10 }}>
      <h4 style={{ margin: '0 0 8px', fontSize: 15, color: PREVIEW_NAVY }}>{title}</h4>
      {children}
    </section>
  );
  const small: CSSProperties = { fontSize: 13, color: '#5f6b7a' };

  return (
    <PhonePreview language={language} used={used} onLanguageChange={onLanguageChange} title={t('common:feature.policies')} testId="policy-preview">
      <section style={{ background: '#fff', borderRadius: 8, padding: 12, marginBottom: 10 }}>
        <h3 style={{ margin: '0 0 6px', fontSize: 18 }}>{text.title || '—'}</h3>
        <div style={small}>
          {[referenceName(meta.data?.policyCategories, values.category ?? ''), text.department, validity].filter(Boolean).join(' · ')}
        </div>
        {values.documentNumber && <div style={small}>{values.documentNumber}</div>}
        {text.summary && <p style={{ margin: '8px 0 0' }}>{text.summary}</p>}
      </section>
      {values.benefits.length > 0 &&
        section(
          t('admin:policies.preview.benefits'),
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {values.benefits.map((benefit, index) => (
              <li key={index} style={{ marginBottom: 6 }}>
                <strong>{t(`policies:benefit.${benefit.kind}`)}</strong>
                {benefit.maxAmount !== null && benefit.maxAmount !== undefined && <span style={small}> · {amount(benefit.maxAmount)}</span>}
                {resolveTranslation(benefit.description ?? {}, language)?.value && <div>{resolveTranslation(benefit.description ?? {}, language)?.value}</div>}
              </li>
            ))}
          </ul>,
        )}
      {section(
        t('admin:policies.preview.eligibility'),
        sentences.length ? (
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {sentences.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
        ) : (
          <div>{t('policies:criterion.none')}</div>
        ),
      )}
      {(text.applySteps.some((s) => s.trim()) || text.applyMaterials.some((s) => s.trim()) || text.applyContact) &&
        section(
          t('admin:policies.preview.howToApply'),
          <>
            {text.applySteps.some((s) => s.trim()) && (
              <ol style={{ margin: '0 0 8px', paddingInlineStart: 18 }}>
                {text.applySteps.filter((s) => s.trim()).map((step, index) => (
                  <li key={index}>{step}</li>
                ))}
              </ol>
            )}
            {text.applyMaterials.some((s) => s.trim()) && (
              <>
                <div style={{ fontWeight: 600 }}>{t('admin:policies.preview.materials')}</div>
                <ul style={{ margin: '0 0 8px', paddingInlineStart: 18 }}>
                  {text.applyMaterials.filter((s) => s.trim()).map((material, index) => (
                    <li key={index}>{material}</li>
                  ))}
                </ul>
              </>
            )}
            {text.applyContact && (
              <div>
                <span style={{ fontWeight: 600 }}>{t('admin:policies.preview.contact')}</span> {text.applyContact}
              </div>
            )}
          </>,
        )}
      {text.body.trim() &&
        section(
          t('admin:policies.preview.details'),
          // cleaned to the server's allow-list: nothing outside it reaches the console's DOM
          <div className="zs-rich-text" dangerouslySetInnerHTML={{ __html: cleanRichText(text.body) }} />,
        )}
      {values.attachments.length > 0 &&
        section(
          t('admin:policies.preview.documents'),
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {values.attachments.map((attachment, index) => (
              <li key={index}>
                <a href={/^https?:\/\//i.test(attachment.url) ? attachment.url : undefined} target="_blank" rel="noopener noreferrer nofollow">
                  {resolveTranslation(attachment.title ?? {}, language)?.value || attachment.url}
                </a>
              </li>
            ))}
          </ul>,
        )}
      {meta.isPending && <Spin size="small" />}
    </PhonePreview>
  );
}
