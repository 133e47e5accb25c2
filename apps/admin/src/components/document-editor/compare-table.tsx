import { useQueries } from '@tanstack/react-query';
import type { Language } from '@zhaoshang/contracts';
import { Empty, Flex, Switch, Tag, theme, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { diffText, type DiffPart } from '../../services/text-diff';
import { PageLoading } from '../page-loading';
import { QueryError } from '../query-error';

/** One field of two versions as text; `changed` compares the raw values (HTML for rich text). */
export type CompareRow = { field: string; label: string; before: string; after: string; changed: boolean; formattingOnly: boolean };
export type CompareSection = { key: string; title: string; lang?: Language; rows: CompareRow[] };

const NONE = '—';

/**
 * A row from both sides' text; `raw` are the values compared (HTML, data) when the text shown is
 * a rendering of them, so a change only in formatting still counts and is marked as such.
 */
export function compareRow(field: string, label: string, before: string, after: string, raw: [string, string] = [before, after]): CompareRow {
  const changed = raw[0] !== raw[1];
  return { field, label, before: before || NONE, after: after || NONE, changed, formattingOnly: changed && before === after };
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
export function CompareTable({ sections, beforeLabel, afterLabel }: { sections: CompareSection[]; beforeLabel: string; afterLabel: string }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const [showAll, setShowAll] = useState(false);
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
                  <th style={{ ...cell, textAlign: 'start' }}>{beforeLabel}</th>
                  <th style={{ ...cell, textAlign: 'start' }}>{afterLabel}</th>
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

/** One saved version as the versions endpoints answer it. */
export type SavedVersion<S> = { version: number; action: 'create' | 'update' | 'publish' | 'archive' | 'restore'; at: string; actorName: string | null; snapshot: S };

/**
 * Loads two saved versions (older first, each cached for good: a saved version never changes)
 * and hands them to `children`, with the loading and error states of the pair.
 */
export function SavedVersions<S>({
  versions,
  queryKey,
  load,
  children,
}: {
  versions: [number, number];
  queryKey: (version: number) => readonly unknown[];
  load: (version: number) => Promise<SavedVersion<S>>;
  children: (older: SavedVersion<S>, newer: SavedVersion<S>) => ReactNode;
}) {
  const [older, newer] = [...versions].sort((a, b) => a - b) as [number, number];
  const results = useQueries({
    queries: [older, newer].map((version) => ({ queryKey: queryKey(version), queryFn: () => load(version), staleTime: Infinity })),
  });
  const failed = results.find((r) => r.isError);
  if (failed) return <QueryError error={failed.error} onRetry={() => results.forEach((r) => void r.refetch())} />;
  const [a, b] = results.map((r) => r.data);
  if (!a || !b) return <PageLoading />;
  return <>{children(a, b)}</>;
}
