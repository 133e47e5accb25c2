import { ArrowRightOutlined } from '@ant-design/icons';
import {
  CLOSE_REASONS,
  INTENT_STAGES,
  PIPELINE_STAGES,
  stageChangeSchema,
  toFieldIssues,
  type CloseReason,
  type IntentStage,
  type LeadDetail,
  type StageChange,
} from '@zhaoshang/contracts';
import { Button, Card, Divider, Form, Select, Space, Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import { LeadStageTag } from '../../../components/lead-stage-tag';
import { useFormErrors } from '../../../hooks/use-form-errors';
import { useApi } from '../../../services/api-context';
import { schemaError } from '../../../services/forms';
import { useLeadChange } from '../use-lead-change';

const PIPELINE: readonly IntentStage[] = PIPELINE_STAGES;
import { ChangeError } from './change-error';

type Values = { stage?: IntentStage; reason?: CloseReason };
const FIELDS = ['stage', 'reason'] as const;

/** The stage after `stage` along the pipeline; none after landed, nor from closed. */
export function nextStage(stage: IntentStage): IntentStage | null {
  const index = PIPELINE.indexOf(stage);
  return index >= 0 && index < PIPELINE.length - 1 ? (PIPELINE[index + 1] ?? null) : null;
}

/**
 * Moves the lead on: one click to the next stage, or to any stage; closing needs a reason. Every
 * change goes with the version the page shows, so a change made meanwhile is not overwritten.
 */
export function StageControl({ lead }: { lead: LeadDetail }) {
  const { t } = useTranslation();
  return (
    <Card title={t('leads.stage.title')} data-testid="lead-stage-control" data-stage={lead.stage} data-version={lead.version}>
      {lead.stage === 'closed' ? (
        <LeadStageTag stage={lead.stage} closeReason={lead.closeReason} />
      ) : (
        <Steps size="small" current={PIPELINE.indexOf(lead.stage)} items={PIPELINE_STAGES.map((stage) => ({ title: t(`intents:stage.${stage}`) }))} />
      )}
      {/* a lead merged into another is closed for good; its stage is the other lead's business */}
      {lead.mergedIntoId === null && <StageActions lead={lead} />}
    </Card>
  );
}

function StageActions({ lead }: { lead: LeadDetail }) {
  const { t } = useTranslation();
  const api = useApi();
  const [form] = Form.useForm<Values>();
  const formErrors = useFormErrors(form, FIELDS);
  const chosen = Form.useWatch('stage', form);
  const change = useLeadChange(lead.id, (body: StageChange) => api.adminChangeLeadStage({ path: { id: lead.id }, body }), () => {
    form.resetFields();
    formErrors.forget();
  });
  const next = nextStage(lead.stage);

  const send = (values: Values) => {
    const parsed = stageChangeSchema.safeParse({ stage: values.stage, reason: values.stage === 'closed' ? values.reason : undefined, version: lead.version });
    if (!parsed.success) {
      formErrors.show(schemaError(toFieldIssues(parsed.error)));
      return;
    }
    change.mutate(parsed.data, { onError: (error) => formErrors.show(error) });
  };

  return (
    <>
      <Divider style={{ margin: '16px 0' }} />
      <Space wrap align="start">
        {next && (
          <Button type="primary" icon={<ArrowRightOutlined />} loading={change.isPending} onClick={() => send({ stage: next })} data-testid="lead-stage-next">
            {t('leads.stage.moveTo', { stage: t(`intents:stage.${next}`) })}
          </Button>
        )}
        <Form<Values> name="leadStage" form={form} layout="inline" onFinish={send} onValuesChange={formErrors.forget} disabled={change.isPending}>
          <Form.Item name="stage" label={t('leads.stage.any')}>
            <Select<IntentStage>
              style={{ width: 160 }}
              placeholder={t('leads.stage.choose')}
              data-testid="lead-stage-select"
              options={INTENT_STAGES.filter((stage) => stage !== lead.stage).map((stage) => ({ value: stage, label: t(`intents:stage.${stage}`) }))}
            />
          </Form.Item>
          {/* always registered (hidden until closing is chosen), so its message lands however fast the user is */}
          <Form.Item name="reason" label={t('leads.stage.reason')} required hidden={chosen !== 'closed'}>
            <Select<CloseReason>
              style={{ width: 220 }}
              placeholder={t('leads.stage.reason.placeholder')}
              data-testid="lead-close-reason"
              options={CLOSE_REASONS.map((reason) => ({ value: reason, label: t(`intents:closeReason.${reason}`) }))}
            />
          </Form.Item>
          <Form.Item>
            <Button htmlType="submit" loading={change.isPending} data-testid="lead-stage-apply">
              {t('leads.stage.apply')}
            </Button>
          </Form.Item>
        </Form>
      </Space>
      <ChangeError error={change.error} hideFields={FIELDS} />
    </>
  );
}
