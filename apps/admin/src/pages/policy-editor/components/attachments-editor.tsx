import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { policyInputSchema } from '@zhaoshang/contracts';
import { Button, Card, Col, Empty, Flex, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { schemaRule } from '../../../services/forms';
import { LANGUAGES } from '../../../services/language';

/** Documents investors can open: a link and its title per language. */
export function AttachmentsEditor({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const rules = (field: string) => [schemaRule(policyInputSchema, field, t)];
  return (
    <Form.List name="attachments">
      {(items, { add, remove }) => (
        <Flex vertical gap={12}>
          {items.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('policies.attachments.empty')} />}
          {items.map((item, index) => {
            const label = `${t('policies.field.attachments')} ${index + 1}`;
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
                <Form.Item name={[item.name, 'url']} label={t('policies.attachment.url')} extra={t('policies.attachment.url.help')} required rules={rules(`attachments.${index}.url`)}>
                  <Input type="url" aria-label={`${t('policies.attachment.url')} (${label})`} placeholder="https://" maxLength={500} />
                </Form.Item>
                <Row gutter={16}>
                  {LANGUAGES.map((language) => (
                    <Col xs={24} lg={8} key={language}>
                      <Form.Item
                        name={[item.name, 'title', language]}
                        label={t('policies.attachment.title', { language: t(`common:language.${language}`) })}
                        rules={rules(`attachments.${index}.title.${language}`)}
                      >
                        <Input lang={language} maxLength={200} aria-label={`${t('policies.attachment.title', { language: t(`common:language.${language}`) })} (${label})`} />
                      </Form.Item>
                    </Col>
                  ))}
                </Row>
              </Card>
            );
          })}
          {!readOnly && (
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ url: '', title: { 'zh-CN': '', en: '', ja: '' } })}>
              {t('policies.action.addAttachment')}
            </Button>
          )}
        </Flex>
      )}
    </Form.List>
  );
}
