import { INTENT_SOURCES, INTENT_STAGES, type IntentSource, type IntentStage, type Language } from '@zhaoshang/contracts';
import { Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useConcierges } from '../../../hooks/use-concierges';
import { referenceOptions, useMeta } from '../../../hooks/use-meta';
import { LANGUAGES } from '../../../services/language';
import type { LeadFilter } from '../lead-filter';

/** Search and filters; every choice goes to the address (and from there to the request). */
export function LeadFilters({ filter, onChange }: { filter: LeadFilter; onChange: (change: Partial<LeadFilter>) => void }) {
  const { t } = useTranslation();
  const meta = useMeta();
  const concierges = useConcierges();
  return (
    <Space wrap style={{ marginBottom: 16 }} data-testid="lead-filters">
      <Input.Search
        // a new value from the address (back button, a link) replaces what was typed
        key={filter.q ?? ''}
        allowClear
        defaultValue={filter.q}
        style={{ width: 280 }}
        aria-label={t('leads.filter.q')}
        placeholder={t('leads.filter.q.placeholder')}
        onSearch={(value) => onChange({ q: value.trim() || undefined })}
      />
      {filter.view === 'queue' && (
        <Select<IntentStage>
          allowClear
          style={{ width: 150 }}
          aria-label={t('leads.filter.stage')}
          placeholder={t('leads.filter.stage')}
          value={filter.stage}
          onChange={(stage) => onChange({ stage })}
          options={INTENT_STAGES.map((stage) => ({ value: stage, label: t(`intents:stage.${stage}`) }))}
        />
      )}
      <Select<string>
        allowClear
        style={{ width: 170 }}
        aria-label={t('leads.filter.industry')}
        placeholder={t('leads.filter.industry')}
        value={filter.industry}
        onChange={(industry) => onChange({ industry })}
        options={referenceOptions(meta.data?.industries)}
      />
      <Select<Language>
        allowClear
        style={{ width: 140 }}
        aria-label={t('leads.filter.language')}
        placeholder={t('leads.filter.language')}
        value={filter.language}
        onChange={(language) => onChange({ language })}
        options={LANGUAGES.map((language) => ({ value: language, label: t(`common:language.${language}`) }))}
      />
      <Select<number>
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: 170 }}
        aria-label={t('leads.filter.assignee')}
        placeholder={t('leads.filter.assignee')}
        value={filter.assigneeId}
        onChange={(assigneeId) => onChange({ assigneeId })}
        options={(concierges.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
      />
      <Select<'true' | 'false'>
        allowClear
        style={{ width: 150 }}
        aria-label={t('leads.filter.overdue')}
        placeholder={t('leads.filter.overdue')}
        value={filter.overdue}
        onChange={(overdue) => onChange({ overdue })}
        options={[
          { value: 'true', label: t('leads.filter.overdue.true') },
          { value: 'false', label: t('leads.filter.overdue.false') },
        ]}
      />
      <Select<IntentSource>
        allowClear
        style={{ width: 170 }}
        aria-label={t('leads.filter.source')}
        placeholder={t('leads.filter.source')}
        value={filter.source}
        onChange={(source) => onChange({ source })}
        options={INTENT_SOURCES.map((source) => ({ value: source, label: t(`intents:source.${source}`) }))}
      />
    </Space>
  );
}
