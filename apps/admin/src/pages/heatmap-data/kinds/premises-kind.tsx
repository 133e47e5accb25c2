import { PREMISES_IMPORT_COLUMNS, PREMISES_KINDS, PRICE_UNITS, premisesInputSchema, type AdminPremises, type Language, type PremisesInput, type PremisesKind, type PriceUnit } from '@zhaoshang/contracts';
import { Form, Input, InputNumber, Select } from 'antd';
import type { DataKind, FieldsProps, ViewContext } from '../data-kind';
import { oneOf, text } from '../list-filter';
import { AreaField, areaName, areaOptions, CodeField, FieldGrid, formatNumber, LocationSection, NamesSection, SampleField, Section } from '../components/shared-fields';
import { namesInput, namesValues, required } from './values';

export type PremisesValues = {
  code: string;
  kind: PremisesKind | undefined;
  names: Record<Language, string>;
  areaCode: string | null;
  lat: number | null;
  lng: number | null;
  totalArea: number | null;
  availableArea: number | null;
  priceMin: number | null;
  priceMax: number | null;
  priceUnit: PriceUnit | null;
  plotRatio: number | null;
  contactName: string;
  contactPhone: string;
  photos: string[];
  lastUpdated: string;
  sample: boolean;
};

const kindOptions = ({ t }: Pick<ViewContext, 't'>) => PREMISES_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }));
const today = () => new Date().toISOString().slice(0, 10);

/** "25–30 元/m² per month", or one end when only one is known. */
function priceText(p: AdminPremises, ctx: ViewContext): string {
  if (p.priceMin === null && p.priceMax === null) return '—';
  const range = p.priceMin !== null && p.priceMax !== null && p.priceMin !== p.priceMax ? `${formatNumber(p.priceMin, ctx)}–${formatNumber(p.priceMax, ctx)}` : formatNumber(p.priceMin ?? p.priceMax, ctx);
  return p.priceUnit ? `${range} ${ctx.t(`priceUnit.short.${p.priceUnit}`)}` : range;
}

function PremisesFields({ ctx, rules }: FieldsProps) {
  const { t } = ctx;
  const number = (name: 'totalArea' | 'availableArea' | 'priceMin' | 'priceMax' | 'plotRatio', { area = false, dependencies }: { area?: boolean; dependencies?: string[] } = {}) => (
    <Form.Item name={name} label={t(`field.${name}`)} rules={rules(name)} dependencies={dependencies}>
      <InputNumber style={{ width: '100%' }} precision={area ? 0 : undefined} suffix={area ? t('unit.m2') : undefined} aria-label={t(`field.${name}`)} />
    </Form.Item>
  );
  return (
    <>
      <NamesSection ctx={ctx} rules={rules} />
      <Section title={t('section.details')}>
        <FieldGrid>
          <CodeField ctx={ctx} rules={rules} />
          <Form.Item name="kind" label={t('field.kind')} rules={rules('kind')}>
            <Select aria-label={t('field.kind')} options={kindOptions(ctx)} />
          </Form.Item>
          <AreaField ctx={ctx} rules={rules} />
          <Form.Item name="lastUpdated" label={t('field.lastUpdated')} rules={rules('lastUpdated')} extra={t('field.lastUpdated.help')}>
            <Input type="date" aria-label={t('field.lastUpdated')} />
          </Form.Item>
          <SampleField ctx={ctx} />
        </FieldGrid>
      </Section>
      <Section title={t('section.space')}>
        <FieldGrid>
          {number('totalArea', { area: true })}
          {number('availableArea', { area: true, dependencies: ['totalArea'] })}
        </FieldGrid>
        <FieldGrid columns={3}>
          {number('priceMin')}
          {number('priceMax', { dependencies: ['priceMin'] })}
          <Form.Item name="priceUnit" label={t('field.priceUnit')} rules={rules('priceUnit')} normalize={(value: PriceUnit | undefined) => value ?? null}>
            <Select allowClear aria-label={t('field.priceUnit')} options={PRICE_UNITS.map((unit) => ({ value: unit, label: t(`priceUnit.${unit}`) }))} />
          </Form.Item>
          {number('plotRatio')}
        </FieldGrid>
      </Section>
      <LocationSection ctx={ctx} rules={rules} />
      <Section title={t('section.contact')}>
        <FieldGrid>
          <Form.Item name="contactName" label={t('field.contactName')} rules={rules('contactName')}>
            <Input maxLength={100} aria-label={t('field.contactName')} />
          </Form.Item>
          <Form.Item name="contactPhone" label={t('field.contactPhone')} rules={rules('contactPhone')}>
            <Input maxLength={40} aria-label={t('field.contactPhone')} />
          </Form.Item>
        </FieldGrid>
        <Form.Item name="photos" label={t('field.photos')} rules={rules('photos')} extra={t('field.photos.help')}>
          <Select mode="tags" open={false} tokenSeparators={[' ', '\n']} aria-label={t('field.photos')} />
        </Form.Item>
      </Section>
    </>
  );
}

export const PREMISES_KIND: DataKind<AdminPremises, PremisesInput, PremisesValues> = {
  target: 'premises',
  importColumns: PREMISES_IMPORT_COLUMNS,
  requiredColumns: ['code', 'kind', 'name_zh', 'lat', 'lng', 'total_area', 'available_area', 'last_updated'],
  filters: [
    { key: 'kind', label: 'filter.kind', width: 200, parse: oneOf(PREMISES_KINDS), options: kindOptions },
    { key: 'area', label: 'filter.area', width: 220, parse: text, options: ({ meta }) => areaOptions(meta) },
  ],
  list: (api, { q, page, pageSize, kind, area }) => api.adminListPremises({ query: { q, page, pageSize, kind: kind as PremisesKind | undefined, area: area as string | undefined } }),
  get: (api, id) => api.adminGetPremises({ path: { id } }),
  create: (api, input) => api.adminCreatePremises({ body: input }),
  update: (api, id, version, input) => api.adminUpdatePremises({ path: { id }, body: { ...input, version } }),
  remove: (api, id, version) => api.adminDeletePremises({ path: { id }, query: { version } }),
  schema: premisesInputSchema,
  columns: (ctx) => [
    { key: 'kind', title: ctx.t('field.kind'), width: 150, render: (_, row) => ctx.t(`kind.${row.kind}`) },
    { key: 'area', title: ctx.t('field.areaCode'), width: 180, render: (_, row) => areaName(ctx.meta, row.areaCode) },
    {
      key: 'space',
      title: ctx.t('column.space'),
      width: 190,
      align: 'right',
      render: (_, row) => ctx.t('column.space.value', { available: formatNumber(row.availableArea, ctx, 0), total: formatNumber(row.totalArea, ctx, 0) }),
    },
    { key: 'price', title: ctx.t('column.price'), width: 170, render: (_, row) => priceText(row, ctx) },
    { key: 'lastUpdated', dataIndex: 'lastUpdated', title: ctx.t('field.lastUpdated'), width: 130 },
  ],
  Fields: PremisesFields,
  emptyValues: () => ({
    code: '',
    kind: undefined,
    names: namesValues({}),
    areaCode: null,
    lat: null,
    lng: null,
    totalArea: null,
    availableArea: null,
    priceMin: null,
    priceMax: null,
    priceUnit: null,
    plotRatio: null,
    contactName: '',
    contactPhone: '',
    photos: [],
    lastUpdated: today(),
    sample: false,
  }),
  toValues: ({ id: _id, version: _version, createdAt: _c, updatedAt: _u, updatedBy: _b, names, photos, ...rest }) => ({ ...rest, names: namesValues(names), photos: [...photos] }),
  toInput: (v) => ({ ...v, names: namesInput(v.names), kind: required(v.kind), lat: required(v.lat), lng: required(v.lng), totalArea: required(v.totalArea), availableArea: required(v.availableArea) }),
  columnCodes: (column, { meta }) => (column === 'kind' ? [...PREMISES_KINDS] : column === 'price_unit' ? [...PRICE_UNITS] : column === 'area' ? meta?.areas.map((a) => a.code) : undefined),
};
