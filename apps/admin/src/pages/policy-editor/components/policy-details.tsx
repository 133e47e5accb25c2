import { policyInputSchema, type MetaResponse } from '@zhaoshang/contracts';
import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { referenceOptions } from '../../../hooks/use-meta';
import { schemaRule } from '../../../services/forms';

/** Shared fields: category, industries, document number and validity. */
export function PolicyDetails({ meta }: { meta: MetaResponse | undefined }) {
  const { t } = useTranslation();
  const rules = (field: string) => [schemaRule(policyInputSchema, field, t)];
  // Dates are ISO days (YYYY-MM-DD), which is what a native date input reads and writes.
  const date = { getValueProps: (value: unknown) => ({ value: typeof value === 'string' ? value : '' }), normalize: (value: string) => value || null };
  return (
    <Row gutter={16}>
      <Col xs={24} md={12} xl={6}>
        <Form.Item name="category" label={t('policies.field.category')} required rules={rules('category')}>
          <Select aria-label={t('policies.field.category')} options={referenceOptions(meta?.policyCategories)} placeholder={t('policies.field.category.placeholder')} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12} xl={6}>
        <Form.Item name="industries" label={t('policies.field.industries')} extra={t('policies.field.industries.help')} rules={rules('industries')}>
          <Select mode="multiple" allowClear aria-label={t('policies.field.industries')} options={referenceOptions(meta?.industries)} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8} xl={4}>
        <Form.Item name="documentNumber" label={t('policies.field.documentNumber')} rules={rules('documentNumber')}>
          <Input aria-label={t('policies.field.documentNumber')} maxLength={100} />
        </Form.Item>
      </Col>
      <Col xs={12} md={8} xl={4}>
        <Form.Item name="validFrom" label={t('policies.field.validFrom')} rules={rules('validFrom')} {...date}>
          <Input type="date" aria-label={t('policies.field.validFrom')} />
        </Form.Item>
      </Col>
      <Col xs={12} md={8} xl={4}>
        <Form.Item name="validUntil" label={t('policies.field.validUntil')} extra={t('policies.field.validUntil.help')} dependencies={['validFrom']} rules={rules('validUntil')} {...date}>
          <Input type="date" aria-label={t('policies.field.validUntil')} />
        </Form.Item>
      </Col>
    </Row>
  );
}
