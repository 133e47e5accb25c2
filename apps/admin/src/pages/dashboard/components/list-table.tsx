import { theme } from 'antd';
import type { ReactNode } from 'react';

export type ListColumn<T> = { key: string; title: string; align?: 'left' | 'right'; render: (row: T) => ReactNode };

/** A small table of a few rows (the top lists): plain HTML, light to render, read out as a table. */
export function ListTable<T>({ caption, columns, rows, rowKey, empty, testId }: { caption: string; columns: ListColumn<T>[]; rows: T[]; rowKey: (row: T) => string; empty: ReactNode; testId?: string }) {
  const { token } = theme.useToken();
  const border = `1px solid ${token.colorBorderSecondary}`;
  if (rows.length === 0) return <div data-testid={testId}>{empty}</div>;
  return (
    <table data-testid={testId} style={{ width: '100%', borderCollapse: 'collapse', fontVariantNumeric: 'tabular-nums' }}>
      <caption style={{ textAlign: 'left', fontWeight: 600, padding: '0 0 8px' }}>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.key} scope="col" style={{ textAlign: c.align ?? 'left', fontWeight: 500, color: token.colorTextSecondary, padding: '4px 8px', borderBottom: border }}>
              {c.title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} data-row>
            {columns.map((c) => (
              <td key={c.key} style={{ textAlign: c.align ?? 'left', padding: '4px 8px', borderBottom: border }}>
                {c.render(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
