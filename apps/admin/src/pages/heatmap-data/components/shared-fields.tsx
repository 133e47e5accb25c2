import { LANGUAGES, type MetaResponse } from '@zhaoshang/contracts';
import { Card, Col, Form, Input, InputNumber, Row, Select, Switch, Typography } from 'antd';
import { Children, type ClipboardEvent, type ReactNode } from 'react';
import type { FieldsProps, ViewContext } from '../data-kind';

/** `31.4321, 120.5853` (or with a space, a full-width comma) as copied from a map: latitude first. */
export function parseLatLng(text: string): [number, number] | null {
  const match = /^\s*(-?\d{1,2}(?:\.\d+)?)\s*[,，\s]\s*(-?\d{1,3}(?:\.\d+)?)\s*$/.exec(text);
  return match ? [Number(match[1]), Number(match[2])] : null;
}

export const areaName = (meta: MetaResponse | undefined, code: string | null) => (code === null ? '—' : (meta?.areas.find((a) => a.code === code)?.name ?? code));
export const areaOptions = (meta: MetaResponse | undefined) => (meta?.areas ?? []).map((a) => ({ value: a.code, label: a.name }));

export const formatNumber = (value: number | null | undefined, ctx: Pick<ViewContext, 'language'>, digits = 2) =>
  value === null || value === undefined ? '—' : new Intl.NumberFormat(ctx.language, { maximumFractionDigits: digits }).format(value);

/** Fields in two columns (one on narrow screens), or `columns` of them. */
export function FieldGrid({ children, columns = 2 }: { children: ReactNode; columns?: 2 | 3 }) {
  return (
    <Row gutter={16}>
      {Children.toArray(children).map((child, i) => (
        <Col xs={24} md={24 / columns} key={i}>
          {child}
        </Col>
      ))}
    </Row>
  );
}

/** A titled group of fields in the editor. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card size="small" title={title}>
      {children}
    </Card>
  );
}

/** The code, the key an import matches rows on. */
export function CodeField({ ctx, rules }: Pick<FieldsProps, 'ctx' | 'rules'>) {
  return (
    <Form.Item name="code" label={ctx.t('field.code')} rules={rules('code')} extra={ctx.t('field.code.help')}>
      <Input maxLength={64} autoComplete="off" />
    </Form.Item>
  );
}

/** The three languages' names side by side (stacked on narrow screens); Chinese is required. */
export function NamesSection({ ctx, rules }: Pick<FieldsProps, 'ctx' | 'rules'>) {
  const { t } = ctx;
  return (
    <Section title={t('section.names')}>
      <FieldGrid columns={3}>
        {LANGUAGES.map((language) => {
          const languageName = t(`common:language.${language}`);
          return (
            <Form.Item
              key={language}
              name={['names', language]}
              label={<span lang={language}>{languageName}</span>}
              rules={rules(`names.${language}`)}
              extra={language === 'zh-CN' ? t('field.name.required') : t('field.name.optional')}
            >
              <Input lang={language} aria-label={t('field.nameIn', { language: languageName })} maxLength={200} />
            </Form.Item>
          );
        })}
      </FieldGrid>
    </Section>
  );
}

/** WGS-84 latitude and longitude; pasting "lat, lng" into either fills both. */
export function LocationSection({ ctx, rules }: Pick<FieldsProps, 'ctx' | 'rules'>) {
  const { t } = ctx;
  const form = Form.useFormInstance();
  const paste = (event: ClipboardEvent<HTMLInputElement>) => {
    const pair = parseLatLng(event.clipboardData.getData('text'));
    if (!pair) return;
    event.preventDefault();
    form.setFieldsValue({ lat: pair[0], lng: pair[1] });
    void form.validateFields(['lat', 'lng']).catch(() => undefined);
  };
  return (
    <Section title={t('section.location')}>
      <FieldGrid>
        <Form.Item name="lat" label={t('field.lat')} rules={rules('lat')}>
          <InputNumber style={{ width: '100%' }} aria-label={t('field.lat')} onPaste={paste} />
        </Form.Item>
        <Form.Item name="lng" label={t('field.lng')} rules={rules('lng')}>
          <InputNumber style={{ width: '100%' }} aria-label={t('field.lng')} onPaste={paste} />
        </Form.Item>
      </FieldGrid>
      <Typography.Paragraph type="secondary">{t('field.location.help')}</Typography.Paragraph>
    </Section>
  );
}

/** The area the record belongs to (none allowed). */
export function AreaField({ ctx, rules }: Pick<FieldsProps, 'ctx' | 'rules'>) {
  return (
    <Form.Item name="areaCode" label={ctx.t('field.areaCode')} rules={rules('areaCode')} normalize={(value: string | undefined) => value ?? null}>
      <Select allowClear showSearch={{ optionFilterProp: 'label' }} aria-label={ctx.t('field.areaCode')} placeholder={ctx.t('field.areaCode.none')} options={areaOptions(ctx.meta)} />
    </Form.Item>
  );
}

/** Generated demo data is labelled as such wherever investors see it. */
export function SampleField({ ctx }: Pick<FieldsProps, 'ctx'>) {
  return (
    <Form.Item name="sample" label={ctx.t('field.sample')} valuePropName="checked" extra={ctx.t('field.sample.help')}>
      <Switch aria-label={ctx.t('field.sample')} />
    </Form.Item>
  );
}
