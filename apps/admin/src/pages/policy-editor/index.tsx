import { ArrowLeftOutlined, DiffOutlined, HistoryOutlined, InboxOutlined, MobileOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '@zhaoshang/api-client';
import { isLanguage, policyInputSchema, toFieldIssues, type AdminPolicy, type Language } from '@zhaoshang/contracts';
import { Alert, App, Button, Card, Col, Drawer, Flex, Form, Grid, Modal, Row, Space, Tabs, Tag, Tooltip, Typography } from 'antd';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useBlocker, useNavigate, useParams } from 'react-router';
import { PolicyStatusTag } from '../../components/policy-status-tag';
import { PolicyTitle } from '../../components/policy-title';
import { QueryError } from '../../components/query-error';
import { PageLoading } from '../../components/page-loading';
import { useFormErrors } from '../../hooks/use-form-errors';
import { useMeta } from '../../hooks/use-meta';
import { useApi, useSession } from '../../services/api-context';
import { describeError, type ShownError } from '../../services/errors';
import { formatDateTime } from '../../services/format';
import { placeFieldErrors, schemaError } from '../../services/forms';
import { currentLanguage, LANGUAGES } from '../../services/language';
import NotFoundPage from '../not-found';
import { AttachmentsEditor } from './components/attachments-editor';
import { BenefitsEditor } from './components/benefits-editor';
import { EligibilityEditor } from './components/eligibility-editor';
import { PolicyDetails } from './components/policy-details';
import { PolicyPreview } from './components/policy-preview';
import { LiveTranslationStatus, TranslationFields } from './components/translation-fields';
import { SavedVersionsCompare } from './components/version-compare';
import { policyVersionsQuery, VersionsDrawer } from './components/versions-drawer';
import { emptyFormValues, fieldLabel, rebase, sameValues, toFormValues, type PolicyFormValues } from './policy-form';

/** `/policies/new` and `/policies/:id`; a fresh editor for each policy, so nothing carries over. */
export default function PolicyEditorPage() {
  const { id } = useParams();
  if (id === undefined) return <PolicyEditor key="new" id={null} />;
  if (!/^\d+$/.test(id)) return <NotFoundPage />;
  return <PolicyEditor key={id} id={Number(id)} />;
}

const policyQueryKey = (id: number) => ['admin-policy', id];
/** also what `resetFields` returns to, so loading a copy never merges into the previous one's lists */
const EMPTY = emptyFormValues();

/** Loads the working copy, then hands it to the workspace (which owns it from then on). */
function PolicyEditor({ id }: { id: number | null }) {
  const { t } = useTranslation();
  const api = useApi();
  const policy = useQuery({
    queryKey: policyQueryKey(id ?? 0),
    queryFn: () => api.adminGetPolicy({ path: { id: id ?? 0 } }),
    enabled: id !== null,
    // the form owns the copy being edited; a newer one is loaded only when the user asks
    staleTime: Infinity,
  });
  if (id === null) return <PolicyWorkspace id={null} initial={null} />;
  if (policy.isError) {
    return (
      <>
        <Link to="/policies">
          <ArrowLeftOutlined /> {t('policies.backToList')}
        </Link>
        <div style={{ marginTop: 16 }}>
          <QueryError error={policy.error} onRetry={() => void policy.refetch()} />
        </div>
      </>
    );
  }
  if (!policy.data) return <PageLoading />;
  return <PolicyWorkspace id={id} initial={policy.data} />;
}

function PolicyWorkspace({ id, initial }: { id: number | null; initial: AdminPolicy | null }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const session = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const language = currentLanguage(i18n);
  const isAdmin = session?.user.role === 'admin';
  const readOnly = !isAdmin;
  const wide = Boolean(Grid.useBreakpoint().xl);
  const meta = useMeta();

  const [form] = Form.useForm<PolicyFormValues>();
  const formErrors = useFormErrors(form, 'registered');
  /** the saved copy the form started from: its version goes with the next save */
  const [base, setBase] = useState<AdminPolicy | null>(initial);
  const baseRef = useRef<AdminPolicy | null>(initial);
  const baseValues = useRef<PolicyFormValues>(emptyFormValues());
  const [dirty, setDirty] = useState(false);
  const dirtyRef = useRef(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [conflict, setConflict] = useState<unknown>(null);
  const [mergeConflicts, setMergeConflicts] = useState<string[]>([]);
  const [activeLanguage, setActiveLanguage] = useState<Language>('zh-CN');
  const [previewOpen, setPreviewOpen] = useState(false);
  const [previewLanguage, setPreviewLanguage] = useState<Language>(language);
  const [versionsOpen, setVersionsOpen] = useState(false);
  const [compare, setCompare] = useState<[number, number] | null>(null);

  const versions = useQuery({ ...policyVersionsQuery(api, id ?? 0), enabled: id !== null });
  const publishedVersion = versions.data?.items.find((v) => v.action === 'publish')?.version ?? null;

  const markDirty = (value: boolean) => {
    dirtyRef.current = value;
    setDirty(value);
  };

  /** Makes `saved` the copy being edited; with `keepEdits`, the user's unsaved edits are re-applied on top. */
  const adopt = useCallback(
    (saved: AdminPolicy, { keepEdits = false }: { keepEdits?: boolean } = {}) => {
      const theirs = toFormValues(saved);
      let next = theirs;
      let conflicts: string[] = [];
      if (keepEdits && dirtyRef.current) {
        ({ values: next, conflicts } = rebase(baseValues.current, form.getFieldsValue(true) as PolicyFormValues, theirs));
      }
      form.resetFields();
      form.setFieldsValue(next);
      baseRef.current = saved;
      baseValues.current = theirs;
      setBase(saved);
      markDirty(!sameValues(next, theirs));
      setMergeConflicts(conflicts);
      queryClient.setQueryData(policyQueryKey(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: ['admin-policies'] });
      void queryClient.invalidateQueries({ queryKey: ['policy-versions', saved.id] });
    },
    [form, queryClient],
  );

  // before the first paint, so the form never shows empty
  useLayoutEffect(() => {
    if (initial) adopt(initial);
    // the workspace is keyed by policy: `initial` is read once
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Leaving with unsaved edits asks first: inside the console, and when closing or reloading the tab.
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirtyRef.current && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modal.confirm({
      title: t('policies.leave.title'),
      content: t('policies.leave.body'),
      okText: t('policies.leave.ok'),
      okButtonProps: { danger: true },
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [blocker.state]);
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const revealFirstError = (shown: ShownError) => {
    const first = placeFieldErrors(form, shown, 'registered').placed[0]?.[0];
    if (!first) return;
    const [head, lang] = first;
    if (head === 'translations' && isLanguage(lang)) setActiveLanguage(lang);
    // jsdom has no scrolling; browsers bring the field into view
    if (typeof Element.prototype.scrollIntoView === 'function') setTimeout(() => form.scrollToField(first, { block: 'center' }), 0);
  };

  /** Every failure goes through the one mapping: a stale version offers to reload, the rest lands on fields or the banner. */
  const fail = (error: unknown) => {
    if (error instanceof ApiError && error.code === 'CONFLICT') {
      setConflict(error);
      setFailure(null);
      return;
    }
    setFailure(error);
    revealFirstError(formErrors.show(error));
  };
  const succeed = () => {
    setFailure(null);
    setConflict(null);
    formErrors.forget();
  };

  /** Checked with the server's schema, then created or saved against the version it started from. */
  const saveWorkingCopy = async (): Promise<AdminPolicy> => {
    const parsed = policyInputSchema.safeParse(form.getFieldsValue(true));
    if (!parsed.success) throw schemaError(toFieldIssues(parsed.error));
    const current = baseRef.current;
    if (id === null || !current) return api.adminCreatePolicy({ body: parsed.data });
    return api.adminUpdatePolicy({ path: { id }, body: { ...parsed.data, version: current.version } });
  };

  const save = useMutation({
    mutationFn: saveWorkingCopy,
    onSuccess: (saved) => {
      succeed();
      adopt(saved);
      void message.success(t('policies.saved'));
      if (id === null) navigate(`/policies/${saved.id}`, { replace: true });
    },
    onError: fail,
  });
  const publish = useMutation({
    mutationFn: async () => {
      let current = baseRef.current as AdminPolicy;
      // what the user sees in the form is what gets published
      if (dirtyRef.current) {
        current = await saveWorkingCopy();
        adopt(current);
      }
      return api.adminPublishPolicy({ path: { id: current.id }, body: { version: current.version } });
    },
    onSuccess: (published) => {
      succeed();
      adopt(published);
      void message.success(t('policies.publishedMessage'));
    },
    onError: fail,
  });
  const archive = useMutation({
    mutationFn: () => {
      const current = baseRef.current as AdminPolicy;
      return api.adminArchivePolicy({ path: { id: current.id }, body: { version: current.version } });
    },
    onSuccess: (archived) => {
      succeed();
      // unsaved edits stay in the form, on top of the archived copy
      adopt(archived, { keepEdits: true });
      void message.success(t('policies.archivedMessage'));
    },
    onError: fail,
  });
  const restore = useMutation({
    mutationFn: (version: number) => {
      const current = baseRef.current as AdminPolicy;
      return api.adminRestorePolicyVersion({ path: { id: current.id, version }, body: { version: current.version } });
    },
    onSuccess: (restored, version) => {
      succeed();
      adopt(restored);
      setVersionsOpen(false);
      void message.success(t('policies.restoredMessage', { version }));
    },
    onError: fail,
  });
  const reload = useMutation({
    mutationFn: (_keepEdits: boolean) => queryClient.fetchQuery({ queryKey: policyQueryKey(id ?? 0), queryFn: () => api.adminGetPolicy({ path: { id: id ?? 0 } }), staleTime: 0 }),
    onSuccess: (latest, keepEdits) => {
      succeed();
      adopt(latest, { keepEdits });
      if (keepEdits) void message.info(t('policies.conflict.reapplied'));
    },
    onError: (error) => setFailure(error),
  });
  const busy = save.isPending || publish.isPending || archive.isPending || restore.isPending || reload.isPending;

  const confirmPublish = () =>
    modal.confirm({
      title: t('policies.publish.confirm.title'),
      content: dirtyRef.current ? `${t('policies.publish.confirm.body')} ${t('policies.publish.confirm.unsaved')}` : t('policies.publish.confirm.body'),
      okText: t('policies.action.publish'),
      cancelText: t('common:action.cancel'),
      onOk: () => publish.mutateAsync().catch(() => undefined),
    });
  const confirmArchive = () =>
    modal.confirm({
      title: t('policies.archive.confirm.title'),
      content: dirtyRef.current ? `${t('policies.archive.confirm.body')} ${t('policies.archive.confirm.unsaved')}` : t('policies.archive.confirm.body'),
      okText: t('policies.action.archive'),
      okButtonProps: { danger: true },
      cancelText: t('common:action.cancel'),
      onOk: () => archive.mutateAsync().catch(() => undefined),
    });
  const confirmRestore = (version: number) =>
    modal.confirm({
      title: t('policies.restore.confirm.title', { version }),
      content: dirtyRef.current ? `${t('policies.restore.confirm.body')} ${t('policies.restore.confirm.unsaved')}` : t('policies.restore.confirm.body'),
      okText: t('policies.versions.restore'),
      cancelText: t('common:action.cancel'),
      onOk: () => restore.mutateAsync(version).catch(() => undefined),
    });
  const confirmDiscard = () =>
    modal.confirm({
      title: t('policies.conflict.discard.confirm'),
      okText: t('policies.conflict.discard'),
      okButtonProps: { danger: true },
      cancelText: t('common:action.cancel'),
      onOk: () => reload.mutateAsync(false).catch(() => undefined),
    });

  const banner = failure ? describeError(failure, t) : null;
  const unplaced = banner ? placeFieldErrors(form, banner, 'registered').unplaced : [];
  const upToDate = base?.status === 'published' && publishedVersion === base.version;
  const unpublished = base?.status === 'published' && publishedVersion !== null && publishedVersion !== base.version;

  const translations = wide ? (
    <Row gutter={24}>
      {LANGUAGES.map((l) => (
        <Col span={8} key={l}>
          <TranslationFields language={l} form={form} readOnly={readOnly} />
        </Col>
      ))}
    </Row>
  ) : (
    <Tabs
      activeKey={activeLanguage}
      onChange={(key) => setActiveLanguage(key as Language)}
      items={LANGUAGES.map((l) => ({
        key: l,
        forceRender: true,
        label: (
          <Flex gap={8} align="center">
            <span lang={l}>{t(`common:language.${l}`)}</span>
            <LiveTranslationStatus language={l} form={form} />
          </Flex>
        ),
        children: <TranslationFields language={l} form={form} readOnly={readOnly} />,
      }))}
    />
  );

  return (
    <>
      <Link to="/policies">
        <ArrowLeftOutlined /> {t('policies.backToList')}
      </Link>
      <Flex justify="space-between" align="start" wrap gap={16} style={{ margin: '8px 0 16px' }}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {base ? <PolicyTitle titles={{ 'zh-CN': base.translations['zh-CN'].title, en: base.translations.en.title, ja: base.translations.ja.title }} language={language} /> : t('policies.new')}
          </Typography.Title>
          <Space wrap size={4} style={{ marginTop: 8 }}>
            {base && <PolicyStatusTag status={base.status} />}
            {unpublished && <Tag color="warning">{t('policies.unpublishedChanges')}</Tag>}
            {dirty && <Tag color="processing">{t('policies.unsavedChanges')}</Tag>}
            {base && (
              <Typography.Text type="secondary">
                {t('policies.versionInfo', { version: base.version, at: formatDateTime(base.updatedAt, language), name: base.updatedBy ?? t('audit.actor.unknown') })}
              </Typography.Text>
            )}
          </Space>
        </div>
        <Space wrap>
          {base && (
            <Button icon={<HistoryOutlined />} onClick={() => setVersionsOpen(true)}>
              {t('policies.action.versions')}
            </Button>
          )}
          <Button
            icon={<MobileOutlined />}
            onClick={() => {
              setPreviewLanguage(language);
              setPreviewOpen(true);
            }}
          >
            {t('policies.action.preview')}
          </Button>
          {isAdmin && base && base.status !== 'archived' && (
            <Button danger icon={<InboxOutlined />} disabled={busy} loading={archive.isPending} onClick={confirmArchive}>
              {t('policies.action.archive')}
            </Button>
          )}
          {isAdmin && (
            <Button icon={<SaveOutlined />} disabled={(base !== null && !dirty) || (busy && !save.isPending)} loading={save.isPending} onClick={() => save.mutate()}>
              {t('policies.action.save')}
            </Button>
          )}
          {isAdmin && base && (
            <Tooltip title={upToDate && !dirty ? t('policies.publish.upToDate') : undefined}>
              <Button type="primary" icon={<SendOutlined />} disabled={(upToDate && !dirty) || (busy && !publish.isPending)} loading={publish.isPending} onClick={confirmPublish}>
                {t('policies.action.publish')}
              </Button>
            </Tooltip>
          )}
        </Space>
      </Flex>

      <Flex vertical gap={12} style={{ marginBottom: 16 }}>
        {readOnly && <Alert type="info" showIcon title={t('policies.readOnly')} />}
        {base?.status === 'draft' && <Alert type="info" showIcon title={t('policies.state.draft')} />}
        {upToDate && <Alert type="success" showIcon title={t('policies.state.published', { at: formatDateTime(base.publishedAt, language) })} />}
        {unpublished && base && (
          <Alert
            type="warning"
            showIcon
            title={t('policies.state.unpublished', { version: publishedVersion, at: formatDateTime(base.publishedAt, language) })}
            action={
              <Button size="small" icon={<DiffOutlined />} onClick={() => setCompare([publishedVersion ?? 0, base.version])}>
                {t('policies.state.compareWithPublished')}
              </Button>
            }
          />
        )}
        {base?.status === 'archived' && <Alert type="warning" showIcon title={t('policies.state.archived')} />}
        {conflict !== null && (
          <Alert
            role="alert"
            type="error"
            showIcon
            title={describeError(conflict, t).message}
            description={t('policies.conflict.description')}
            action={
              <Space orientation="vertical">
                <Button size="small" type="primary" loading={reload.isPending && reload.variables === true} onClick={() => reload.mutate(true)}>
                  {t('policies.conflict.reapply')}
                </Button>
                <Button size="small" danger onClick={confirmDiscard}>
                  {t('policies.conflict.discard')}
                </Button>
              </Space>
            }
          />
        )}
        {mergeConflicts.length > 0 && (
          <Alert
            type="warning"
            showIcon
            closable={{ onClose: () => setMergeConflicts([]) }}
            title={t('policies.conflict.overlap')}
            description={mergeConflicts.map((path) => fieldLabel(path, t)).join(t('policies.listSeparator'))}
          />
        )}
        {banner && (
          <Alert
            role="alert"
            type="error"
            showIcon
            title={banner.message}
            description={
              unplaced.length > 0 ? (
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {unplaced.map((field) => (
                    <li key={field}>
                      {fieldLabel(field, t)}: {banner.fields[field]}
                    </li>
                  ))}
                </ul>
              ) : undefined
            }
          />
        )}
      </Flex>

      <Form<PolicyFormValues>
        form={form}
        name="policy"
        layout="vertical"
        initialValues={EMPTY}
        disabled={readOnly || busy}
        onValuesChange={() => {
          formErrors.forget();
          markDirty(!sameValues(form.getFieldsValue(true), baseValues.current));
        }}
      >
        <Flex vertical gap={16}>
          <Card title={t('policies.section.texts')}>{translations}</Card>
          <Card title={t('policies.section.details')}>
            <PolicyDetails meta={meta.data} />
          </Card>
          <Card title={t('policies.section.benefits')}>
            <BenefitsEditor readOnly={readOnly} />
          </Card>
          <Card title={t('policies.section.eligibility')} extra={<Typography.Text type="secondary">{t('policies.eligibility.help')}</Typography.Text>}>
            <EligibilityEditor meta={meta.data} form={form} />
          </Card>
          <Card title={t('policies.section.attachments')}>
            <AttachmentsEditor readOnly={readOnly} />
          </Card>
        </Flex>
      </Form>

      <Drawer title={t('policies.preview.title')} open={previewOpen} onClose={() => setPreviewOpen(false)} size={480} destroyOnHidden>
        <PreviewPane form={form} language={previewLanguage} onLanguageChange={setPreviewLanguage} />
      </Drawer>
      {base && (
        <VersionsDrawer
          open={versionsOpen}
          onClose={() => setVersionsOpen(false)}
          policyId={base.id}
          currentVersion={base.version}
          publishedVersion={publishedVersion}
          canRestore={isAdmin}
          restoring={restore.isPending}
          onCompare={setCompare}
          onRestore={confirmRestore}
        />
      )}
      <Modal title={t('policies.compare.title')} open={compare !== null} onCancel={() => setCompare(null)} footer={null} width={1100} destroyOnHidden>
        {compare && base && <SavedVersionsCompare policyId={base.id} versions={compare} />}
      </Modal>
    </>
  );
}

/** The preview follows the form as the user types. */
function PreviewPane({ form, language, onLanguageChange }: { form: ReturnType<typeof Form.useForm<PolicyFormValues>>[0]; language: Language; onLanguageChange: (l: Language) => void }) {
  const watched = Form.useWatch([], { form, preserve: true }) as PolicyFormValues | undefined;
  const values = watched ?? (form.getFieldsValue(true) as PolicyFormValues);
  return <PolicyPreview values={{ ...emptyFormValues(), ...values }} language={language} onLanguageChange={onLanguageChange} />;
}
