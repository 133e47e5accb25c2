import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '@zhaoshang/api-client';
import { toFieldIssues } from '@zhaoshang/contracts';
import { Alert, App, Button, Drawer, Flex, Form, Popconfirm, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useBlocker } from 'react-router';
import { PageLoading } from '../../../components/page-loading';
import { rebase, sameValues } from '../../../components/document-editor/form-values';
import { QueryError } from '../../../components/query-error';
import { useFormErrors } from '../../../hooks/use-form-errors';
import { useApi } from '../../../services/api-context';
import { describeError } from '../../../services/errors';
import { formatDateTime } from '../../../services/format';
import { schemaError, schemaRule } from '../../../services/forms';
import { SaveErrorAlert } from '../../../components/save-error-alert';
import type { DataKind, HeatmapRecord, ViewContext } from '../data-kind';
import { fieldLabel } from '../field-label';
import { RecordName } from './record-name';

export const recordKey = (target: string, id: number) => ['heatmap-admin', target, 'record', id];
export const listKey = (target: string) => ['heatmap-admin', target, 'list'];

type Props<R extends HeatmapRecord, I, V extends object> = {
  kind: DataKind<R, I, V>;
  /** the record to open, or `new` */
  id: number | 'new';
  canEdit: boolean;
  ctx: ViewContext;
  onClose: () => void;
  /** a new record was created: this editor now edits it (the parent keeps it mounted) */
  onCreated: (id: number) => void;
};

/** Loads the record (unless it is new), then hands it to the editor, which owns it from then on. */
export function RecordDrawer<R extends HeatmapRecord, I, V extends object>(props: Props<R, I, V>) {
  const { kind, id, ctx } = props;
  const api = useApi();
  const record = useQuery({
    queryKey: recordKey(kind.target, id === 'new' ? 0 : id),
    queryFn: () => kind.get(api, id as number),
    enabled: id !== 'new',
    // the form owns the copy being edited; a newer one is loaded only when the user asks
    staleTime: Infinity,
  });
  if (id === 'new') return <RecordEditor {...props} initial={null} />;
  if (!record.data) {
    return (
      <Drawer open size={960} title={ctx.t(`${kind.target}.edit`)} onClose={props.onClose}>
        {record.isError ? <QueryError error={record.error} onRetry={() => void record.refetch()} /> : <PageLoading />}
      </Drawer>
    );
  }
  return <RecordEditor {...props} initial={record.data} />;
}

function RecordEditor<R extends HeatmapRecord, I, V extends object>({ kind, canEdit, ctx, onClose, onCreated, initial }: Props<R, I, V> & { initial: R | null }) {
  const { t, language } = ctx;
  const api = useApi();
  const queryClient = useQueryClient();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<V>();
  const formErrors = useFormErrors(form, 'registered');
  // the form starts from the record (or nothing) as loaded; later copies come in through `adopt`
  const [initialValues] = useState<V>(() => (initial ? kind.toValues(initial) : kind.emptyValues()));

  /** the saved copy the form started from: its version goes with the next save */
  const [base, setBase] = useState<R | null>(initial);
  const baseRef = useRef<R | null>(initial);
  const baseValues = useRef<V>(initialValues);
  const [dirty, setDirty] = useState(false);
  const dirtyRef = useRef(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [conflict, setConflict] = useState<unknown>(null);
  const [overlap, setOverlap] = useState<string[]>([]);

  const markDirty = (value: boolean) => {
    dirtyRef.current = value;
    setDirty(value);
  };

  /** Makes `saved` the copy being edited; with `keepEdits`, the user's unsaved edits are re-applied on top. */
  const adopt = useCallback(
    (saved: R, { keepEdits = false }: { keepEdits?: boolean } = {}) => {
      const theirs = kind.toValues(saved);
      let next = theirs;
      let both: string[] = [];
      if (keepEdits && dirtyRef.current) ({ values: next, conflicts: both } = rebase(baseValues.current, form.getFieldsValue(true) as V, theirs));
      form.resetFields();
      form.setFieldsValue(next as Parameters<typeof form.setFieldsValue>[0]);
      baseRef.current = saved;
      baseValues.current = theirs;
      setBase(saved);
      markDirty(!sameValues(next, theirs));
      setOverlap(both);
      queryClient.setQueryData(recordKey(kind.target, saved.id), saved);
    },
    [form, kind, queryClient],
  );

  // Leaving the page with unsaved edits asks first (closing the drawer asks in `close`).
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirtyRef.current && currentLocation.pathname !== nextLocation.pathname);
  const confirmDiscard = (onOk: () => void, onCancel?: () => void) =>
    modal.confirm({
      title: t('editor.leave.title'),
      content: t('editor.leave.body'),
      okText: t('editor.leave.ok'),
      okButtonProps: { danger: true },
      cancelText: t('common:action.cancel'),
      onOk,
      onCancel,
    });
  useEffect(() => {
    if (blocker.state === 'blocked') confirmDiscard(blocker.proceed, blocker.reset);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [blocker.state]);

  const close = () => (dirtyRef.current ? confirmDiscard(onClose) : onClose());

  const rules = useCallback((field: string) => [schemaRule(kind.schema, field, t)], [kind, t]);

  /** A stale version offers to reload; everything else lands on the fields or in the banner. */
  const fail = (error: unknown) => {
    if (error instanceof ApiError && error.code === 'CONFLICT') {
      setConflict(error);
      setFailure(null);
      return;
    }
    setFailure(error);
    formErrors.show(error);
  };
  const succeed = () => {
    setFailure(null);
    setConflict(null);
    formErrors.forget();
  };
  const refreshList = () => void queryClient.invalidateQueries({ queryKey: listKey(kind.target) });

  const save = useMutation({
    mutationFn: async () => {
      // the form's own rules are the server's schema: a field that fails is marked before anything is sent
      const checked = await form.validateFields().then(
        () => true,
        () => false,
      );
      if (!checked) return null;
      const parsed = kind.schema.safeParse(kind.toInput(form.getFieldsValue(true) as V));
      if (!parsed.success) throw schemaError(toFieldIssues(parsed.error));
      const current = baseRef.current;
      return current ? kind.update(api, current.id, current.version, parsed.data) : kind.create(api, parsed.data);
    },
    onSuccess: (saved) => {
      if (!saved) return;
      const created = baseRef.current === null;
      succeed();
      adopt(saved);
      refreshList();
      void message.success(t(created ? 'editor.created' : 'editor.saved'));
      if (created) onCreated(saved.id);
    },
    onError: fail,
  });
  const remove = useMutation({
    mutationFn: () => {
      const current = baseRef.current as R;
      return kind.remove(api, current.id, current.version);
    },
    onSuccess: () => {
      refreshList();
      void message.success(t('editor.deleted'));
      onClose();
    },
    onError: fail,
  });
  const reload = useMutation({
    mutationFn: (_keepEdits: boolean) => {
      const id = (baseRef.current as R).id;
      return queryClient.fetchQuery({ queryKey: recordKey(kind.target, id), queryFn: () => kind.get(api, id), staleTime: 0 });
    },
    onSuccess: (latest, keepEdits) => {
      succeed();
      adopt(latest, { keepEdits });
      refreshList();
      if (keepEdits && dirtyRef.current) void message.info(t('editor.conflict.reapplied', { version: latest.version }));
    },
    onError: (error) => {
      setConflict(null);
      setFailure(error);
    },
  });
  const busy = save.isPending || remove.isPending || reload.isPending;


  const title = base ? (
    <Space size={8} wrap>
      <RecordName names={base.names} ctx={ctx} />
      <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
        {base.code}
      </Typography.Text>
    </Space>
  ) : (
    t(`${kind.target}.new`)
  );

  return (
    <Drawer
      open
      size={960}
      title={title}
      onClose={close}
      maskClosable={!dirty}
      extra={
        canEdit && (
          <Space>
            {base && (
              <Popconfirm
                title={t('editor.delete.confirm', { code: base.code })}
                description={t('editor.delete.body')}
                okText={t('editor.delete')}
                okButtonProps={{ danger: true }}
                cancelText={t('common:action.cancel')}
                onConfirm={() => remove.mutateAsync().catch(() => undefined)}
              >
                <Button danger icon={<DeleteOutlined />} disabled={busy} loading={remove.isPending}>
                  {t('editor.delete')}
                </Button>
              </Popconfirm>
            )}
            <Button type="primary" icon={<SaveOutlined />} disabled={(base !== null && !dirty) || busy} loading={save.isPending} onClick={() => save.mutate()}>
              {t('editor.save')}
            </Button>
          </Space>
        )
      }
    >
      <Flex vertical gap={12} style={{ marginBottom: 16 }}>
        <Space wrap size={4}>
          {base?.sample && <Tag color="orange">{t('common:sampleData')}</Tag>}
          {dirty && <Tag color="processing">{t('editor.unsaved')}</Tag>}
          {base && (
            <Typography.Text type="secondary">
              {t('editor.versionInfo', { version: base.version, at: formatDateTime(base.updatedAt, language), name: base.updatedBy ?? '—' })}
            </Typography.Text>
          )}
        </Space>
        {!canEdit && <Alert type="info" showIcon title={t(`${kind.target}.readOnly`)} />}
        {conflict !== null && (
          <Alert
            role="alert"
            type="error"
            showIcon
            title={describeError(conflict, t).message}
            description={t('editor.conflict.description')}
            action={
              <Space orientation="vertical">
                <Button size="small" type="primary" loading={reload.isPending && reload.variables === true} onClick={() => reload.mutate(true)}>
                  {t('editor.conflict.reapply')}
                </Button>
                <Button size="small" danger loading={reload.isPending && reload.variables === false} onClick={() => reload.mutate(false)}>
                  {t('editor.conflict.discard')}
                </Button>
              </Space>
            }
          />
        )}
        {overlap.length > 0 && (
          <Alert
            type="warning"
            showIcon
            closable={{ onClose: () => setOverlap([]) }}
            title={t('editor.conflict.overlap')}
            description={overlap.map((path) => fieldLabel(path, t)).join(t('list.separator'))}
          />
        )}
        <SaveErrorAlert form={form} failure={failure} fieldLabel={(field) => fieldLabel(field, t)} />
      </Flex>
      <Form<V>
        form={form}
        name={`heatmap-${kind.target}`}
        layout="vertical"
        initialValues={initialValues as Parameters<typeof form.setFieldsValue>[0]}
        disabled={!canEdit || busy}
        onValuesChange={() => {
          formErrors.forget();
          markDirty(!sameValues(form.getFieldsValue(true), baseValues.current));
        }}
      >
        <Flex vertical gap={16}>
          <kind.Fields readOnly={!canEdit} ctx={ctx} rules={rules} />
        </Flex>
      </Form>
    </Drawer>
  );
}
