import { MergeOutlined } from '@ant-design/icons';
import type { LeadDetail } from '@zhaoshang/contracts';
import { App, Button, Card, Flex, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LeadStageTag } from '../../../components/lead-stage-tag';
import { useApi } from '../../../services/api-context';
import { useLeadChange } from '../use-lead-change';
import { ChangeError } from './change-error';

/**
 * Leads that look like this one (same USCC, phone or WeChat identity). Merging closes the other
 * one as a duplicate and brings its history here; it asks first.
 */
export function DuplicatesCard({ lead }: { lead: LeadDetail }) {
  const { t } = useTranslation();
  const api = useApi();
  const { modal, message } = App.useApp();
  const merge = useLeadChange(lead.id, (duplicateId: number) => api.adminMergeLead({ path: { id: lead.id }, body: { duplicateId } }), () =>
    void message.success(t('leads.merge.done')),
  );

  const confirm = (duplicate: LeadDetail['duplicates'][number]) =>
    modal.confirm({
      title: t('leads.merge.confirm.title', { id: duplicate.id, company: duplicate.companyName }),
      content: t('leads.merge.confirm.body', { id: duplicate.id, into: lead.id }),
      okText: t('leads.merge.action'),
      onOk: () => merge.mutateAsync(duplicate.id).catch(() => undefined),
    });

  return (
    <Card title={t('leads.duplicates.title')} data-testid="lead-duplicates">
      <Flex vertical gap={12}>
        {lead.duplicates.map((duplicate) => (
          <Flex key={duplicate.id} justify="space-between" align="center" gap={8} wrap data-testid="lead-duplicate-item" data-lead-id={duplicate.id}>
            <Space orientation="vertical" size={2}>
              <Link to={`/leads/${duplicate.id}`}>
                <Typography.Text type="secondary">#{duplicate.id}</Typography.Text> {duplicate.companyName}
              </Link>
              <Space size={4} wrap>
                <LeadStageTag stage={duplicate.stage} />
                {duplicate.matchedOn.map((on) => (
                  <Tag key={on} color="warning">
                    {t(`leads.duplicates.matchedOn.${on}`)}
                  </Tag>
                ))}
              </Space>
            </Space>
            <Button icon={<MergeOutlined />} loading={merge.isPending && merge.variables === duplicate.id} onClick={() => confirm(duplicate)}>
              {t('leads.merge.action')}
            </Button>
          </Flex>
        ))}
      </Flex>
      <ChangeError error={merge.error} />
    </Card>
  );
}
