import type { AdminPolicy, Language, MetaResponse, PolicyStatus } from '@zhaoshang/contracts';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CompareTable, compareRow, SavedVersions, type CompareRow, type CompareSection, type SavedVersion } from '../../../components/document-editor/compare-table';
import { referenceName, useMeta } from '../../../hooks/use-meta';
import { useApi } from '../../../services/api-context';
import { formatDateTime } from '../../../services/format';
import { currentLanguage, LANGUAGES } from '../../../services/language';
import { richTextToLines } from '../../../services/rich-text';
import { eligibilitySentences, type CodeKind } from '../eligibility-text';
import { fieldLabel, toFormValues, translationStatusOf, type PolicyFormValues } from '../policy-form';

export type CompareSide = { label: string; values: PolicyFormValues; status?: PolicyStatus };


/** Both sides of every field as text, field by field: shared fields first, then each language. */
export function compareSections(before: CompareSide, after: CompareSide, t: TFunction, language: Language, meta: MetaResponse | undefined): CompareSection[] {
  const lists: Record<CodeKind, MetaResponse['industries'] | undefined> = { industry: meta?.industries, enterpriseType: meta?.enterpriseTypes, spaceKind: meta?.spaceKinds };
  const nameOf = (kind: CodeKind, code: string) => referenceName(lists[kind], code);
  const separator = language === 'en' ? ', ' : '、';
  const short = (l: Language) => t(`policies.lang.short.${l}`);

  const shared = (v: PolicyFormValues, status?: PolicyStatus): Record<string, string> => ({
    status: status ? t(`policies:status.${status}`) : '',
    category: v.category ? referenceName(meta?.policyCategories, v.category) : '',
    industries: v.industries.map((c) => nameOf('industry', c)).join(separator),
    documentNumber: v.documentNumber,
    validFrom: v.validFrom ?? '',
    validUntil: v.validUntil ?? '',
    benefits: v.benefits
      .map((b, i) =>
        [
          `${i + 1}. ${t(`policies:benefit.${b.kind}`)}${b.maxAmount !== null ? ` · ${b.maxAmount.toLocaleString(language)} ${t('policies.unit.tenThousandYuan')}` : ''}`,
          ...LANGUAGES.filter((l) => b.description[l]?.trim()).map((l) => `   ${short(l)}: ${b.description[l]}`),
        ].join('\n'),
      )
      .join('\n'),
    eligibility: eligibilitySentences(v.eligibility, [], language, t, nameOf).join('\n'),
    attachments: v.attachments
      .map((a, i) => [`${i + 1}. ${a.url}`, ...LANGUAGES.filter((l) => a.title[l]?.trim()).map((l) => `   ${short(l)}: ${a.title[l]}`)].join('\n'))
      .join('\n'),
  });
  const translated = (v: PolicyFormValues, l: Language): Record<string, string> => {
    const tr = v.translations[l];
    return {
      title: tr.title,
      summary: tr.summary,
      body: richTextToLines(tr.body),
      department: tr.department,
      applySteps: tr.applySteps.filter((s) => s.trim()).map((s, i) => `${i + 1}. ${s}`).join('\n'),
      applyMaterials: tr.applyMaterials.filter((s) => s.trim()).map((s) => `• ${s}`).join('\n'),
      applyContact: tr.applyContact,
      status: t(`policies:translation.${translationStatusOf(tr)}`),
    };
  };
  const rows = (a: Record<string, string>, b: Record<string, string>, prefix: string, raw?: (field: string) => [string, string]): CompareRow[] =>
    Object.keys(a).map((key) => {
      const label = prefix ? t(`policies.field.${key}`) : key === 'eligibility' ? t('policies.section.eligibility') : fieldLabel(key, t);
      return compareRow(`${prefix}${key}`, label, a[key] ?? '', b[key] ?? '', raw?.(key));
    });

  const sections: CompareSection[] = [
    {
      key: 'shared',
      title: t('policies.compare.shared'),
      rows: rows(shared(before.values, before.status), shared(after.values, after.status), '', (key) => {
        // the eligibility compares as data, so a change the sentences do not show still counts
        if (key === 'eligibility') return [JSON.stringify(before.values.eligibility), JSON.stringify(after.values.eligibility)];
        const a = shared(before.values, before.status)[key] ?? '';
        const b = shared(after.values, after.status)[key] ?? '';
        return [a, b];
      }),
    },
  ];
  for (const l of LANGUAGES) {
    sections.push({
      key: l,
      lang: l,
      title: t(`common:language.${l}`),
      rows: rows(translated(before.values, l), translated(after.values, l), `translations.${l}.`, (key) =>
        key === 'body' ? [before.values.translations[l].body, after.values.translations[l].body] : [translated(before.values, l)[key] ?? '', translated(after.values, l)[key] ?? ''],
      ),
    });
  }
  return sections;
}

/** Two versions of a policy side by side, field by field. */
export function VersionCompare({ before, after }: { before: CompareSide; after: CompareSide }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const meta = useMeta();
  const sections = useMemo(() => compareSections(before, after, t, language, meta.data), [before, after, t, language, meta.data]);
  return <CompareTable sections={sections} beforeLabel={before.label} afterLabel={after.label} />;
}

/** Loads two saved versions of a policy and compares them (older on the left). */
export function SavedVersionsCompare({ policyId, versions }: { policyId: number; versions: [number, number] }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const language = currentLanguage(i18n);
  const side = (v: SavedVersion<AdminPolicy>): CompareSide => ({
    label: t('policies.compare.versionLabel', { version: v.version, action: t(`policies.version.action.${v.action}`), at: formatDateTime(v.at, language) }),
    values: toFormValues(v.snapshot),
    status: v.snapshot.status,
  });
  return (
    <SavedVersions<AdminPolicy> versions={versions} queryKey={(version) => ['policy-version', policyId, version]} load={(version) => api.adminGetPolicyVersion({ path: { id: policyId, version } })}>
      {(a, b) => <VersionCompare before={side(a)} after={side(b)} />}
    </SavedVersions>
  );
}
