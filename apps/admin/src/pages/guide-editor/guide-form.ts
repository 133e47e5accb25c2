import { LANGUAGES, type AdminGuidePage, type Language } from '@zhaoshang/contracts';
import type { TFunction } from 'i18next';

export type StepValues = { title: string; description: string; office: string; documents: string[]; duration: string; links: { title: string; url: string }[] };
export type FaqValues = { question: string; answer: string };

/** One language's text of a guide page in the form; `status` is the editor's switch. */
export type GuideTranslationValues = { title: string; summary: string; body: string; steps: StepValues[]; faqs: FaqValues[]; status: 'needs_review' | 'done' };

/** What the guide editor's form holds: a GuidePageInput with every language present. */
export type GuideFormValues = { sample: boolean; translations: Record<Language, GuideTranslationValues> };

const emptyTranslation = (): GuideTranslationValues => ({ title: '', summary: '', body: '', steps: [], faqs: [], status: 'needs_review' });

export const emptyStep = (): StepValues => ({ title: '', description: '', office: '', documents: [], duration: '', links: [] });

export function emptyFormValues(): GuideFormValues {
  return { sample: false, translations: { 'zh-CN': emptyTranslation(), en: emptyTranslation(), ja: emptyTranslation() } };
}

/** The form for a working copy (or a version's snapshot), as the server's `guideInputOf`, every text present. */
export function toFormValues(page: AdminGuidePage): GuideFormValues {
  const translation = (language: Language): GuideTranslationValues => {
    const { status, steps, faqs, ...rest } = page.translations[language];
    return {
      ...rest,
      steps: steps.map((s) => ({ ...s, documents: [...s.documents], links: s.links.map((l) => ({ ...l })) })),
      faqs: faqs.map((f) => ({ ...f })),
      status: status === 'done' ? 'done' : 'needs_review',
    };
  };
  return { sample: page.sample, translations: Object.fromEntries(LANGUAGES.map((l) => [l, translation(l)])) as Record<Language, GuideTranslationValues> };
}

/**
 * A field's name for people, from its dotted path: `translations.en.steps.1.office` is
 * "English · Step 2 · Where to go".
 */
export function guideFieldLabel(path: string, t: TFunction): string {
  const [head, language, field, index, sub, subIndex, leaf] = path.split('.');
  if (head === 'translations' && language && field) {
    const parts = [t(`common:language.${language}`)];
    if (field === 'steps' && index !== undefined) {
      parts.push(t('guide:step.number', { number: Number(index) + 1 }));
      if (sub === 'links' && subIndex !== undefined) parts.push(`${t('guide:field.step.links')} ${Number(subIndex) + 1}`, t(`guide:field.link.${leaf ?? 'url'}`));
      else if (sub === 'documents' && subIndex !== undefined) parts.push(`${t('guide:field.step.documents')} ${Number(subIndex) + 1}`);
      else if (sub) parts.push(t(`guide:field.step.${sub}`));
    } else if (field === 'faqs' && index !== undefined) {
      parts.push(t('guide:faq.number', { number: Number(index) + 1 }));
      if (sub) parts.push(t(`guide:field.faq.${sub}`));
    } else parts.push(t(`guide:field.${field}`));
    return parts.join(' · ');
  }
  return t(`guide:field.${head ?? path}`);
}
