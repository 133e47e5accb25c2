import { useMutation } from '@tanstack/react-query';
import { changePasswordSchema, PASSWORD_MIN_LENGTH, type ChangePasswordRequest } from '@zhaoshang/contracts';
import { Alert, App, Button, Card, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../hooks/use-form-errors';
import { useApi } from '../../services/api-context';
import { describeError } from '../../services/errors';
import { schemaRule } from '../../services/forms';

type Values = ChangePasswordRequest & { confirmPassword: string };
const FIELDS = ['currentPassword', 'newPassword'] as const;

export default function ChangePasswordPage() {
  const { t } = useTranslation();
  const api = useApi();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const formErrors = useFormErrors(form, FIELDS);
  const change = useMutation({
    mutationFn: (body: ChangePasswordRequest) => api.adminChangePassword({ body }),
    onSuccess: () => {
      void message.success(t('password.changed'));
      form.resetFields();
    },
    onError: (error) => formErrors.show(error),
  });
  const failure = change.error ? describeError(change.error, t) : null;
  const banner = failure && !FIELDS.some((field) => failure.fields[field]) ? failure.message : null;

  const submit = ({ currentPassword, newPassword }: Values) => {
    const parsed = changePasswordSchema.safeParse({ currentPassword, newPassword });
    if (parsed.success) change.mutate(parsed.data);
  };

  return (
    <Card style={{ maxWidth: 480 }}>
      <Typography.Title level={3}>{t('password.title')}</Typography.Title>
      {banner && <Alert role="alert" type="error" showIcon title={banner} style={{ marginBottom: 16 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ currentPassword: '', newPassword: '', confirmPassword: '' }}
        onFinish={submit}
        onValuesChange={formErrors.forget}
        disabled={change.isPending}
      >
        <Form.Item name="currentPassword" label={t('password.current')} required rules={[schemaRule(changePasswordSchema, 'currentPassword', t)]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('password.new')}
          extra={t('users.field.password.help', { min: PASSWORD_MIN_LENGTH })}
          required
          rules={[schemaRule(changePasswordSchema, 'newPassword', t)]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t('password.confirm')}
          dependencies={['newPassword']}
          required
          rules={[
            ({ getFieldValue }) => ({
              validator: async (_, value: unknown) => {
                if (value !== getFieldValue('newPassword')) throw new Error(t('password.mismatch'));
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={change.isPending}>
          {t('password.submit')}
        </Button>
      </Form>
    </Card>
  );
}
