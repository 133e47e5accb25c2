import { theme } from 'antd';
import type { Language } from '../../../services/language';
import { cell, formatNumber, visuallyHidden } from './format';

export type CountRow = { key: string; label: string; count: number };

/**
 * Counts as horizontal bars. It is a table (label, bar, number), so the figures are read out
 * as they are shown; the bars are decoration.
 */
export function CountBars({ caption, rows, language, labelHeader, countHeader, testId }: { caption: string; rows: CountRow[]; language: Language; labelHeader: string; countHeader: string; testId?: string }) {
  const { token } = theme.useToken();
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <table style={{ width: '100%', borderCollapse: 'collapse', fontVariantNumeric: 'tabular-nums' }} data-testid={testId}>
      <caption style={visuallyHidden}>{caption}</caption>
      <thead style={visuallyHidden}>
        <tr>
          <th scope="col">{labelHeader}</th>
          <th scope="col">{countHeader}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} data-key={r.key}>
            <th scope="row" style={{ ...cell, width: '40%', padding: '3px 8px 3px 0' }}>
              {r.label}
            </th>
            <td style={{ padding: '3px 0', position: 'relative' }}>
              <span style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
                <span aria-hidden style={{ display: 'inline-block', height: 12, minWidth: r.count ? 2 : 0, width: `${(r.count / max) * 80}%`, background: token.colorPrimary, borderRadius: 2 }} />
                <span data-testid="count">{formatNumber(r.count, language)}</span>
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
