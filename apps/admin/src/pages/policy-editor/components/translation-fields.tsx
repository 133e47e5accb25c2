import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { policyInputSchema, type Language } from '@zhaoshang/contracts';
import { Button, Flex, Form, Input, Typography, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { TranslationHeading } from '../../../components/document-editor/translation-columns';
import { schemaRule } from '../../../services/forms';
import type { PolicyFormValues } from '../policy-form';
import { RichTextEditor } from '../../../components/rich-text-editor';

type Props = { language: Language; form: FormInstance<PolicyFormValues>; readOnly: boolean };

/**
 * One language's text of a policy: title, summary, body, department and how to apply. Text areas
 * have fixed rows: auto-sizing ones measure their styles on every change, which three columns
 * of them make noticeably slow.
 */
export function TranslationFields({ language, form, readOnly }: Props) {
  const { t } = useTranslation();
  const languageName = t(`common:language.${language}`);
  const name = (field: string) => ['translations', language, field];
  const rules = (field: string) => [schemaRule(policyInputSchema, `translations.${language}.${field}`, t)];
  // Each input says which language it is for: three columns have three "Title" fields.
  const aria = (key: string) => `${t(`policies.field.${key}`)} (${languageName})`;

  const list = (field: 'applySteps' | 'applyMaterials', addLabel: string) => (
    <Form.List name={name(field)}>
      {(items, { add, remove }) => (
        <Flex vertical gap={8}>
          {items.map((item, index) => (
            <Flex key={item.key} gap={8} align="start">
              <Typography.Text type="secondary" style={{ minWidth: 20, lineHeight: '32px' }}>
                {index + 1}.
              </Typography.Text>
              <Form.Item name={item.name} style={{ flex: 1, marginBottom: 0 }} rules={[schemaRule(policyInputSchema, `translations.${language}.${field}.${index}`, t)]}>
                {field === 'applySteps' ? (
                  <Input.TextArea lang={language} rows={2} aria-label={`${aria(field)} ${index + 1}`} />
                ) : (
                  <Input lang={language} aria-label={`${aria(field)} ${index + 1}`} />
                )}
              </Form.Item>
              {!readOnly && (
                <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('policies.action.removeItem', { item: `${aria(field)} ${index + 1}` })} onClick={() => remove(item.name)} />
              )}
            </Flex>
          ))}
          {!readOnly && (
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')} block>
              {addLabel}
            </Button>
          )}
        </Flex>
      )}
    </Form.List>
  );

  return (
    <div lang={language}>
      <TranslationHeading language={language} form={form} />
      <Form.Item name={name('title')} label={t('policies.field.title')} rules={rules('title')}>
        <Input lang={language} aria-label={aria('title')} showCount maxLength={200} />
      </Form.Item>
      <Form.Item name={name('summary')} label={t('policies.field.summary')} rules={rules('summary')}>
        <Input.TextArea lang={language} aria-label={aria('summary')} rows={4} showCount maxLength={1000} />
      </Form.Item>
      <Form.Item name={name('body')} label={t('policies.field.body')} rules={rules('body')}>
        <RichTextEditor lang={language} aria-label={aria('body')} disabled={readOnly} />
      </Form.Item>
      <Form.Item name={name('department')} label={t('policies.field.department')} rules={rules('department')}>
        <Input lang={language} aria-label={aria('department')} maxLength={200} />
      </Form.Item>
      <Form.Item label={t('policies.field.applySteps')}>{list('applySteps', t('policies.action.addStep'))}</Form.Item>
      <Form.Item label={t('policies.field.applyMaterials')}>{list('applyMaterials', t('policies.action.addMaterial'))}</Form.Item>
      <Form.Item name={name('applyContact')} label={t('policies.field.applyContact')} rules={rules('applyContact')}>
        <Input lang={language} aria-label={aria('applyContact')} maxLength={300} />
      </Form.Item>
    </div>
  );
}
