import { DeleteOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { guidePageInputSchema, type GuidePageKind, type Language } from '@zhaoshang/contracts';
import { Button, Card, Flex, Form, Input, Typography, type FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { TranslationHeading } from '../../../components/document-editor/translation-columns';
import { RichTextEditor } from '../../../components/rich-text-editor';
import { schemaRule } from '../../../services/forms';
import { emptyStep, type GuideFormValues } from '../guide-form';

type Props = { language: Language; kind: GuidePageKind; form: FormInstance<GuideFormValues>; readOnly: boolean };

const rule = (path: string, t: TFunction) => [schemaRule(guidePageInputSchema, path, t)];

/**
 * One language's text of a guide node: title, summary and rich-text body for every kind, plus
 * the steps of a procedure or the questions of an FAQ. Every input names its language (and its
 * step or question), since three columns show the same fields.
 */
export function GuideTranslationFields({ language, kind, form, readOnly }: Props) {
  const { t } = useTranslation(['guide', 'admin']);
  const languageName = t(`common:language.${language}`);
  const at = (field: string) => `translations.${language}.${field}`;
  const aria = (label: string) => `${label} (${languageName})`;

  return (
    <div lang={language}>
      <TranslationHeading language={language} form={form} />
      <Form.Item name={['translations', language, 'title']} label={t('field.title')} rules={rule(at('title'), t)}>
        <Input lang={language} aria-label={aria(t('field.title'))} showCount maxLength={200} />
      </Form.Item>
      <Form.Item name={['translations', language, 'summary']} label={t('field.summary')} extra={t('field.summary.help')} rules={rule(at('summary'), t)}>
        <Input.TextArea lang={language} aria-label={aria(t('field.summary'))} rows={3} showCount maxLength={1000} />
      </Form.Item>
      <Form.Item name={['translations', language, 'body']} label={t(kind === 'article' ? 'field.body' : 'field.intro')} rules={rule(at('body'), t)}>
        <RichTextEditor lang={language} aria-label={aria(t(kind === 'article' ? 'field.body' : 'field.intro'))} disabled={readOnly} />
      </Form.Item>
      {kind === 'procedure' && <StepsEditor language={language} readOnly={readOnly} />}
      {kind === 'faq' && <FaqEditor language={language} readOnly={readOnly} />}
    </div>
  );
}

/** A list of one-line texts (a step's documents). */
function TextList({ name, path, label, addLabel, language, readOnly }: { name: (string | number)[]; path: string; label: string; addLabel: string; language: Language; readOnly: boolean }) {
  const { t } = useTranslation(['guide', 'admin']);
  return (
    <Form.List name={name}>
      {(items, { add, remove }) => (
        <Flex vertical gap={6}>
          {items.map((item, index) => (
            <Flex key={item.key} gap={6} align="start">
              <Form.Item name={item.name} style={{ flex: 1, marginBottom: 0 }} rules={rule(`${path}.${index}`, t)}>
                <Input lang={language} size="small" aria-label={`${label} ${index + 1}`} maxLength={300} />
              </Form.Item>
              {!readOnly && <Button type="text" size="small" icon={<MinusCircleOutlined />} aria-label={t('admin:policies.action.removeItem', { item: `${label} ${index + 1}` })} onClick={() => remove(item.name)} />}
            </Flex>
          ))}
          {!readOnly && (
            <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add('')}>
              {addLabel}
            </Button>
          )}
        </Flex>
      )}
    </Form.List>
  );
}

/** A procedure's numbered steps, each with where to go, the documents, how long it takes and online links. */
function StepsEditor({ language, readOnly }: { language: Language; readOnly: boolean }) {
  const { t } = useTranslation(['guide', 'admin']);
  const languageName = t(`common:language.${language}`);
  return (
    <Form.Item label={t('field.steps')} required>
      <Form.List name={['translations', language, 'steps']}>
        {(items, { add, remove, move }) => (
          <Flex vertical gap={12}>
            {items.length === 0 && <Typography.Text type="secondary">{t('steps.empty')}</Typography.Text>}
            {items.map((item, index) => {
              const step = `${t('step.number', { number: index + 1 })} (${languageName})`;
              const path = `translations.${language}.steps.${index}`;
              const label = (field: string) => `${t(`field.step.${field}`)} · ${step}`;
              return (
                <Card
                  key={item.key}
                  size="small"
                  title={t('step.number', { number: index + 1 })}
                  data-step={index + 1}
                  extra={
                    !readOnly && (
                      <Flex gap={4}>
                        <Button type="text" size="small" disabled={index === 0} aria-label={t('action.moveUp', { item: step })} onClick={() => move(index, index - 1)}>
                          ↑
                        </Button>
                        <Button type="text" size="small" disabled={index === items.length - 1} aria-label={t('action.moveDown', { item: step })} onClick={() => move(index, index + 1)}>
                          ↓
                        </Button>
                        <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t('admin:policies.action.removeItem', { item: step })} onClick={() => remove(item.name)} />
                      </Flex>
                    )
                  }
                >
                  <Form.Item name={[item.name, 'title']} label={t('field.step.title')} rules={rule(`${path}.title`, t)}>
                    <Input lang={language} aria-label={label('title')} maxLength={200} />
                  </Form.Item>
                  <Form.Item name={[item.name, 'description']} label={t('field.step.description')} rules={rule(`${path}.description`, t)}>
                    <Input.TextArea lang={language} aria-label={label('description')} rows={2} maxLength={2000} />
                  </Form.Item>
                  <Form.Item name={[item.name, 'office']} label={t('field.step.office')} rules={rule(`${path}.office`, t)}>
                    <Input lang={language} aria-label={label('office')} maxLength={200} />
                  </Form.Item>
                  <Form.Item name={[item.name, 'duration']} label={t('field.step.duration')} extra={t('field.step.duration.help')} rules={rule(`${path}.duration`, t)}>
                    <Input lang={language} aria-label={label('duration')} maxLength={100} />
                  </Form.Item>
                  <Form.Item label={t('field.step.documents')}>
                    <TextList name={[item.name, 'documents']} path={`${path}.documents`} label={label('documents')} addLabel={t('action.addDocument')} language={language} readOnly={readOnly} />
                  </Form.Item>
                  <Form.Item label={t('field.step.links')} style={{ marginBottom: 0 }}>
                    <Form.List name={[item.name, 'links']}>
                      {(links, ops) => (
                        <Flex vertical gap={6}>
                          {links.map((link, j) => {
                            const linkLabel = `${t('field.step.links')} ${j + 1} · ${step}`;
                            return (
                              <Flex key={link.key} gap={6} align="start" wrap>
                                <Form.Item name={[link.name, 'title']} style={{ flex: '1 1 120px', marginBottom: 0 }} rules={rule(`${path}.links.${j}.title`, t)}>
                                  <Input lang={language} size="small" placeholder={t('field.link.title')} aria-label={`${t('field.link.title')} · ${linkLabel}`} maxLength={200} />
                                </Form.Item>
                                <Form.Item name={[link.name, 'url']} style={{ flex: '2 1 160px', marginBottom: 0 }} rules={rule(`${path}.links.${j}.url`, t)}>
                                  <Input type="url" size="small" placeholder="https://" aria-label={`${t('field.link.url')} · ${linkLabel}`} maxLength={500} />
                                </Form.Item>
                                {!readOnly && (
                                  <Button type="text" size="small" icon={<MinusCircleOutlined />} aria-label={t('admin:policies.action.removeItem', { item: linkLabel })} onClick={() => ops.remove(link.name)} />
                                )}
                              </Flex>
                            );
                          })}
                          {!readOnly && (
                            <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => ops.add({ title: '', url: '' })}>
                              {t('action.addLink')}
                            </Button>
                          )}
                        </Flex>
                      )}
                    </Form.List>
                  </Form.Item>
                </Card>
              );
            })}
            {!readOnly && (
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(emptyStep())} block>
                {t('action.addStep')}
              </Button>
            )}
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}

/** An FAQ's questions and plain-text answers. */
function FaqEditor({ language, readOnly }: { language: Language; readOnly: boolean }) {
  const { t } = useTranslation(['guide', 'admin']);
  const languageName = t(`common:language.${language}`);
  return (
    <Form.Item label={t('field.faqs')} required>
      <Form.List name={['translations', language, 'faqs']}>
        {(items, { add, remove }) => (
          <Flex vertical gap={12}>
            {items.length === 0 && <Typography.Text type="secondary">{t('faqs.empty')}</Typography.Text>}
            {items.map((item, index) => {
              const entry = `${t('faq.number', { number: index + 1 })} (${languageName})`;
              const path = `translations.${language}.faqs.${index}`;
              return (
                <Card
                  key={item.key}
                  size="small"
                  title={t('faq.number', { number: index + 1 })}
                  extra={!readOnly && <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t('admin:policies.action.removeItem', { item: entry })} onClick={() => remove(item.name)} />}
                >
                  <Form.Item name={[item.name, 'question']} label={t('field.faq.question')} rules={rule(`${path}.question`, t)}>
                    <Input lang={language} aria-label={`${t('field.faq.question')} · ${entry}`} maxLength={300} />
                  </Form.Item>
                  <Form.Item name={[item.name, 'answer']} label={t('field.faq.answer')} style={{ marginBottom: 0 }} rules={rule(`${path}.answer`, t)}>
                    <Input.TextArea lang={language} aria-label={`${t('field.faq.answer')} · ${entry}`} rows={3} maxLength={4000} />
                  </Form.Item>
                </Card>
              );
            })}
            {!readOnly && (
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ question: '', answer: '' })} block>
                {t('action.addFaq')}
              </Button>
            )}
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}
