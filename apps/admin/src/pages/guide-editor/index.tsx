import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { guidePageInputSchema, isLanguage, toFieldIssues, type AdminGuidePage, type Language } from '@zhaoshang/contracts';
import { guideTexts } from '@zhaoshang/i18n';
import { Alert, Card, Flex, Form, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DocumentEditorFrame } from '../../components/document-editor/document-editor-frame';
import { TranslationColumns } from '../../components/document-editor/translation-columns';
import { useDocumentEditor } from '../../components/document-editor/use-document-editor';
import type { VersionsQuery } from '../../components/document-editor/versions-drawer';
import { PageLoading } from '../../components/page-loading';
import { PolicyTitle } from '../../components/policy-title';
import { QueryError } from '../../components/query-error';
import { useFeatureTranslation } from '../../hooks/use-feature-translation';
import type { Api } from '../../services/api';
import { useApi } from '../../services/api-context';
import { schemaError } from '../../services/forms';
import { currentLanguage } from '../../services/language';
import NotFoundPage from '../not-found';
import { GuideVersionsCompare } from './components/guide-compare';
import { GuidePreview } from './components/guide-preview';
import { GuideTranslationFields } from './components/guide-translation-fields';
import { emptyFormValues, guideFieldLabel, toFormValues, type GuideFormValues } from './guide-form';

/** `/guide/:id`: a fresh editor for each page, so nothing carries over. */
export default function GuideEditorPage() {
  useFeatureTranslation('guide', guideTexts);
  const { id } = useParams();
  if (id === undefined || !/^\d+$/.test(id)) return <NotFoundPage />;
  return <GuideEditor key={id} id={Number(id)} />;
}

export const guidePageKey = (id: number) => ['admin-guide-page', id];
export const guideVersionsQuery = (api: Api, id: number): VersionsQuery => ({ queryKey: ['guide-page-versions', id], queryFn: () => api.adminListGuidePageVersions({ path: { id } }) });
/** also what `resetFields` returns to, so loading a copy never merges into the previous one's lists */
const EMPTY = emptyFormValues();

/**
 * The editor's texts that name the document ("this page") come from the guide's namespace; the
 * rest (save, publish, versions) are the policy editor's own words.
 */
const OWN_TEXTS = new Set(['readOnly', 'state.draft', 'publish.confirm.title', 'archive.confirm.title', 'archive.confirm.body', 'conflict.description']);
const guideTextKey = (key: string) => (OWN_TEXTS.has(key) ? `guide:editor.${key}` : `policies.${key}`);

/** Loads the working copy, then hands it to the workspace (which owns it from then on). */
function GuideEditor({ id }: { id: number }) {
  const { t } = useTranslation(['guide', 'admin']);
  const api = useApi();
  const page = useQuery({
    queryKey: guidePageKey(id),
    queryFn: () => api.adminGetGuidePage({ path: { id } }),
    // the form owns the copy being edited; a newer one is loaded only when the user asks
    staleTime: Infinity,
  });
  if (page.isError) {
    return (
      <>
        <Link to="/guide">
          <ArrowLeftOutlined /> {t('editor.back')}
        </Link>
        <div style={{ marginTop: 16 }}>
          <QueryError error={page.error} onRetry={() => void page.refetch()} />
        </div>
      </>
    );
  }
  if (!page.data) return <PageLoading />;
  return <GuideWorkspace initial={page.data} />;
}

function GuideWorkspace({ initial }: { initial: AdminGuidePage }) {
  const { t, i18n } = useTranslation(['guide', 'admin']);
  const api = useApi();
  const language = currentLanguage(i18n);
  const [form] = Form.useForm<GuideFormValues>();
  const [activeLanguage, setActiveLanguage] = useState<Language>('zh-CN');
  const { kind, slug } = initial;

  const editor = useDocumentEditor<AdminGuidePage, GuideFormValues>({
    form,
    id: initial.id,
    initial,
    emptyValues: emptyFormValues,
    toFormValues,
    documentKey: guidePageKey,
    invalidate: [['admin-guide-tree']],
    versions: (pageId) => guideVersionsQuery(api, pageId),
    /** checked with the server's schema, then saved against the version it started from */
    save: async (values, base) => {
      const parsed = guidePageInputSchema.safeParse(values);
      if (!parsed.success) throw schemaError(toFieldIssues(parsed.error));
      const current = base ?? initial;
      return api.adminUpdateGuidePage({ path: { id: current.id }, body: { ...parsed.data, version: current.version } });
    },
    load: (pageId) => api.adminGetGuidePage({ path: { id: pageId } }),
    publish: (base) => api.adminPublishGuidePage({ path: { id: base.id }, body: { version: base.version } }),
    archive: (base) => api.adminArchiveGuidePage({ path: { id: base.id }, body: { version: base.version } }),
    restore: (base, version) => api.adminRestoreGuidePageVersion({ path: { id: base.id, version }, body: { version: base.version } }),
    onFirstError: ([head, lang]) => {
      if (head === 'translations' && isLanguage(lang)) setActiveLanguage(lang);
    },
    textKey: guideTextKey,
  });
  const { base, readOnly, busy } = editor;
  const titles = base ?? initial;

  return (
    <DocumentEditorFrame
      editor={editor}
      back={{ to: '/guide', label: t('editor.back') }}
      title={<PolicyTitle titles={{ 'zh-CN': titles.translations['zh-CN'].title, en: titles.translations.en.title, ja: titles.translations.ja.title }} language={language} />}
      tags={
        <>
          <Tag color="geekblue" data-kind={kind}>
            {t(`kind.${kind}`)}
          </Tag>
          {base?.sample && <Tag color="gold">{t('common:sampleData')}</Tag>}
          <Typography.Text code>{slug}</Typography.Text>
        </>
      }
      notices={kind === 'section' && <Alert type="info" showIcon title={t('editor.sectionHelp')} />}
      preview={() => <PreviewPane form={form} kind={kind} />}
      compare={(versions) => <GuideVersionsCompare page={initial} versions={versions} />}
      fieldLabel={(path) => guideFieldLabel(path, t)}
    >
      <Form<GuideFormValues> form={form} name="guide-page" layout="vertical" initialValues={EMPTY} disabled={readOnly || busy} onValuesChange={editor.onValuesChange}>
        <Flex vertical gap={16}>
          <Card title={t('admin:policies.section.texts')}>
            <TranslationColumns form={form} active={activeLanguage} onActiveChange={setActiveLanguage}>
              {(l) => <GuideTranslationFields language={l} kind={kind} form={form} readOnly={readOnly} />}
            </TranslationColumns>
          </Card>
          <Card title={t('editor.settings')}>
            <Form.Item name="sample" label={t('field.sample')} extra={t('field.sample.help')} valuePropName="checked">
              <Switch aria-label={t('field.sample')} />
            </Form.Item>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
              {t('editor.fixed', { slug, kind: t(`kind.${kind}`) })}
            </Typography.Paragraph>
          </Card>
        </Flex>
      </Form>
    </DocumentEditorFrame>
  );
}

/** The preview follows the form as the user types, and opens in the console language. */
function PreviewPane({ form, kind }: { form: ReturnType<typeof Form.useForm<GuideFormValues>>[0]; kind: AdminGuidePage['kind'] }) {
  const { i18n } = useTranslation();
  const [language, setLanguage] = useState<Language>(() => currentLanguage(i18n));
  const watched = Form.useWatch([], { form, preserve: true }) as GuideFormValues | undefined;
  const values = watched ?? (form.getFieldsValue(true) as GuideFormValues);
  return <GuidePreview values={{ ...emptyFormValues(), ...values }} kind={kind} language={language} onLanguageChange={setLanguage} />;
}
