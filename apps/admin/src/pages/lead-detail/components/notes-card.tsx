import { PlusOutlined } from '@ant-design/icons';
import { noteRequestSchema, toFieldIssues, type LeadDetail } from '@zhaoshang/contracts';
import { Button, Card, Empty, Flex, Form, Input, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../../hooks/use-form-errors';
import { useApi } from '../../../services/api-context';
import { formatDateTime } from '../../../services/format';
import { schemaError } from '../../../services/forms';
import { currentLanguage } from '../../../services/language';
import { useLeadChange } from '../use-lead-change';
import { ChangeError } from './change-error';

type Values = { body?: string };
const FIELDS = ['body'] as const;

/** Notes for colleagues; the investor never sees them. */
export function NotesCard({ lead }: { lead: LeadDetail }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const language = currentLanguage(i18n);
  const [form] = Form.useForm<Values>();
  const formErrors = useFormErrors(form, FIELDS);
  const add = useLeadChange(lead.id, (body: { body: string }) => api.adminAddLeadNote({ path: { id: lead.id }, body }), () => {
    form.resetFields();
    formErrors.forget();
  });
  const notes = lead.timeline.filter((event) => event.kind === 'note');

  const submit = (values: Values) => {
    const parsed = noteRequestSchema.safeParse({ body: values.body ?? '' });
    if (!parsed.success) {
      formErrors.show(schemaError(toFieldIssues(parsed.error)));
      return;
    }
    add.mutate(parsed.data, { onError: (error) => formErrors.show(error) });
  };

  return (
    <Card title={t('leads.notes.title')} extra={<Tag>{t('leads.internal')}</Tag>} data-testid="lead-notes">
      <Flex vertical gap={8} style={{ marginBottom: 16 }}>
        {notes.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('leads.notes.empty')} />}
        {notes.map((note) => (
          <div key={note.id} data-testid="lead-note">
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {note.by} · {formatDateTime(note.at, language)}
            </Typography.Text>
            <div style={{ whiteSpace: 'pre-wrap' }}>{note.body}</div>
          </div>
        ))}
      </Flex>
      <Form<Values> name="leadNote" form={form} layout="vertical" onFinish={submit} onValuesChange={formErrors.forget} disabled={add.isPending}>
        <Form.Item name="body" label={t('leads.notes.new')} extra={t('leads.notes.help')}>
          <Input.TextArea rows={2} maxLength={2000} data-testid="lead-note-input" />
        </Form.Item>
        <Button htmlType="submit" icon={<PlusOutlined />} loading={add.isPending} data-testid="lead-note-add">
          {t('leads.notes.add')}
        </Button>
      </Form>
      <ChangeError error={add.error} hideFields={FIELDS} />
    </Card>
  );
}
