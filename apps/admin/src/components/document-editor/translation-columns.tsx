import type { Language } from '@zhaoshang/contracts';
import { Col, Flex, Form, Grid, Row, Switch, Tabs, Typography, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TranslationStatusTag } from '../translation-status-tags';
import { LANGUAGES } from '../../services/language';
import { translationStatusOf } from './form-values';

/** The status a language will have once saved, from its title and the "done" switch. */
export function LiveTranslationStatus({ language, form }: { language: Language; form: FormInstance }) {
  const title = Form.useWatch(['translations', language, 'title'], form) as string | undefined;
  const status = Form.useWatch(['translations', language, 'status'], form) as 'done' | 'needs_review' | undefined;
  return <TranslationStatusTag language={language} status={translationStatusOf({ title: title ?? '', status: status ?? 'needs_review' })} />;
}

/** A language column's heading: its name, live status and the editor's "translation done" switch. */
export function TranslationHeading({ language, form }: { language: Language; form: FormInstance }) {
  const { t } = useTranslation();
  const languageName = t(`common:language.${language}`);
  return (
    <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {languageName}
      </Typography.Title>
      <Flex align="center" gap={8}>
        <LiveTranslationStatus language={language} form={form} />
        <Form.Item
          name={['translations', language, 'status']}
          noStyle
          valuePropName="checked"
          getValueProps={(status: unknown) => ({ checked: status === 'done' })}
          normalize={(checked: boolean) => (checked ? 'done' : 'needs_review')}
        >
          <Switch size="small" aria-label={t('policies.translation.doneSwitch', { language: languageName })} />
        </Form.Item>
        <Typography.Text type="secondary">{t('policies.translation.done')}</Typography.Text>
      </Flex>
    </Flex>
  );
}

/**
 * The three languages of a document side by side on a wide screen, as tabs (each with its live
 * translation status) on a narrow one. Every tab is rendered, so every field's errors can show.
 */
export function TranslationColumns({
  form,
  active,
  onActiveChange,
  children,
}: {
  form: FormInstance;
  active: Language;
  onActiveChange: (language: Language) => void;
  children: (language: Language) => ReactNode;
}) {
  const { t } = useTranslation();
  const wide = Boolean(Grid.useBreakpoint().xl);
  if (wide) {
    return (
      <Row gutter={24}>
        {LANGUAGES.map((l) => (
          <Col span={8} key={l}>
            {children(l)}
          </Col>
        ))}
      </Row>
    );
  }
  return (
    <Tabs
      activeKey={active}
      onChange={(key) => onActiveChange(key as Language)}
      items={LANGUAGES.map((l) => ({
        key: l,
        forceRender: true,
        label: (
          <Flex gap={8} align="center">
            <span lang={l}>{t(`common:language.${l}`)}</span>
            <LiveTranslationStatus language={l} form={form} />
          </Flex>
        ),
        children: children(l),
      }))}
    />
  );
}
