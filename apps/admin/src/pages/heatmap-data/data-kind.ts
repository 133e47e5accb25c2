import type { AdminPremises, AdminProject, MetaResponse } from '@zhaoshang/contracts';
import type { TableColumnsType } from 'antd';
import type { Rule } from 'antd/es/form';
import type { TFunction } from 'i18next';
import type { ComponentType } from 'react';
import type { Api } from '../../services/api';
import type { SharedSchema } from '../../services/forms';
import type { Language } from '../../services/language';
import type { ImportTarget } from './upload';

/** What the list, the editor and the import share between projects and premises. */
export type HeatmapRecord = AdminProject | AdminPremises;

export type FilterValue = string | number | undefined;
export type ListQuery = { q?: string; page: number; pageSize: number; [filter: string]: FilterValue };

/** What a column or a field needs to show names: texts, the UI language and the reference lists. */
export type ViewContext = { t: TFunction; language: Language; meta: MetaResponse | undefined };

/** A select in the filter bar, kept in the address as `?<key>=`. */
export type FilterSpec = {
  key: string;
  /** text key of its label */
  label: string;
  width: number;
  options: (ctx: ViewContext) => { value: string | number; label: string }[];
  /** the address's text to the query's value; undefined for nothing or nonsense */
  parse: (raw: string | null) => FilterValue;
};

export type FieldsProps = { readOnly: boolean; ctx: ViewContext; rules: (field: string) => Rule[] };

/**
 * One kind of heatmap data (projects or premises) for the generic list, editor and import: its
 * API calls, filters, columns, form fields and the mapping between a record and the form.
 */
export type DataKind<R extends HeatmapRecord, I, V extends object> = {
  /** the route segment, the texts' prefix (`projects.title`) and the import endpoint's name */
  target: ImportTarget;
  importColumns: readonly string[];
  /** columns an import cannot do without (the server's import-rows) */
  requiredColumns: readonly string[];
  filters: readonly FilterSpec[];
  list(api: Api, query: ListQuery): Promise<{ items: R[]; total: number }>;
  get(api: Api, id: number): Promise<R>;
  create(api: Api, input: I): Promise<R>;
  update(api: Api, id: number, version: number, input: I): Promise<R>;
  remove(api: Api, id: number, version: number): Promise<void>;
  /** the server's input schema: the form checks each field with it before anything is sent */
  schema: SharedSchema<I>;
  /** the columns between name and sample tag */
  columns(ctx: ViewContext): TableColumnsType<R>;
  Fields: ComponentType<FieldsProps>;
  emptyValues(): V;
  toValues(record: R): V;
  /** form values as the schema takes them (no empty translations, no nulls where a value is required) */
  toInput(values: V): unknown;
  /** extra help for an import column: the codes it accepts */
  columnCodes?: (column: string, ctx: ViewContext) => string[] | undefined;
};

