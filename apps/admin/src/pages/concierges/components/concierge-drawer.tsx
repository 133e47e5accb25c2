import { SaveOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '@zhaoshang/api-client';
import { conciergeInputSchema, toFieldIssues, type AdminConcierge, type Language } from '@zhaoshang/contracts';
import { Alert, App, Avatar, Button, Checkbox, Col, Divider, Drawer, Flex, Form, Input, InputNumber, Row, Select, Space, Switch, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { PageLoading } from '../../../components/page-loading';
import { QueryError } from '../../../components/query-error';
import { useFormErrors } from '../../../hooks/use-form-errors';
import { useMeta } from '../../../hooks/use-meta';
import { useApi } from '../../../services/api-context';
import { describeError } from '../../../services/errors';
import { formatDateTime } from '../../../services/format';
import { placeFieldErrors, schemaError, schemaRule } from '../../../services/forms';
import { LANGUAGES } from '../../../services/language';
import { emptyValues, sameValues, toValues, type ConciergeFormValues } from '../concierge-form';
import { OfficeHoursField } from './office-hours-field';

export const conciergeKey = (id: number) => ['admin-concierge', id];
/** The lead desk's and the users page's list of concierges share this key. */
export const CONCIERGES_KEY = ['concierges'];

type Props = {
  id: number | 'new';
  canEdit: boolean;
  t: TFunction;
  language: Language;
  onClose: () => void;
  onCreated: (id: number) => void;
};

const DRAWER_SIZE = 1100;

/**
 * One profile in a drawer: loaded (unless new) into a form that owns the copy from then on. The
 * drawer stays the same while it loads, so it opens once.
 */
export function ConciergeDrawer({ id, canEdit, t, language, onClose, onCreated }: Props) {
  const api = useApi();
  const queryClient = useQueryClient();
  const { message, modal } = App.useApp();
  const meta = useMeta();
  const [form] = Form.useForm<ConciergeFormValues>();
  const formErrors = useFormErrors(form, 'registered');
  const readOnly = !canEdit;
  const loaded = useQuery({
    queryKey: conciergeKey(id === 'new' ? 0 : id),
    queryFn: () => api.adminGetConcierge({ path: { id: id as number } }),
    enabled: id !== 'new',
    // the form owns the copy being edited; a newer one is loaded only when the user asks
    staleTime: Infinity,
  });

  /** the saved copy the form started from: its version goes with the next save */
  const [base, setBase] = useState<AdminConcierge | null>(null);
  const baseRef = useRef<AdminConcierge | null>(null);
  const baseValues = useRef<ConciergeFormValues>(emptyValues());
  const [ready, setReady] = useState(id === 'new');
  const [dirty, setDirty] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);

  const adopt = useCallback(
    (saved: AdminConcierge | null) => {
      const values = saved ? toValues(saved) : emptyValues();
      form.resetFields();
      form.setFieldsValue(values);
      baseRef.current = saved;
      baseValues.current = values;
      setBase(saved);
      setDirty(false);
      setReady(true);
      if (saved) queryClient.setQueryData(conciergeKey(saved.id), saved);
    },
    [form, queryClient],
  );

  // before the first paint of the form: it never shows empty or half-filled
  const adopted = useRef(false);
  useLayoutEffect(() => {
    if (adopted.current || (id !== 'new' && !loaded.data)) return;
    adopted.current = true;
    adopt(loaded.data ?? null);
  }, [adopt, id, loaded.data]);

  const rules = useCallback((field: string) => [schemaRule(conciergeInputSchema, field, t)], [t]);

  const close = () => {
    if (!dirty) return onClose();
    modal.confirm({
      title: t('leave.title'),
      content: t('leave.body'),
      okText: t('leave.ok'),
      okButtonProps: { danger: true },
      cancelText: t('common:action.cancel'),
      onOk: onClose,
    });
  };

  const save = useMutation({
    mutationFn: async () => {
      // the form's rules are the server's schema: a bad field is marked before anything is sent
      const checked = await form.validateFields().then(
        () => true,
        () => false,
      );
      if (!checked) return null;
      const parsed = conciergeInputSchema.safeParse(form.getFieldsValue(true));
      if (!parsed.success) throw schemaError(toFieldIssues(parsed.error));
      const current = baseRef.current;
      return current ? api.adminUpdateConcierge({ path: { id: current.id }, body: { ...parsed.data, version: current.version } }) : api.adminCreateConcierge({ body: parsed.data });
    },
    onSuccess: (saved) => {
      if (!saved) return;
      const created = baseRef.current === null;
      setFailure(null);
      setConflict(false);
      formErrors.forget();
      adopt(saved);
      void queryClient.invalidateQueries({ queryKey: CONCIERGES_KEY });
      void message.success(t(created ? 'created' : 'saved'));
      if (created) onCreated(saved.id);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'CONFLICT') {
        setConflict(true);
        setFailure(null);
        return;
      }
      setFailure(error);
      formErrors.show(error);
    },
  });
  const reload = useMutation({
    mutationFn: () => {
      const id = (baseRef.current as AdminConcierge).id;
      return queryClient.fetchQuery({ queryKey: conciergeKey(id), queryFn: () => api.adminGetConcierge({ path: { id } }), staleTime: 0 });
    },
    onSuccess: (latest) => {
      setConflict(false);
      setFailure(null);
      formErrors.forget();
      adopt(latest);
      void queryClient.invalidateQueries({ queryKey: CONCIERGES_KEY });
    },
    onError: (error) => setFailure(error),
  });

  const banner = failure ? describeError(failure, t) : null;
  const unplaced = banner ? placeFieldErrors(form, banner, 'registered').unplaced : [];
  const title = base ? t(readOnly ? 'drawer.view' : 'drawer.edit', { name: base.name }) : id === 'new' ? t('drawer.new') : '';
  const photoUrl = Form.useWatch('photoUrl', form) as string | null | undefined;
  const nullable = { normalize: (v: string) => (v.trim() === '' ? null : v), getValueProps: (v: string | null) => ({ value: v ?? '' }) };

  return (
    <Drawer
      open
      size={DRAWER_SIZE}
      title={title}
      onClose={close}
      extra={
        <Space>
          {dirty && <Tag color="processing">{t('unsaved')}</Tag>}
          <Button onClick={close}>{t('action.close')}</Button>
          {canEdit && (
            <Button type="primary" icon={<SaveOutlined />} loading={save.isPending} disabled={!ready || (base !== null && !dirty)} onClick={() => save.mutate()}>
              {t('action.save')}
            </Button>
          )}
        </Space>
      }
    >
      {!ready && (loaded.isError ? <QueryError error={loaded.error} onRetry={() => void loaded.refetch()} /> : <PageLoading />)}
      {ready && (
        <Flex vertical gap={12} style={{ marginBottom: 16 }}>
          {readOnly && <Alert type="info" showIcon title={t('readOnly')} />}
          {base && !base.active && <Alert type="warning" showIcon title={t('inactiveNote')} />}
          {base && (
            <Typography.Text type="secondary">{t('versionInfo', { version: base.version, at: formatDateTime(base.updatedAt, language), name: base.updatedBy ?? '—' })}</Typography.Text>
          )}
          {conflict && (
            <Alert
              role="alert"
              type="error"
              showIcon
              title={t('conflict')}
              action={
                <Button size="small" loading={reload.isPending} onClick={() => reload.mutate()}>
                  {t('conflict.reload')}
                </Button>
              }
            />
          )}
          {banner && (unplaced.length > 0 || Object.keys(banner.fields).length === 0) && <Alert role="alert" type="error" showIcon title={banner.message} />}
        </Flex>
      )}
      <Form
        form={form}
        hidden={!ready}
        layout="vertical"
        disabled={readOnly}
        onValuesChange={() => setDirty(!sameValues(form.getFieldsValue(true), baseValues.current))}
        requiredMark={false}
      >
        <Divider titlePlacement="start">{t('section.texts')}</Divider>
        <Row gutter={24}>
          {LANGUAGES.map((l) => (
            <Col span={8} key={l}>
              <LanguageColumn language={l} t={t} rules={rules} />
            </Col>
          ))}
        </Row>

        <Divider titlePlacement="start">{t('section.coverage')}</Divider>
        <Form.Item name="languages" label={t('field.languages')} rules={rules('languages')}>
          <Checkbox.Group aria-label={t('field.languages')} options={LANGUAGES.map((l) => ({ value: l, label: t(`common:language.${l}`) }))} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="industries" label={t('field.industries')} rules={rules('industries')}>
              <Select mode="multiple" allowClear aria-label={t('field.industries')} options={(meta.data?.industries ?? []).map((i) => ({ value: i.code, label: i.name }))} optionFilterProp="label" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="areas" label={t('field.areas')} rules={rules('areas')}>
              <Select mode="multiple" allowClear aria-label={t('field.areas')} options={(meta.data?.areas ?? []).map((a) => ({ value: a.code, label: a.name }))} optionFilterProp="label" />
            </Form.Item>
          </Col>
        </Row>

        <Divider titlePlacement="start">{t('section.contact')}</Divider>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="phone" label={t('field.phone')} rules={rules('phone')} extra={t('field.phone.help')}>
              <Input aria-label={t('field.phone')} maxLength={32} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="wechatId" label={t('field.wechatId')} rules={rules('wechatId')} extra={t('field.wechatId.help')} {...nullable}>
              <Input aria-label={t('field.wechatId')} maxLength={20} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={t('field.photoUrl')} style={{ marginBottom: 0 }}>
              <Flex gap={12} align="start">
                <Avatar size={40} src={photoUrl || undefined}>
                  {(base?.name ?? '?').slice(0, 1)}
                </Avatar>
                <Form.Item name="photoUrl" rules={rules('photoUrl')} style={{ flex: 1 }} {...nullable}>
                  <Input aria-label={t('field.photoUrl')} maxLength={255} placeholder="https://" />
                </Form.Item>
              </Flex>
            </Form.Item>
          </Col>
        </Row>

        <Divider titlePlacement="start">{t('section.officeHours')}</Divider>
        <OfficeHoursField t={t} rules={rules} readOnly={readOnly} />

        <Divider titlePlacement="start">{t('section.other')}</Divider>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="code" label={t('field.code')} rules={rules('code')} extra={t('field.code.help')}>
              <Input aria-label={t('field.code')} maxLength={64} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="sort" label={t('field.sort')} rules={rules('sort')} extra={t('field.sort.help')}>
              <InputNumber aria-label={t('field.sort')} min={0} max={9999} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="sample" label={t('field.sample')} valuePropName="checked">
              <Switch aria-label={t('field.sample')} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Drawer>
  );
}

/** One language's name, title and bio; Chinese is required, the others fall back to it. */
function LanguageColumn({ language, t, rules }: { language: Language; t: TFunction; rules: (field: string) => ReturnType<typeof schemaRule>[] }) {
  const form = Form.useFormInstance();
  const name = (Form.useWatch(['names', language], form) as string | undefined) ?? '';
  const languageName = t(`common:language.${language}`);
  const aria = (field: string) => `${t(`field.${field}`)} (${languageName})`;
  const filled = name.trim() !== '';
  return (
    <div lang={language} data-language-column={language}>
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {languageName}
        </Typography.Title>
        <Tag color={filled ? 'success' : 'error'} data-status={filled ? 'done' : 'missing'}>
          {t('translation.tag', { language: languageName, status: t(filled ? 'translation.done' : 'translation.missing') })}
        </Tag>
      </Flex>
      <Form.Item name={['names', language]} label={t('field.names')} rules={rules(`names.${language}`)}>
        <Input lang={language} aria-label={aria('names')} maxLength={60} />
      </Form.Item>
      <Form.Item name={['titles', language]} label={t('field.titles')} rules={rules(`titles.${language}`)}>
        <Input lang={language} aria-label={aria('titles')} maxLength={100} />
      </Form.Item>
      <Form.Item name={['bios', language]} label={t('field.bios')} rules={rules(`bios.${language}`)}>
        <Input.TextArea lang={language} aria-label={aria('bios')} rows={4} maxLength={500} />
      </Form.Item>
    </div>
  );
}
