import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { BENEFIT_KINDS, policyInputSchema } from '@zhaoshang/contracts';
import { Button, Card, Col, Empty, Flex, Form, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { schemaRule } from '../../../services/forms';
import { LANGUAGES } from '../../../services/language';

/** Benefits: kind, upper amount in 万元 and a description per language. */
export function BenefitsEditor({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const rules = (field: string) => [schemaRule(policyInputSchema, field, t)];
  return (
    <Form.List name="benefits">
      {(items, { add, remove }) => (
        <Flex vertical gap={12}>
          {items.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('policies.benefits.empty')} />}
          {items.map((item, index) => {
            const label = `${t('policies.field.benefits')} ${index + 1}`;
            return (
              <Card
                key={item.key}
                size="small"
                title={label}
                extra={
                  !readOnly && (
                    <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('policies.action.removeItem', { item: label })} onClick={() => remove(item.name)} />
                  )
                }
              >
                <Row gutter={16}>
                  <Col xs={24} md={12}>
                    <Form.Item name={[item.name, 'kind']} label={t('policies.benefit.kind')} rules={rules(`benefits.${index}.kind`)}>
                      <Select aria-label={`${t('policies.benefit.kind')} (${label})`} options={BENEFIT_KINDS.map((kind) => ({ value: kind, label: t(`policies:benefit.${kind}`) }))} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item name={[item.name, 'maxAmount']} label={t('policies.benefit.maxAmount')} extra={t('policies.benefit.maxAmount.help')} rules={rules(`benefits.${index}.maxAmount`)}>
                      <InputNumber aria-label={`${t('policies.benefit.maxAmount')} (${label})`} min={0} style={{ width: '100%' }} suffix={t('policies.unit.tenThousandYuan')} />
                    </Form.Item>
                  </Col>
                  {LANGUAGES.map((language) => (
                    <Col xs={24} lg={8} key={language}>
                      <Form.Item
                        name={[item.name, 'description', language]}
                        label={t('policies.benefit.description', { language: t(`common:language.${language}`) })}
                        rules={rules(`benefits.${index}.description.${language}`)}
                      >
                        <Input.TextArea lang={language} rows={3} maxLength={500} aria-label={`${t('policies.benefit.description', { language: t(`common:language.${language}`) })} (${label})`} />
                      </Form.Item>
                    </Col>
                  ))}
                </Row>
              </Card>
            );
          })}
          {!readOnly && (
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: 'subsidy', maxAmount: null, description: { 'zh-CN': '', en: '', ja: '' } })}>
              {t('policies.action.addBenefit')}
            </Button>
          )}
        </Flex>
      )}
    </Form.List>
  );
}
