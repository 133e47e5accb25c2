import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { loginRequestSchema, type LoginRequest } from '@zhaoshang/contracts';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { LanguageSwitcher } from '../../components/language-switcher';
import { useFormErrors } from '../../hooks/use-form-errors';
import { useAdminApi, useSession } from '../../services/api-context';
import { describeError } from '../../services/errors';
import { schemaRule } from '../../services/forms';

const FIELDS = ['username', 'password'] as const;

export default function LoginPage() {
  const { t } = useTranslation();
  const adminApi = useAdminApi();
  const session = useSession();
  const location = useLocation();
  const [form] = Form.useForm<LoginRequest>();
  const formErrors = useFormErrors(form, FIELDS);
  const signIn = useMutation({
    mutationFn: (values: LoginRequest) => adminApi.signIn(values),
    onError: (error) => formErrors.show(error),
  });

  if (session) return <Navigate to={redirectTarget(location.state)} replace />;

  const ended = adminApi.session.endReason();
  const failure = signIn.error ? describeError(signIn.error, t) : null;

  const submit = (values: LoginRequest) => {
    // The fields already passed the shared schema; parsing again applies its trim and lower-casing.
    const parsed = loginRequestSchema.safeParse(values);
    if (parsed.success) signIn.mutate(parsed.data);
  };

  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', padding: 24, background: '#f5f5f5' }}>
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('app.title')}
          </Typography.Title>
          <LanguageSwitcher />
        </Flex>
        <Typography.Paragraph type="secondary">{t('login.subtitle')}</Typography.Paragraph>
        {failure ? (
          <Alert role="alert" type="error" showIcon title={failure.message} style={{ marginBottom: 16 }} />
        ) : ended && !signIn.isPending ? (
          <Alert role="alert" type="warning" showIcon title={t(`errors:${ended}`)} style={{ marginBottom: 16 }} />
        ) : null}
        <Form<LoginRequest>
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={{ username: '', password: '' }}
          onFinish={submit}
          onValuesChange={formErrors.forget}
          disabled={signIn.isPending}
        >
          <Form.Item name="username" label={t('login.username')} rules={[schemaRule(loginRequestSchema, 'username', t)]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t('login.password')} rules={[schemaRule(loginRequestSchema, 'password', t)]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={signIn.isPending}>
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}

function redirectTarget(state: unknown): string {
  const from = typeof state === 'object' && state !== null ? (state as { from?: unknown }).from : undefined;
  // Only a path inside the console; never an absolute URL handed in from outside.
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && from !== '/login' ? from : '/dashboard';
}
