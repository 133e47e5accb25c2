import { theme } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { cell, dataTable, formatDay, formatNumber, shortDay, visuallyHidden } from './format';
import type { Language } from '../../../services/language';

export type WeekSeries = { key: string; label: string; values: number[] };

const W = 640;
const H = 200;
const M = { top: 12, right: 12, bottom: 28, left: 44 };
const PLOT_W = W - M.left - M.right;
const PLOT_H = H - M.top - M.bottom;
/** at most this many week labels under the axis */
const LABELS = 10;

/** A round top for the axis, at least `max`, whose half is round too. */
function niceMax(max: number): number {
  if (max <= 4) return 4;
  const power = 10 ** Math.floor(Math.log10(max));
  return ([1, 2, 4, 6, 8, 10].find((f) => f * power >= max) ?? 10) * power;
}

/**
 * Figures per week as an SVG chart of its own (bars for one series, lines for several), with a
 * one-sentence summary as the image's accessible name and the same figures as a table under it.
 */
export function WeekChart({ title, weeks, series, language, testId }: { title: string; weeks: string[]; series: WeekSeries[]; language: Language; testId?: string }) {
  const { t } = useTranslation('insights');
  const { token } = theme.useToken();
  const id = useId();
  const colors = [token.colorPrimary, token.colorWarning, token.colorSuccess, token.colorError];
  const all = series.flatMap((s) => s.values);
  const max = Math.max(0, ...all);
  const top = niceMax(max);
  const x = (i: number) => M.left + (weeks.length <= 1 ? PLOT_W / 2 : (i * PLOT_W) / (weeks.length - 1));
  const y = (v: number) => M.top + PLOT_H - (v / top) * PLOT_H;
  const every = Math.max(1, Math.ceil(weeks.length / LABELS));
  const bars = series.length === 1;
  const slot = PLOT_W / Math.max(1, weeks.length);

  // the busiest week over all series, for the summary
  const totals = weeks.map((_, i) => series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  const peak = totals.reduce((best, v, i) => (v > (totals[best] ?? 0) ? i : best), 0);
  const total = totals.reduce((a, b) => a + b, 0);
  const summary =
    total === 0
      ? t('chart.summaryEmpty', { title })
      : t('chart.summary', { title, total: formatNumber(total, language), week: formatDay(weeks[peak] ?? '', language), max: formatNumber(totals[peak] ?? 0, language) });

  return (
    <figure style={{ margin: 0 }} data-testid={testId}>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-labelledby={`${id}-summary`} style={{ display: 'block', maxHeight: 240 }}>
        <title id={`${id}-summary`}>{summary}</title>
        {[0, top / 2, top].map((v) => (
          <g key={v}>
            <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} stroke={token.colorBorderSecondary} />
            <text x={M.left - 6} y={y(v) + 4} textAnchor="end" fontSize={11} fill={token.colorTextSecondary}>
              {formatNumber(v, language)}
            </text>
          </g>
        ))}
        {weeks.map((week, i) =>
          i % every === 0 ? (
            <text key={week} x={bars ? M.left + slot * (i + 0.5) : x(i)} y={H - 8} textAnchor="middle" fontSize={11} fill={token.colorTextSecondary}>
              {shortDay(week, language)}
            </text>
          ) : null,
        )}
        {bars
          ? series[0]?.values.map((v, i) => {
              const width = Math.max(2, Math.min(40, slot * 0.7));
              return <rect key={weeks[i]} x={M.left + slot * (i + 0.5) - width / 2} y={y(v)} width={width} height={M.top + PLOT_H - y(v)} fill={colors[0]} rx={2} data-value={v} />;
            })
          : series.map((s, n) => (
              <g key={s.key} data-series={s.key}>
                <polyline points={s.values.map((v, i) => `${x(i)},${y(v)}`).join(' ')} fill="none" stroke={colors[n % colors.length]} strokeWidth={2} />
                {s.values.map((v, i) => (
                  <circle key={weeks[i]} cx={x(i)} cy={y(v)} r={3} fill={colors[n % colors.length]} />
                ))}
              </g>
            ))}
      </svg>
      {!bars && (
        <ul aria-label={t('chart.legend')} style={{ listStyle: 'none', display: 'flex', flexWrap: 'wrap', gap: 16, padding: 0, margin: '8px 0 0' }}>
          {series.map((s, n) => (
            <li key={s.key} style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
              <span aria-hidden style={{ width: 12, height: 3, background: colors[n % colors.length], display: 'inline-block' }} />
              {s.label}
            </li>
          ))}
        </ul>
      )}
      <details style={{ marginTop: 8 }}>
        <summary>{t('chart.table')}</summary>
        <table style={dataTable}>
          <caption style={visuallyHidden}>{title}</caption>
          <thead>
            <tr>
              <th scope="col" style={cell}>
                {t('weeks.week')}
              </th>
              {series.map((s) => (
                <th scope="col" key={s.key} style={cell}>
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week, i) => (
              <tr key={week}>
                <th scope="row" style={cell}>
                  {formatDay(week, language)}
                </th>
                {series.map((s) => (
                  <td key={s.key} style={cell}>
                    {formatNumber(s.values[i] ?? 0, language)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
