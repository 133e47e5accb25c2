import { useQueries } from '@tanstack/react-query';
import type { Language, MetaResponse, PolicyStatus } from '@zhaoshang/contracts';
import { Empty, Flex, Switch, Tag, theme, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/query-error';
import { PageLoading } from '../../../components/page-loading';
import { referenceName, useMeta } from '../../../hooks/use-meta';
import { useApi } from '../../../services/api-context';
import { formatDateTime } from '../../../services/format';
import { currentLanguage, LANGUAGES } from '../../../services/language';
import { richTextToLines } from '../../../services/rich-text';
import { diffText, type DiffPart } from '../../../services/text-diff';
import { eligibilitySentences, type CodeKind } from '../eligibility-text';
import { fieldLabel, toFormValues, translationStatusOf, type PolicyFormValues } from '../policy-form';

export type CompareSide = { label: string; values: PolicyFormValues; status?: PolicyStatus };

type Row = { field: string; label: string; before: string; after: string; changed: boolean; formattingOnly: boolean };
type Section = { key: string; title: string; lang?: Language; rows: Row[] };

/** Both sides of every field as text, field by field: shared fields first, then each language. */
export function compareSections(before: CompareSide, after: CompareSide, t: TFunction, language: Language, meta: MetaResponse | undefined): Section[] {
  const lists: Record<CodeKind, MetaResponse['industries'] | undefined> = { industry: meta?.industries, enterpriseType: meta?.enterpriseTypes, spaceKind: meta?.spaceKinds };
  const nameOf = (kind: CodeKind, code: string) => referenceName(lists[kind], code);
  const separator = language === 'en' ? ', ' : '、';
  const short = (l: Language) => t(`policies.lang.short.${l}`);
  const none = '—';

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
  const rows = (a: Record<string, string>, b: Record<string, string>, prefix: string, raw?: (field: string) => [string, string]): Row[] =>
    Object.keys(a).map((key) => {
      const [rawA, rawB] = raw?.(key) ?? [a[key] ?? '', b[key] ?? ''];
      const changed = rawA !== rawB;
      const label = prefix ? t(`policies.field.${key}`) : key === 'eligibility' ? t('policies.section.eligibility') : fieldLabel(key, t);
      return { field: `${prefix}${key}`, label, before: a[key] || none, after: b[key] || none, changed, formattingOnly: changed && a[key] === b[key] };
    });

  const sections: Section[] = [
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

function Parts({ parts, side }: { parts: DiffPart[]; side: 'before' | 'after' }) {
  const { token } = theme.useToken();
  return (
    <>
      {parts.map((part, index) => {
        if (part.kind === 'equal') return <span key={index}>{part.text}</span>;
        if (part.kind === 'delete' && side === 'before')
          return (
            <del key={index} style={{ background: token.colorErrorBg, color: token.colorErrorText }}>
              {part.text}
            </del>
          );
        if (part.kind === 'insert' && side === 'after')
          return (
            <ins key={index} style={{ background: token.colorSuccessBg, color: token.colorSuccessText, textDecoration: 'none' }}>
              {part.text}
            </ins>
          );
        return null;
      })}
    </>
  );
}

/** Two versions side by side, field by field, the changed text highlighted within each field. */
export function VersionCompare({ before, after }: { before: CompareSide; after: CompareSide }) {
  const { t, i18n } = useTranslation();
  const { token } = theme.useToken();
  const language = currentLanguage(i18n);
  const meta = useMeta();
  const [showAll, setShowAll] = useState(false);
  const sections = useMemo(() => compareSections(before, after, t, language, meta.data), [before, after, t, language, meta.data]);
  const changes = sections.reduce((sum, s) => sum + s.rows.filter((r) => r.changed).length, 0);
  const cell = { padding: '6px 8px', borderBottom: `1px solid ${token.colorBorderSecondary}`, verticalAlign: 'top', whiteSpace: 'pre-wrap' as const, wordBreak: 'break-word' as const };

  return (
    <div>
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Typography.Text>{t('policies.compare.changes', { count: changes })}</Typography.Text>
        <Flex align="center" gap={8}>
          <Switch size="small" checked={showAll} onChange={setShowAll} aria-label={t('policies.compare.showAll')} />
          <Typography.Text>{t('policies.compare.showAll')}</Typography.Text>
        </Flex>
      </Flex>
      {changes === 0 && !showAll && <Empty description={t('policies.compare.identical')} />}
      {sections.map((section) => {
        const visible = section.rows.filter((row) => showAll || row.changed);
        if (visible.length === 0) return null;
        return (
          <section key={section.key} aria-label={section.title} style={{ marginBottom: 16 }}>
            <Typography.Title level={5}>{section.title}</Typography.Title>
            <table style={{ width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' }}>
              <thead>
                <tr style={{ background: token.colorFillAlter, textAlign: 'start' }}>
                  <th style={{ ...cell, width: '18%', textAlign: 'start' }}>{t('policies.compare.field')}</th>
                  <th style={{ ...cell, textAlign: 'start' }}>{before.label}</th>
                  <th style={{ ...cell, textAlign: 'start' }}>{after.label}</th>
                </tr>
              </thead>
              <tbody>
                {visible.map((row) => {
                  const parts = row.changed ? diffText(row.before, row.after) : [{ kind: 'equal' as const, text: row.before }];
                  return (
                    <tr key={row.field} data-field={row.field} data-changed={row.changed || undefined}>
                      <th scope="row" style={{ ...cell, fontWeight: 500, textAlign: 'start' }}>
                        {row.label}
                        {row.formattingOnly && (
                          <Tag style={{ marginInlineStart: 6 }} color="default">
                            {t('policies.compare.formattingOnly')}
                          </Tag>
                        )}
                      </th>
                      <td style={cell} lang={section.lang}>
                        <Parts parts={parts} side="before" />
                      </td>
                      <td style={cell} lang={section.lang}>
                        <Parts parts={row.changed ? parts : [{ kind: 'equal', text: row.after }]} side="after" />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        );
      })}
    </div>
  );
}

/** Loads two saved versions of a policy and compares them (older on the left). */
export function SavedVersionsCompare({ policyId, versions }: { policyId: number; versions: [number, number] }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const language = currentLanguage(i18n);
  const [older, newer] = [...versions].sort((a, b) => a - b) as [number, number];
  const results = useQueries({
    queries: [older, newer].map((version) => ({
      queryKey: ['policy-version', policyId, version],
      queryFn: () => api.adminGetPolicyVersion({ path: { id: policyId, version } }),
      // a saved version never changes
      staleTime: Infinity,
    })),
  });
  const failed = results.find((r) => r.isError);
  if (failed) return <QueryError error={failed.error} onRetry={() => results.forEach((r) => void r.refetch())} />;
  const [a, b] = results.map((r) => r.data);
  if (!a || !b) return <PageLoading />;
  const side = (v: NonNullable<typeof a>): CompareSide => ({
    label: t('policies.compare.versionLabel', { version: v.version, action: t(`policies.version.action.${v.action}`), at: formatDateTime(v.at, language) }),
    values: toFormValues(v.snapshot),
    status: v.snapshot.status,
  });
  return <VersionCompare before={side(a)} after={side(b)} />;
}
