import type { AdminGuidePage, GuidePageKind, Language } from '@zhaoshang/contracts';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CompareTable, compareRow, SavedVersions, type CompareSection, type SavedVersion } from '../../../components/document-editor/compare-table';
import { translationStatusOf } from '../../../components/document-editor/form-values';
import { useApi } from '../../../services/api-context';
import { formatDateTime } from '../../../services/format';
import { currentLanguage, LANGUAGES } from '../../../services/language';
import { richTextToLines } from '../../../services/rich-text';
import { toFormValues, type GuideFormValues, type GuideTranslationValues } from '../guide-form';

type Side = { label: string; values: GuideFormValues; status: AdminGuidePage['status'] };

function stepsText(tr: GuideTranslationValues, t: TFunction): string {
  return tr.steps
    .map((s, i) =>
      [
        `${i + 1}. ${s.title}`,
        s.description && `   ${s.description}`,
        s.office && `   ${t('guide:field.step.office')}: ${s.office}`,
        s.duration && `   ${t('guide:field.step.duration')}: ${s.duration}`,
        ...s.documents.filter((d) => d.trim()).map((d) => `   • ${d}`),
        ...s.links.map((l) => `   ↗ ${l.title} ${l.url}`),
      ]
        .filter(Boolean)
        .join('\n'),
    )
    .join('\n');
}

/** Both versions of a guide page field by field: its settings, then each language. */
export function guideCompareSections(before: Side, after: Side, kind: GuidePageKind, t: TFunction): CompareSection[] {
  const shared = (s: Side) => ({ status: t(`policies:status.${s.status}`), sample: s.values.sample ? t('guide:field.sample.yes') : t('guide:field.sample.no') });
  const a = shared(before);
  const b = shared(after);
  const sections: CompareSection[] = [{ key: 'shared', title: t('guide:editor.settings'), rows: (['status', 'sample'] as const).map((key) => compareRow(key, t(`guide:field.${key}`), a[key], b[key])) }];
  for (const l of LANGUAGES) {
    const text = (v: GuideFormValues): Record<string, string> => {
      const tr = v.translations[l];
      return {
        title: tr.title,
        summary: tr.summary,
        body: richTextToLines(tr.body),
        ...(kind === 'procedure' ? { steps: stepsText(tr, t) } : {}),
        ...(kind === 'faq' ? { faqs: tr.faqs.map((f, i) => `${i + 1}. ${f.question}\n   ${f.answer}`).join('\n') } : {}),
        status: t(`policies:translation.${translationStatusOf(tr)}`),
      };
    };
    const x = text(before.values);
    const y = text(after.values);
    sections.push({
      key: l,
      lang: l as Language,
      title: t(`common:language.${l}`),
      rows: Object.keys(x).map((key) =>
        compareRow(`translations.${l}.${key}`, t(`guide:field.${key}`), x[key] ?? '', y[key] ?? '', key === 'body' ? [before.values.translations[l].body, after.values.translations[l].body] : undefined),
      ),
    });
  }
  return sections;
}

/** Loads two saved versions of a guide page and compares them (older on the left). */
export function GuideVersionsCompare({ page, versions }: { page: Pick<AdminGuidePage, 'id' | 'kind'>; versions: [number, number] }) {
  const { t, i18n } = useTranslation(['guide', 'admin']);
  const api = useApi();
  const language = currentLanguage(i18n);
  const side = (v: SavedVersion<AdminGuidePage>): Side => ({
    label: t('admin:policies.compare.versionLabel', { version: v.version, action: t(`admin:policies.version.action.${v.action}`), at: formatDateTime(v.at, language) }),
    values: toFormValues(v.snapshot),
    status: v.snapshot.status,
  });
  return (
    <SavedVersions<AdminGuidePage> versions={versions} queryKey={(version) => ['guide-page-version', page.id, version]} load={(version) => api.adminGetGuidePageVersion({ path: { id: page.id, version } })}>
      {(a, b) => <Compare before={side(a)} after={side(b)} kind={page.kind} />}
    </SavedVersions>
  );
}

function Compare({ before, after, kind }: { before: Side; after: Side; kind: GuidePageKind }) {
  const { t } = useTranslation(['guide', 'admin']);
  const sections = useMemo(() => guideCompareSections(before, after, kind, t), [before, after, kind, t]);
  return <CompareTable sections={sections} beforeLabel={before.label} afterLabel={after.label} />;
}
