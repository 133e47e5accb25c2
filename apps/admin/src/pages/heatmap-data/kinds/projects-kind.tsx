import { PROJECT_IMPORT_COLUMNS, projectInputSchema, type AdminProject, type Language, type ProjectInput } from '@zhaoshang/contracts';
import { Form, InputNumber, Select } from 'antd';
import { referenceName, referenceOptions } from '../../../hooks/use-meta';
import type { DataKind, FieldsProps } from '../data-kind';
import { text, year } from '../list-filter';
import { AreaField, areaName, areaOptions, CodeField, FieldGrid, formatNumber, LocationSection, NamesSection, SampleField, Section } from '../components/shared-fields';
import { namesInput, namesValues, required } from './values';

/** The form: an input with every name present and nothing chosen yet for a new project. */
export type ProjectValues = {
  code: string;
  names: Record<Language, string>;
  industry: string | undefined;
  /** 亿元, as the API speaks (the server stores 万元) */
  amount: number | null;
  year: number | null;
  lat: number | null;
  lng: number | null;
  areaCode: string | null;
  sample: boolean;
};

/** Years a filter offers: this one and the next, back to 1990. */
function yearOptions() {
  const last = new Date().getFullYear() + 1;
  return Array.from({ length: last - 1989 }, (_, i) => ({ value: last - i, label: String(last - i) }));
}

function ProjectFields({ ctx, rules }: FieldsProps) {
  const { t, meta } = ctx;
  const amount = Form.useWatch<number | null>('amount');
  return (
    <>
      <NamesSection ctx={ctx} rules={rules} />
      <Section title={t('section.details')}>
        <FieldGrid>
          <CodeField ctx={ctx} rules={rules} />
          <Form.Item name="industry" label={t('field.industry')} rules={rules('industry')}>
            <Select showSearch={{ optionFilterProp: 'label' }} aria-label={t('field.industry')} options={referenceOptions(meta?.industries)} />
          </Form.Item>
          <Form.Item
            name="amount"
            label={t('field.amount')}
            rules={rules('amount')}
            extra={typeof amount === 'number' ? t('field.amount.inWan', { wan: formatNumber(amount * 10_000, ctx, 0) }) : t('field.amount.help')}
          >
            <InputNumber style={{ width: '100%' }} suffix={t('unit.yi')} aria-label={t('field.amount')} />
          </Form.Item>
          <Form.Item name="year" label={t('field.year')} rules={rules('year')}>
            <InputNumber style={{ width: '100%' }} precision={0} aria-label={t('field.year')} />
          </Form.Item>
          <AreaField ctx={ctx} rules={rules} />
          <SampleField ctx={ctx} />
        </FieldGrid>
      </Section>
      <LocationSection ctx={ctx} rules={rules} />
    </>
  );
}

export const PROJECTS_KIND: DataKind<AdminProject, ProjectInput, ProjectValues> = {
  target: 'projects',
  importColumns: PROJECT_IMPORT_COLUMNS,
  requiredColumns: ['code', 'name_zh', 'industry', 'amount', 'year', 'lat', 'lng'],
  filters: [
    { key: 'industry', label: 'filter.industry', width: 180, parse: text, options: ({ meta }) => referenceOptions(meta?.industries) },
    { key: 'area', label: 'filter.area', width: 220, parse: text, options: ({ meta }) => areaOptions(meta) },
    { key: 'year', label: 'filter.year', width: 120, parse: year, options: yearOptions },
  ],
  list: (api, { q, page, pageSize, industry, area, year: y }) =>
    api.adminListProjects({ query: { q, page, pageSize, industry: industry as string | undefined, area: area as string | undefined, year: y as number | undefined } }),
  get: (api, id) => api.adminGetProject({ path: { id } }),
  create: (api, input) => api.adminCreateProject({ body: input }),
  update: (api, id, version, input) => api.adminUpdateProject({ path: { id }, body: { ...input, version } }),
  remove: (api, id, version) => api.adminDeleteProject({ path: { id }, query: { version } }),
  schema: projectInputSchema,
  columns: (ctx) => [
    { key: 'industry', title: ctx.t('field.industry'), width: 150, render: (_, row) => referenceName(ctx.meta?.industries, row.industry) },
    { key: 'amount', title: ctx.t('column.amount'), width: 130, align: 'right', render: (_, row) => formatNumber(row.amount, ctx, 4) },
    { key: 'year', dataIndex: 'year', title: ctx.t('field.year'), width: 80 },
    { key: 'area', title: ctx.t('field.areaCode'), width: 180, render: (_, row) => areaName(ctx.meta, row.areaCode) },
  ],
  Fields: ProjectFields,
  emptyValues: () => ({ code: '', names: namesValues({}), industry: undefined, amount: null, year: new Date().getFullYear(), lat: null, lng: null, areaCode: null, sample: false }),
  toValues: (p) => ({ code: p.code, names: namesValues(p.names), industry: p.industry, amount: p.amount, year: p.year, lat: p.lat, lng: p.lng, areaCode: p.areaCode, sample: p.sample }),
  toInput: (v) => ({ ...v, names: namesInput(v.names), industry: required(v.industry), amount: required(v.amount), year: required(v.year), lat: required(v.lat), lng: required(v.lng) }),
  columnCodes: (column, { meta }) => (column === 'industry' ? meta?.industries.map((i) => i.code) : column === 'area' ? meta?.areas.map((a) => a.code) : undefined),
};
