import { SendOutlined } from '@ant-design/icons';
import { messageRequestSchema, toFieldIssues, type LeadDetail } from '@zhaoshang/contracts';
import { Button, Card, Empty, Flex, Form, Input, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../../hooks/use-form-errors';
import { useApi } from '../../../services/api-context';
import { formatDateTime } from '../../../services/format';
import { schemaError } from '../../../services/forms';
import { currentLanguage } from '../../../services/language';
import { useLeadChange } from '../use-lead-change';
import { byName } from './lead-timeline';
import { ChangeError } from './change-error';

type Values = { body?: string };
const FIELDS = ['body'] as const;

/** The conversation with the investor (what they see in the mini-program), and the reply box. */
export function MessageThread({ lead }: { lead: LeadDetail }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { token } = theme.useToken();
  const language = currentLanguage(i18n);
  const [form] = Form.useForm<Values>();
  const formErrors = useFormErrors(form, FIELDS);
  const send = useLeadChange(lead.id, (body: { body: string }) => api.adminSendLeadMessage({ path: { id: lead.id }, body }), () => {
    form.resetFields();
    formErrors.forget();
  });
  const messages = lead.timeline.filter((event) => event.kind === 'message');

  const submit = (values: Values) => {
    const parsed = messageRequestSchema.safeParse({ body: values.body ?? '' });
    if (!parsed.success) {
      formErrors.show(schemaError(toFieldIssues(parsed.error)));
      return;
    }
    send.mutate({ body: parsed.data.body }, { onError: (error) => formErrors.show(error) });
  };

  return (
    <Card title={t('leads.thread.title')} data-testid="lead-thread">
      <Flex vertical gap={8} style={{ marginBottom: 16 }}>
        {messages.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('leads.thread.empty')} />}
        {messages.map((event) => (
          <div
            key={event.id}
            data-testid="lead-message"
            data-from={event.fromInvestor ? 'investor' : 'staff'}
            style={{
              alignSelf: event.fromInvestor ? 'flex-start' : 'flex-end',
              maxWidth: '80%',
              background: event.fromInvestor ? token.colorFillTertiary : token.colorPrimaryBg,
              borderRadius: token.borderRadiusLG,
              padding: '8px 12px',
            }}
          >
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {byName(event.by, t)} · {formatDateTime(event.at, language)}
            </Typography.Text>
            <div style={{ whiteSpace: 'pre-wrap' }}>{event.body}</div>
          </div>
        ))}
      </Flex>
      <Form<Values> name="leadReply" form={form} layout="vertical" onFinish={submit} onValuesChange={formErrors.forget} disabled={send.isPending}>
        <Form.Item name="body" label={t('leads.thread.reply')} extra={t('leads.thread.language', { language: t(`common:language.${lead.language}`) })}>
          <Input.TextArea rows={3} maxLength={2000} showCount data-testid="lead-reply-input" />
        </Form.Item>
        <Button type="primary" htmlType="submit" icon={<SendOutlined />} loading={send.isPending} data-testid="lead-reply-send">
          {t('leads.thread.send')}
        </Button>
      </Form>
      <ChangeError error={send.error} hideFields={FIELDS} />
    </Card>
  );
}
