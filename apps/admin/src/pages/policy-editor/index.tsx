import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { isLanguage, policyInputSchema, toFieldIssues, type AdminPolicy, type Language } from '@zhaoshang/contracts';
import { Card, Flex, Form, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { DocumentEditorFrame } from '../../components/document-editor/document-editor-frame';
import { TranslationColumns } from '../../components/document-editor/translation-columns';
import { useDocumentEditor } from '../../components/document-editor/use-document-editor';
import { PageLoading } from '../../components/page-loading';
import { PolicyTitle } from '../../components/policy-title';
import { QueryError } from '../../components/query-error';
import { useMeta } from '../../hooks/use-meta';
import { useApi } from '../../services/api-context';
import { schemaError } from '../../services/forms';
import { currentLanguage } from '../../services/language';
import NotFoundPage from '../not-found';
import { AttachmentsEditor } from './components/attachments-editor';
import { BenefitsEditor } from './components/benefits-editor';
import { EligibilityEditor } from './components/eligibility-editor';
import { PolicyDetails } from './components/policy-details';
import { PolicyPreview } from './components/policy-preview';
import { TranslationFields } from './components/translation-fields';
import { SavedVersionsCompare } from './components/version-compare';
import { policyVersionsQuery } from './components/versions-drawer';
import { emptyFormValues, fieldLabel, toFormValues, type PolicyFormValues } from './policy-form';

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

/** The policy's texts of the shared editor: the ones that name "this policy". */
const policyTextKey = (key: string) => `policies.${key}`;

function PolicyWorkspace({ id, initial }: { id: number | null; initial: AdminPolicy | null }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const language = currentLanguage(i18n);
  const meta = useMeta();
  const [form] = Form.useForm<PolicyFormValues>();
  const [activeLanguage, setActiveLanguage] = useState<Language>('zh-CN');

  const editor = useDocumentEditor<AdminPolicy, PolicyFormValues>({
    form,
    id,
    initial,
    emptyValues: emptyFormValues,
    toFormValues,
    documentKey: policyQueryKey,
    invalidate: [['admin-policies']],
    versions: (policyId) => policyVersionsQuery(api, policyId),
    /** checked with the server's schema, then created or saved against the version it started from */
    save: async (values, base) => {
      const parsed = policyInputSchema.safeParse(values);
      if (!parsed.success) throw schemaError(toFieldIssues(parsed.error));
      if (!base) return api.adminCreatePolicy({ body: parsed.data });
      return api.adminUpdatePolicy({ path: { id: base.id }, body: { ...parsed.data, version: base.version } });
    },
    load: (policyId) => api.adminGetPolicy({ path: { id: policyId } }),
    publish: (base) => api.adminPublishPolicy({ path: { id: base.id }, body: { version: base.version } }),
    archive: (base) => api.adminArchivePolicy({ path: { id: base.id }, body: { version: base.version } }),
    restore: (base, version) => api.adminRestorePolicyVersion({ path: { id: base.id, version }, body: { version: base.version } }),
    onCreated: (saved) => navigate(`/policies/${saved.id}`, { replace: true }),
    onFirstError: ([head, lang]) => {
      if (head === 'translations' && isLanguage(lang)) setActiveLanguage(lang);
    },
    textKey: policyTextKey,
  });
  const { base, readOnly, busy } = editor;

  return (
    <DocumentEditorFrame
      editor={editor}
      back={{ to: '/policies', label: t('policies.backToList') }}
      title={base ? <PolicyTitle titles={{ 'zh-CN': base.translations['zh-CN'].title, en: base.translations.en.title, ja: base.translations.ja.title }} language={language} /> : t('policies.new')}
      preview={() => <PreviewPane form={form} />}
      compare={(versions) => base && <SavedVersionsCompare policyId={base.id} versions={versions} />}
      fieldLabel={(path) => fieldLabel(path, t)}
    >
      <Form<PolicyFormValues> form={form} name="policy" layout="vertical" initialValues={EMPTY} disabled={readOnly || busy} onValuesChange={editor.onValuesChange}>
        <Flex vertical gap={16}>
          <Card title={t('policies.section.texts')}>
            <TranslationColumns form={form} active={activeLanguage} onActiveChange={setActiveLanguage}>
              {(l) => <TranslationFields language={l} form={form} readOnly={readOnly} />}
            </TranslationColumns>
          </Card>
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
    </DocumentEditorFrame>
  );
}

/** The preview follows the form as the user types. */
function PreviewPane({ form }: { form: ReturnType<typeof Form.useForm<PolicyFormValues>>[0] }) {
  const { i18n } = useTranslation();
  // opens in the console language
  const [language, setLanguage] = useState<Language>(() => currentLanguage(i18n));
  const watched = Form.useWatch([], { form, preserve: true }) as PolicyFormValues | undefined;
  const values = watched ?? (form.getFieldsValue(true) as PolicyFormValues);
  return <PolicyPreview values={{ ...emptyFormValues(), ...values }} language={language} onLanguageChange={setLanguage} />;
}
