import { UserSwitchOutlined } from '@ant-design/icons';
import { reassignSchema, toFieldIssues, type LeadDetail } from '@zhaoshang/contracts';
import { App, Button, Card, Descriptions, Form, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useConcierges } from '../../../hooks/use-concierges';
import { useFormErrors } from '../../../hooks/use-form-errors';
import { useApi } from '../../../services/api-context';
import { schemaError } from '../../../services/forms';
import { useLeadChange } from '../use-lead-change';
import { ChangeError } from './change-error';

type Values = { conciergeId?: number; reason?: string };
type Reassign = { conciergeId: number; reason: string; version: number };
const FIELDS = ['conciergeId', 'reason'] as const;

/** Who looks after the lead (its 店小二), and handing it over to someone else, with a reason for the history. */
export function ReassignCard({ lead }: { lead: LeadDetail }) {
  const { t } = useTranslation();
  return (
    <Card title={t('leads.concierge.title')} data-testid="lead-reassign">
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('leads.concierge.current')}>
          {lead.assignee ? <Typography.Text strong>{lead.assignee.name}</Typography.Text> : <Typography.Text type="warning">{t('leads.unassigned')}</Typography.Text>}
        </Descriptions.Item>
      </Descriptions>
      {/* a merged lead follows the lead it was merged into */}
      {lead.mergedIntoId === null && <ReassignForm lead={lead} />}
    </Card>
  );
}

function ReassignForm({ lead }: { lead: LeadDetail }) {
  const { t } = useTranslation();
  const api = useApi();
  const { message } = App.useApp();
  const concierges = useConcierges();
  const [form] = Form.useForm<Values>();
  const formErrors = useFormErrors(form, FIELDS);
  const change = useLeadChange(lead.id, (body: Reassign) => api.adminReassignLead({ path: { id: lead.id }, body }), (changed) => {
    form.resetFields();
    formErrors.forget();
    void message.success(t('leads.reassign.done', { name: changed.assignee?.name ?? '' }));
  });

  const send = (values: Values) => {
    const parsed = reassignSchema.safeParse({ ...values, version: lead.version });
    if (!parsed.success) {
      formErrors.show(schemaError(toFieldIssues(parsed.error)));
      return;
    }
    change.mutate(parsed.data, { onError: (error) => formErrors.show(error) });
  };

  const options = (concierges.data?.items ?? [])
    .filter((c) => c.active && c.id !== lead.assignee?.conciergeId)
    .map((c) => ({ value: c.id, label: `${c.name} (${c.languages.map((l) => t(`common:language.${l}`)).join(' / ')})` }));

  return (
    <>
      <Form<Values> name="leadReassign" form={form} layout="vertical" onFinish={send} onValuesChange={formErrors.forget} disabled={change.isPending}>
        <Form.Item name="conciergeId" label={t('leads.reassign.to')} required>
          <Select<number> showSearch={{ optionFilterProp: 'label' }} options={options} loading={concierges.isPending} placeholder={t('leads.reassign.to.placeholder')} data-testid="lead-reassign-select" />
        </Form.Item>
        <Form.Item name="reason" label={t('leads.reassign.reason')} required>
          <Input maxLength={200} placeholder={t('leads.reassign.reason.placeholder')} data-testid="lead-reassign-reason" />
        </Form.Item>
        <Button htmlType="submit" icon={<UserSwitchOutlined />} loading={change.isPending} data-testid="lead-reassign-submit">
          {t('leads.reassign.submit')}
        </Button>
      </Form>
      <ChangeError error={change.error} hideFields={FIELDS} />
    </>
  );
}
