import { type GuidePageKind, type Language } from '@zhaoshang/contracts';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { PhonePreview, PREVIEW_NAVY, readingLanguage } from '../../../components/phone-preview';
import { cleanRichText } from '../../../services/rich-text';
import type { GuideFormValues } from '../guide-form';

/**
 * The page as the mini-program shows it, in a phone-width panel: the chosen language's text (or
 * the fallback the server would serve, with the same note), the sample label, the body, a
 * procedure's numbered steps or an FAQ's questions. Labels are in the chosen language.
 */
export function GuidePreview({ values, kind, language, onLanguageChange }: { values: GuideFormValues; kind: GuidePageKind; language: Language; onLanguageChange: (language: Language) => void }) {
  const { i18n } = useTranslation(['guide', 'admin']);
  const t = i18n.getFixedT(language);
  const used = readingLanguage(values.translations, language);
  const text = values.translations[used];
  const small: CSSProperties = { fontSize: 13, color: '#5f6b7a' };
  const card: CSSProperties = { background: '#fff', borderRadius: 8, padding: 12, marginBottom: 10 };
  const steps = text.steps.filter((s) => s.title?.trim() || s.description?.trim());
  const faqs = text.faqs.filter((f) => f.question?.trim());

  return (
    <PhonePreview language={language} used={used} onLanguageChange={onLanguageChange} title={t('common:feature.guide')} testId="guide-preview">
      <section style={card}>
        <div style={small}>{t(`guide:kind.${kind}`)}</div>
        <h3 style={{ margin: '4px 0 6px', fontSize: 18 }}>{text.title || '—'}</h3>
        {values.sample && <div style={{ ...small, color: '#8a5a00' }}>{t('guide:sample.note')}</div>}
        {text.summary && <p style={{ margin: '8px 0 0' }}>{text.summary}</p>}
      </section>
      {text.body.trim() && (
        <section style={card}>
          {/* cleaned to the server's allow-list: nothing outside it reaches the console's DOM */}
          <div className="zs-rich-text" dangerouslySetInnerHTML={{ __html: cleanRichText(text.body) }} />
        </section>
      )}
      {kind === 'procedure' && steps.length > 0 && (
        <section style={card}>
          <h4 style={{ margin: '0 0 8px', fontSize: 15, color: PREVIEW_NAVY }}>{t('guide:page.steps')}</h4>
          <ol style={{ margin: 0, paddingInlineStart: 20 }}>
            {steps.map((step, index) => (
              <li key={index} style={{ marginBottom: 10 }}>
                <strong>{step.title}</strong>
                {step.description && <div>{step.description}</div>}
                {step.office && (
                  <div style={small}>
                    {t('guide:step.office')}: {step.office}
                  </div>
                )}
                {step.duration && (
                  <div style={small}>
                    {t('guide:step.duration')}: {step.duration}
                  </div>
                )}
                {step.documents.some((d) => d.trim()) && (
                  <div style={small}>
                    {t('guide:step.documents')}: {step.documents.filter((d) => d.trim()).join(t('guide:listSeparator'))}
                  </div>
                )}
                {step.links
                  .filter((l) => /^https?:\/\//i.test(l.url ?? ''))
                  .map((link, j) => (
                    <div key={j}>
                      <a href={link.url} target="_blank" rel="noopener noreferrer nofollow">
                        {link.title || link.url}
                      </a>
                    </div>
                  ))}
              </li>
            ))}
          </ol>
        </section>
      )}
      {kind === 'faq' &&
        faqs.map((faq, index) => (
          <section key={index} style={card}>
            <strong>{faq.question}</strong>
            <div style={{ whiteSpace: 'pre-wrap', marginTop: 4 }}>{faq.answer}</div>
          </section>
        ))}
    </PhonePreview>
  );
}
