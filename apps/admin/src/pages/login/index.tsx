import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import type { LoginRequest } from '@zhaoshang/contracts';
import { Alert, Button, Form, Input, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { useFormErrors } from '../../hooks/use-form-errors';
import { useAdminApi, useSession } from '../../services/api-context';
import { describeError } from '../../services/errors';
import { loadSchema, schemaRule, type SharedSchema } from '../../services/forms';
import { LanguageChoice } from './language-choice';

const FIELDS = ['username', 'password'] as const;

/**
 * The shared schema (and zod with it) is fetched when a rule first runs, so the form is usable
 * before it arrives; the first keystroke starts the download (see `onValuesChange`).
 */
const loginSchema = (): Promise<SharedSchema<LoginRequest>> => import('./login-schema').then((m) => m.loginRequestSchema);

/**
 * The first screen of the console, so it is kept light: antd's Form, Input, Button and Alert only
 * (no Card, Typography or Dropdown, whose chunks the signed-in pages bring).
 */
export default function LoginPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
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

  const submit = async (values: LoginRequest) => {
    // The fields already passed the shared schema; parsing again applies its trim and lower-casing.
    const parsed = (await loadSchema(loginSchema)).safeParse(values);
    if (parsed.success) signIn.mutate(parsed.data);
  };

  return (
    <main
      style={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        minHeight: '100vh',
        padding: 24,
        boxSizing: 'border-box',
        background: token.colorBgLayout,
        // antd styles its own components only; these plain elements take the theme's type
        fontFamily: token.fontFamily,
        fontSize: token.fontSize,
        lineHeight: token.lineHeight,
        color: token.colorText,
      }}
    >
      <section
        aria-labelledby="login-title"
        style={{ boxSizing: 'border-box', width: '100%', maxWidth: 400, padding: token.paddingLG, borderRadius: token.borderRadiusLG, background: token.colorBgContainer, border: `1px solid ${token.colorBorderSecondary}` }}
      >
        <h1 id="login-title" style={{ margin: 0, fontSize: token.fontSizeHeading3, lineHeight: token.lineHeightHeading3, fontWeight: token.fontWeightStrong, color: token.colorTextHeading }}>
          {t('app.title')}
        </h1>
        <p style={{ margin: `${token.marginXS}px 0 ${token.marginMD}px`, color: token.colorTextSecondary }}>{t('login.subtitle')}</p>
        <LanguageChoice style={{ marginBottom: token.marginMD }} />
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
          onFinish={(values) => void submit(values)}
          onValuesChange={() => {
            formErrors.forget();
            void loginSchema();
          }}
          disabled={signIn.isPending}
        >
          <Form.Item name="username" label={t('login.username')} rules={[schemaRule(loginSchema, 'username', t)]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t('login.password')} rules={[schemaRule(loginSchema, 'password', t)]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={signIn.isPending}>
            {t('login.submit')}
          </Button>
        </Form>
      </section>
    </main>
  );
}

function redirectTarget(state: unknown): string {
  const from = typeof state === 'object' && state !== null ? (state as { from?: unknown }).from : undefined;
  // Only a path inside the console; never an absolute URL handed in from outside.
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && from !== '/login' ? from : '/dashboard';
}
