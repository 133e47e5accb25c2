import { INSIGHTS_MAX_DAYS, LANGUAGES, shiftDay, type Language } from '@zhaoshang/contracts';
import { DatePicker, Flex, Form, Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { lastDays, type Period } from '../use-period';
import { dayConfigAt, fromDay, toDay } from './day-config';

const PRESETS = [
  { key: 'last7', days: 7 },
  { key: 'last30', days: 30 },
  { key: 'last90', days: 90 },
  { key: 'last365', days: 365 },
] as const;

/**
 * The period and investor-language filter of the insights. The picker offers at most
 * INSIGHTS_MAX_DAYS days from the first one chosen, as the server allows; `error` is the server's
 * or the shared check's message for a period typed into the address. `today` is the district's,
 * from the server: presets end on it and later days cannot be picked.
 */
export function PeriodBar({ period, today, onChange, error }: { period: Period; today: string; onChange: (next: Period) => void; error?: string }) {
  const { t } = useTranslation('insights');
  // antd's RangePicker on calendar days (see day-config): values are `Date`s at UTC midnight
  const DayPicker = useMemo(() => DatePicker.generatePicker<Date>(dayConfigAt(today)), [today]);
  const presets = PRESETS.map((p) => {
    const range = lastDays(p.days, today);
    return { label: t(`period.preset.${p.key}`), value: [fromDay(range.from), fromDay(range.to)] as [Date, Date] };
  });
  return (
    <Flex wrap gap={16} align="flex-start" data-testid="insights-period">
      <Form.Item label={t('period.label')} validateStatus={error ? 'error' : undefined} help={error ?? t('period.max', { max: INSIGHTS_MAX_DAYS })} style={{ marginBottom: 0 }} htmlFor="insights-period">
        <DayPicker.RangePicker
          id={{ start: 'insights-period' }}
          value={[fromDay(period.from), fromDay(period.to)]}
          allowClear={false}
          presets={presets}
          // the other end may be at most INSIGHTS_MAX_DAYS - 1 days away from the one picked first
          disabledDate={(date, info) => {
            const day = toDay(date);
            if (day > today) return true;
            const first = info.from ? toDay(info.from) : undefined;
            return first !== undefined && (day > shiftDay(first, INSIGHTS_MAX_DAYS - 1) || day < shiftDay(first, -(INSIGHTS_MAX_DAYS - 1)));
          }}
          onChange={(range) => {
            const [from, to] = range ?? [];
            if (from && to) onChange({ ...period, from: toDay(from), to: toDay(to) });
          }}
        />
      </Form.Item>
      <Form.Item label={t('language.label')} style={{ marginBottom: 0 }} htmlFor="insights-language">
        <Select<Language | 'all'>
          id="insights-language"
          style={{ width: 160 }}
          value={period.language ?? 'all'}
          options={[{ value: 'all', label: t('language.all') }, ...LANGUAGES.map((l) => ({ value: l, label: t(`common:language.${l}`) }))]}
          onChange={(value) => onChange({ from: period.from, to: period.to, ...(value === 'all' ? {} : { language: value }) })}
        />
      </Form.Item>
    </Flex>
  );
}
