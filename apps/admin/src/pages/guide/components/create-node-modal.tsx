import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '@zhaoshang/api-client';
import { GUIDE_LEAF_KINDS, guidePageCreateSchema, toFieldIssues, type AdminGuideTree, type GuideLeafKind, type Language } from '@zhaoshang/contracts';
import { Alert, Form, Input, Modal, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PolicyTitle } from '../../../components/policy-title';
import { useFormErrors } from '../../../hooks/use-form-errors';
import { useApi } from '../../../services/api-context';
import { describeError } from '../../../services/errors';
import { schemaError, schemaRule } from '../../../services/forms';
import { currentLanguage } from '../../../services/language';

type Values = { kind: GuideLeafKind; parentId: number | undefined; slug: string; title: string };

/**
 * Starts a new section or page as a draft: its kind, its section, its address (fixed from then
 * on) and a first title in the console language; the editor opens on it.
 */
export function CreateNodeModal({ open, section, tree, defaultParent, onClose }: { open: boolean; section: boolean; tree: AdminGuideTree | undefined; defaultParent?: number; onClose: () => void }) {
  const { t, i18n } = useTranslation(['guide', 'admin']);
  const api = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const language: Language = currentLanguage(i18n);
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, ['kind', 'parentId', 'slug', 'title']);

  const body = (v: Values) => ({
    kind: section ? ('section' as const) : v.kind,
    parentId: section ? null : (v.parentId ?? null),
    slug: v.slug ?? '',
    sample: false,
    translations: { [language]: { title: v.title ?? '', summary: '', body: '', steps: [], faqs: [], status: 'needs_review' as const } },
  });
  const create = useMutation({
    mutationFn: async (v: Values) => {
      const parsed = guidePageCreateSchema.safeParse(body(v));
      if (!parsed.success) throw schemaError(toFieldIssues(parsed.error));
      return api.adminCreateGuidePage({ body: parsed.data });
    },
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: ['admin-guide-tree'] });
      onClose();
      navigate(`/guide/${created.id}`);
    },
    onError: (error) => errors.show(error),
  });
  const shown = create.error ? describeError(create.error, t) : null;
  // the server's `duplicate` on the address says it is taken, in the guide's own words
  const taken = create.error instanceof ApiError && create.error.details.some((d) => d.field === 'slug' && d.code === 'duplicate');

  return (
    <Modal
      open={open}
      title={t(section ? 'create.section.title' : 'create.page.title')}
      okText={t('create.submit')}
      cancelText={t('common:action.cancel')}
      confirmLoading={create.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="guide-create"
        initialValues={{ kind: 'article', parentId: defaultParent, slug: '', title: '' }}
        onFinish={(values) => create.mutate(values)}
        onValuesChange={() => errors.forget()}
      >
        {!section && (
          <>
            <Form.Item name="kind" label={t('field.kind')}>
              <Radio.Group optionType="button" options={GUIDE_LEAF_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
            </Form.Item>
            <Form.Item name="parentId" label={t('field.section')} rules={[{ required: true, message: t('errors:field.required') }]}>
              <Select
                aria-label={t('field.section')}
                options={(tree?.sections ?? []).map((s) => ({ value: s.id, label: <PolicyTitle titles={s.titles} language={language} /> }))}
              />
            </Form.Item>
          </>
        )}
        <Form.Item
          name="slug"
          label={t('field.slug')}
          extra={t('field.slug.help')}
          help={taken ? t('create.slug.taken') : undefined}
          validateStatus={taken ? 'error' : undefined}
          rules={[schemaRule(guidePageCreateSchema, 'slug', t)]}
        >
          <Input aria-label={t('field.slug')} placeholder="metro-plan" maxLength={80} />
        </Form.Item>
        <Form.Item name="title" label={`${t('field.title')} (${t(`common:language.${language}`)})`}>
          <Input lang={language} aria-label={t('field.title')} maxLength={200} />
        </Form.Item>
        {shown && !shown.fields.slug && !shown.fields.parentId && <Alert type="error" showIcon role="alert" title={shown.message} />}
      </Form>
    </Modal>
  );
}
