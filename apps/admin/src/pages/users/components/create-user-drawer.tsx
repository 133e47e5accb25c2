import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createStaffUserSchema, PASSWORD_MIN_LENGTH, STAFF_ROLES, type CreateStaffUserRequest } from '@zhaoshang/contracts';
import { Alert, App, Button, Drawer, Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../../hooks/use-form-errors';
import { useApi } from '../../../services/api-context';
import { describeError } from '../../../services/errors';
import { schemaRule } from '../../../services/forms';

const FIELDS = ['username', 'displayName', 'role', 'password'] as const;
const EMPTY: Partial<CreateStaffUserRequest> = { username: '', displayName: '', role: 'staff', password: '' };

/** New staff account, checked with the same schema as the server before it is sent. */
export function CreateUserDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateStaffUserRequest>();
  const formErrors = useFormErrors(form, FIELDS);
  const create = useMutation({
    mutationFn: (body: CreateStaffUserRequest) => api.createStaffUser({ body }),
    onSuccess: async (user) => {
      void message.success(t('users.created', { username: user.username }));
      await queryClient.invalidateQueries({ queryKey: ['staff-users'] });
      close();
    },
    onError: (error) => formErrors.show(error),
  });
  const failure = create.error ? describeError(create.error, t) : null;
  // A failure that landed on a field is shown there; the banner is for the rest.
  const banner = failure && !FIELDS.some((field) => failure.fields[field]) ? failure.message : null;

  function close() {
    form.resetFields();
    create.reset();
    formErrors.forget();
    onClose();
  }

  const submit = (values: CreateStaffUserRequest) => {
    const parsed = createStaffUserSchema.safeParse(values);
    if (parsed.success) create.mutate(parsed.data);
  };

  const rule = (field: (typeof FIELDS)[number]) => [schemaRule(createStaffUserSchema, field, t)];

  return (
    <Drawer
      title={t('users.create')}
      open={open}
      onClose={close}
      size={420}
      // kept mounted so the form instance stays connected while closed
      forceRender
      extra={
        <Space>
          <Button onClick={close}>{t('common:action.cancel')}</Button>
          <Button type="primary" loading={create.isPending} onClick={() => form.submit()}>
            {t('common:action.save')}
          </Button>
        </Space>
      }
    >
      {banner && <Alert role="alert" type="error" showIcon title={banner} style={{ marginBottom: 16 }} />}
      <Form<CreateStaffUserRequest>
        form={form}
        layout="vertical"
        initialValues={EMPTY}
        onFinish={submit}
        onValuesChange={formErrors.forget}
        disabled={create.isPending}
      >
        <Form.Item name="username" label={t('users.field.username')} extra={t('users.field.username.help')} required rules={rule('username')}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t('users.field.displayName')} required rules={rule('displayName')}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="role" label={t('users.field.role')} required rules={rule('role')}>
          <Select options={STAFF_ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))} />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('users.field.password')}
          extra={t('users.field.password.help', { min: PASSWORD_MIN_LENGTH })}
          required
          rules={rule('password')}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
