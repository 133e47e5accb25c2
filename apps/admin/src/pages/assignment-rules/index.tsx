import { ArrowLeftOutlined, DeleteOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { assignmentRulesSchema, toFieldIssues, type AssignmentRule, type Language } from '@zhaoshang/contracts';
import { Alert, App, Button, Card, Empty, Flex, Form, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoading } from '../../components/page-loading';
import { QueryError } from '../../components/query-error';
import { useConcierges } from '../../hooks/use-concierges';
import { useFormErrors } from '../../hooks/use-form-errors';
import { referenceOptions, useMeta } from '../../hooks/use-meta';
import { useApi, useSession } from '../../services/api-context';
import { describeError } from '../../services/errors';
import { schemaError } from '../../services/forms';
import { LANGUAGES } from '../../services/language';

/** "Any" in a select (antd selects do not hold null); null in the rule. */
const ANY = '*';
type RuleValues = { industry: string; language: Language | typeof ANY; conciergeIds: number[] };
type Values = { rules: RuleValues[] };

const toValues = (rules: readonly AssignmentRule[]): Values => ({
  rules: rules.map((rule) => ({ industry: rule.industry ?? ANY, language: rule.language ?? ANY, conciergeIds: [...rule.conciergeIds] })),
});
const toRules = (values: Partial<Values>) => ({
  rules: (values.rules ?? []).map((rule) => ({
    industry: !rule.industry || rule.industry === ANY ? null : rule.industry,
    language: !rule.language || rule.language === ANY ? null : rule.language,
    conciergeIds: rule.conciergeIds ?? [],
  })),
});

const rulesQueryKey = ['assignment-rules'];

/** `/leads/rules`: which concierges new leads go to, by industry and language. Admins edit; staff read. */
export default function AssignmentRulesPage() {
  const { t } = useTranslation();
  const api = useApi();
  const rules = useQuery({ queryKey: rulesQueryKey, queryFn: () => api.adminGetAssignmentRules() });
  return (
    <>
      <Link to="/leads">
        <ArrowLeftOutlined /> {t('leads.backToList')}
      </Link>
      <Typography.Title level={3} style={{ marginTop: 12 }}>
        {t('rules.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('rules.help')}</Typography.Paragraph>
      {rules.isError ? (
        <QueryError error={rules.error} onRetry={() => void rules.refetch()} />
      ) : rules.data ? (
        <RulesForm key={rules.dataUpdatedAt} initial={rules.data.rules} />
      ) : (
        <PageLoading />
      )}
    </>
  );
}

function RulesForm({ initial }: { initial: readonly AssignmentRule[] }) {
  const { t } = useTranslation();
  const api = useApi();
  const session = useSession();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const meta = useMeta();
  const concierges = useConcierges();
  const readOnly = session?.user.role !== 'admin';
  const [form] = Form.useForm<Values>();
  const formErrors = useFormErrors(form, 'registered');
  const [dirty, setDirty] = useState(false);

  const save = useMutation({
    mutationFn: (body: { rules: AssignmentRule[] }) => api.adminSetAssignmentRules({ body }),
    onSuccess: (saved) => {
      formErrors.forget();
      setDirty(false);
      queryClient.setQueryData(rulesQueryKey, saved);
      form.setFieldsValue(toValues(saved.rules));
      void message.success(t('rules.saved'));
    },
    onError: (error) => formErrors.show(error),
  });

  const submit = () => {
    const parsed = assignmentRulesSchema.safeParse(toRules(form.getFieldsValue(true) as Partial<Values>));
    if (!parsed.success) {
      formErrors.show(schemaError(toFieldIssues(parsed.error)));
      return;
    }
    save.mutate(parsed.data);
  };

  const industryOptions = [{ value: ANY, label: t('rules.anyIndustry') }, ...referenceOptions(meta.data?.industries)];
  const languageOptions = [{ value: ANY, label: t('rules.anyLanguage') }, ...LANGUAGES.map((language) => ({ value: language, label: t(`common:language.${language}`) }))];
  const conciergeOptions = (concierges.data?.items ?? []).map((c) => ({
    value: c.id,
    label: c.active ? c.name : t('rules.inactive', { name: c.name }),
    disabled: !c.active,
  }));
  const failure = save.error ? describeError(save.error, t) : null;

  return (
    <Card data-testid="assignment-rules" data-readonly={readOnly}>
      {readOnly && <Alert type="info" showIcon title={t('rules.readOnly')} style={{ marginBottom: 16 }} />}
      {failure && Object.keys(failure.fields).length === 0 && <Alert role="alert" type="error" showIcon title={failure.message} style={{ marginBottom: 16 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={toValues(initial)}
        disabled={readOnly || save.isPending}
        onValuesChange={() => {
          formErrors.forget();
          setDirty(true);
        }}
        onFinish={submit}
      >
        <Form.List name="rules">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8}>
              {fields.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('rules.empty')} />}
              {fields.map((field, index) => (
                <Flex key={field.key} gap={8} align="start" wrap data-testid="assignment-rule">
                  <Typography.Text type="secondary" style={{ paddingTop: 30, minWidth: 24 }}>
                    {index + 1}.
                  </Typography.Text>
                  <Form.Item name={[field.name, 'industry']} label={t('rules.industry')} style={{ width: 200, marginBottom: 8 }}>
                    <Select options={industryOptions} aria-label={t('rules.industryOf', { index: index + 1 })} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'language']} label={t('rules.language')} style={{ width: 160, marginBottom: 8 }}>
                    <Select options={languageOptions} aria-label={t('rules.languageOf', { index: index + 1 })} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'conciergeIds']} label={t('rules.concierges')} style={{ flex: '1 1 280px', marginBottom: 8 }} required>
                    <Select<number[]>
                      mode="multiple"
                      options={conciergeOptions}
                      loading={concierges.isPending}
                      showSearch={{ optionFilterProp: 'label' }}
                      placeholder={t('rules.concierges.placeholder')}
                      aria-label={t('rules.conciergesOf', { index: index + 1 })}
                    />
                  </Form.Item>
                  {!readOnly && (
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      style={{ marginTop: 30 }}
                      aria-label={t('rules.remove', { index: index + 1 })}
                      onClick={() => {
                        remove(field.name);
                        setDirty(true);
                      }}
                    />
                  )}
                </Flex>
              ))}
              {!readOnly && (
                <Space style={{ marginTop: 8 }}>
                  <Button
                    icon={<PlusOutlined />}
                    onClick={() => {
                      add({ industry: ANY, language: ANY, conciergeIds: [] } satisfies RuleValues);
                      setDirty(true);
                    }}
                  >
                    {t('rules.add')}
                  </Button>
                  <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={save.isPending} disabled={!dirty}>
                    {t('rules.save')}
                  </Button>
                </Space>
              )}
            </Flex>
          )}
        </Form.List>
      </Form>
    </Card>
  );
}
