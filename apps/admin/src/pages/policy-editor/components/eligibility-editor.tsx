import { ENTERPRISE_SIZES, policyInputSchema, TALENT_CATEGORIES, type Eligibility, type MetaResponse } from '@zhaoshang/contracts';
import { Alert, Col, Form, InputNumber, Row, Select, Switch, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { referenceName, referenceOptions } from '../../../hooks/use-meta';
import { schemaRule } from '../../../services/forms';
import { currentLanguage } from '../../../services/language';
import { eligibilitySentences, type CodeKind } from '../eligibility-text';
import type { PolicyFormValues } from '../policy-form';

/**
 * Who a policy is for, as structured conditions the matching uses: every empty list or number
 * means "no restriction". Below, the conditions as investors will read them.
 */
export function EligibilityEditor({ meta, form }: { meta: MetaResponse | undefined; form: FormInstance<PolicyFormValues> }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const rules = (field: string) => [schemaRule(policyInputSchema, `eligibility.${field}`, t)];
  const label = (field: string) => t(`policies.eligibility.${field}`);
  const name = (field: keyof Eligibility) => ['eligibility', field];
  const search = { showSearch: { optionFilterProp: 'label' } };
  const number = (field: keyof Eligibility, suffix: string, max: number) => (
    <Form.Item name={name(field)} label={label(field)} rules={rules(field)}>
      <InputNumber aria-label={label(field)} min={0} max={max} suffix={suffix} style={{ width: '100%' }} />
    </Form.Item>
  );

  const eligibility = (Form.useWatch('eligibility', form) as Partial<Eligibility> | undefined) ?? {};
  const industries = (Form.useWatch('industries', form) as string[] | undefined) ?? [];
  const lists: Record<CodeKind, MetaResponse['industries'] | undefined> = { industry: meta?.industries, enterpriseType: meta?.enterpriseTypes, spaceKind: meta?.spaceKinds };
  const sentences = eligibilitySentences(eligibility, industries, language, t, (kind, code) => referenceName(lists[kind], code));

  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={12} xl={8}>
          <Form.Item name={name('enterpriseTypes')} label={label('enterpriseTypes')} rules={rules('enterpriseTypes')}>
            <Select mode="multiple" allowClear aria-label={label('enterpriseTypes')} placeholder={t('policies.eligibility.any')} options={referenceOptions(meta?.enterpriseTypes)} {...search} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={8}>
          <Form.Item name={name('sizes')} label={label('sizes')} rules={rules('sizes')}>
            <Select mode="multiple" allowClear aria-label={label('sizes')} placeholder={t('policies.eligibility.any')} options={ENTERPRISE_SIZES.map((size) => ({ value: size, label: t(`policies:size.${size}`) }))} {...search} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={8}>
          <Form.Item name={name('talentCategories')} label={label('talentCategories')} rules={rules('talentCategories')}>
            <Select mode="multiple" allowClear aria-label={label('talentCategories')} placeholder={t('policies.eligibility.any')} options={TALENT_CATEGORIES.map((c) => ({ value: c, label: t(`policies:talent.${c}`) }))} {...search} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={8}>
          <Form.Item name={name('spaceKinds')} label={label('spaceKinds')} rules={rules('spaceKinds')}>
            <Select mode="multiple" allowClear aria-label={label('spaceKinds')} placeholder={t('policies.eligibility.any')} options={referenceOptions(meta?.spaceKinds)} {...search} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={4}>
          {number('minCompanyAgeYears', t('policies.unit.years'), 100)}
        </Col>
        <Col xs={12} md={6} xl={4}>
          <Form.Item name={name('maxCompanyAgeYears')} label={label('maxCompanyAgeYears')} dependencies={[name('minCompanyAgeYears')]} rules={rules('maxCompanyAgeYears')}>
            <InputNumber aria-label={label('maxCompanyAgeYears')} min={0} max={100} suffix={t('policies.unit.years')} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={4}>
          {number('minRndStaffPercent', '%', 100)}
        </Col>
        <Col xs={12} md={6} xl={4}>
          {number('minRndSpendingPercent', '%', 100)}
        </Col>
        <Col xs={12} md={6} xl={4}>
          {number('minInvestment', t('policies.unit.tenThousandYuan'), 100_000_000)}
        </Col>
        <Col xs={12} md={6} xl={4}>
          <Form.Item name={name('highTechRequired')} label={label('highTechRequired')} valuePropName="checked">
            <Switch aria-label={label('highTechRequired')} />
          </Form.Item>
        </Col>
      </Row>
      <Alert
        type="info"
        title={t('policies.eligibility.readAs')}
        description={
          sentences.length ? (
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {sentences.map((sentence) => (
                <li key={sentence}>{sentence}</li>
              ))}
            </ul>
          ) : (
            t('policies:criterion.none')
          )
        }
      />
    </>
  );
}
