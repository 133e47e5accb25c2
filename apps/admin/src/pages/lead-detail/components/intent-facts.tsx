import { EyeOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LeadDetail } from '@zhaoshang/contracts';
import { Alert, Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ReplyDue } from '../../../components/lead-flags';
import { referenceName, useMeta } from '../../../hooks/use-meta';
import { useApi } from '../../../services/api-context';
import { describeError } from '../../../services/errors';
import { formatDateTime } from '../../../services/format';
import { currentLanguage, type Language } from '../../../services/language';
import { leadQueryKey } from '../use-lead-change';

/** `JP` → `Japan (JP)` in the UI language; the code alone where the runtime has no names. */
function countryName(code: string, language: Language): string {
  try {
    const name = new Intl.DisplayNames([language], { type: 'region' }).of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

type Profile = NonNullable<LeadDetail['profile']>;

/** The policy-matching profile the investor attached, one line per answer they gave. */
function profileLines(profile: Profile, t: TFunction, name: (list: 'industries' | 'enterpriseTypes' | 'spaceKinds', code: string) => string): [string, string][] {
  const lines: [string, string][] = [];
  const yes = (value: boolean) => t(value ? 'leads.yes' : 'leads.no');
  if (profile.industry) lines.push([t('leads.profile.industry'), name('industries', profile.industry)]);
  if (profile.enterpriseType) lines.push([t('leads.profile.enterpriseType'), name('enterpriseTypes', profile.enterpriseType)]);
  if (profile.size) lines.push([t('leads.profile.size'), t(`policies:size.${profile.size}`)]);
  if (profile.companyAgeYears !== undefined) lines.push([t('leads.profile.companyAgeYears'), t('leads.profile.years', { count: profile.companyAgeYears })]);
  if (profile.highTech !== undefined) lines.push([t('leads.profile.highTech'), yes(profile.highTech)]);
  if (profile.rndStaffPercent !== undefined) lines.push([t('leads.profile.rndStaffPercent'), `${profile.rndStaffPercent}%`]);
  if (profile.rndSpendingPercent !== undefined) lines.push([t('leads.profile.rndSpendingPercent'), `${profile.rndSpendingPercent}%`]);
  if (profile.talentCategories?.length) lines.push([t('leads.profile.talentCategories'), profile.talentCategories.map((c) => t(`policies:talent.${c}`)).join(t('leads.listSeparator'))]);
  if (profile.investmentAmount !== undefined) lines.push([t('leads.profile.investmentAmount'), t('leads.amount.tenThousandYuan', { amount: profile.investmentAmount })]);
  if (profile.spaceKind) lines.push([t('leads.profile.spaceKind'), name('spaceKinds', profile.spaceKind)]);
  return lines;
}

/** Everything the investor sent: company, contact (phone masked until asked for), project, message, policies. */
export function IntentFacts({ lead }: { lead: LeadDetail }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const language = currentLanguage(i18n);
  const meta = useMeta();
  // showing the number is logged on the lead's timeline, so the lead is reloaded after
  const reveal = useMutation({
    mutationFn: () => api.adminRevealLeadContact({ path: { id: lead.id } }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: leadQueryKey(lead.id) }),
  });
  const name = (list: 'industries' | 'enterpriseTypes' | 'amountRanges' | 'spaceKinds', code: string) => referenceName(meta.data?.[list], code);
  const area = lead.areaCode ? (meta.data?.areas.find((a) => a.code === lead.areaCode)?.name ?? lead.areaCode) : null;
  const dash = <Typography.Text type="secondary">—</Typography.Text>;
  const profile = lead.profile ? profileLines(lead.profile, t, name) : [];

  return (
    <Card title={t('leads.intent.title')} data-testid="lead-intent">
      <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
        <Descriptions.Item label={t('leads.intent.company')} span="filled">
          <Typography.Text strong>{lead.company.name}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('leads.intent.uscc')}>{lead.company.uscc ? <Typography.Text copyable>{lead.company.uscc}</Typography.Text> : dash}</Descriptions.Item>
        <Descriptions.Item label={t('leads.intent.country')}>{countryName(lead.company.country, language)}</Descriptions.Item>
        <Descriptions.Item label={t('leads.intent.enterpriseType')}>{name('enterpriseTypes', lead.company.type)}</Descriptions.Item>
        <Descriptions.Item label={t('leads.intent.contact')}>{lead.contactName}</Descriptions.Item>
        <Descriptions.Item label={t('leads.intent.phone')}>
          <Space wrap>
            <span data-testid="lead-phone">{reveal.data?.phone ?? lead.phone}</span>
            {!reveal.data && (
              <Button size="small" icon={<EyeOutlined />} loading={reveal.isPending} onClick={() => reveal.mutate()} data-testid="lead-reveal-phone">
                {t('leads.intent.reveal')}
              </Button>
            )}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('leads.intent.email')}>
          <span data-testid="lead-email">{(reveal.data ? reveal.data.email : lead.email) ?? '—'}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('leads.intent.language')}>{t(`common:language.${lead.language}`)}</Descriptions.Item>
        <Descriptions.Item label={t('leads.intent.source')}>{t(`intents:source.${lead.source}`)}</Descriptions.Item>
        <Descriptions.Item label={t('leads.intent.industries')}>{lead.project.industries.map((code) => name('industries', code)).join(t('leads.listSeparator'))}</Descriptions.Item>
        <Descriptions.Item label={t('leads.intent.amount')}>{name('amountRanges', lead.project.amountRange)}</Descriptions.Item>
        <Descriptions.Item label={t('leads.intent.space')}>
          {name('spaceKinds', lead.project.spaceKind)}
          {lead.project.spaceSize !== undefined && ` · ${t('leads.intent.spaceSize', { size: lead.project.spaceSize.toLocaleString(language) })}`}
        </Descriptions.Item>
        <Descriptions.Item label={t('leads.intent.timeline')}>{t(`intents:timeline.${lead.project.timeline}`)}</Descriptions.Item>
        <Descriptions.Item label={t('leads.intent.area')}>{area ?? dash}</Descriptions.Item>
        <Descriptions.Item label={t('leads.intent.createdAt')}>{formatDateTime(lead.createdAt, language)}</Descriptions.Item>
        <Descriptions.Item label={t('leads.intent.replyDue')}>
          <ReplyDue replyDueAt={lead.replyDueAt} overdue={lead.overdue} />
        </Descriptions.Item>
        <Descriptions.Item label={t('leads.intent.message')} span="filled">
          {lead.message ? <div style={{ whiteSpace: 'pre-wrap' }}>{lead.message}</div> : dash}
        </Descriptions.Item>
        <Descriptions.Item label={t('leads.intent.policies')} span="filled">
          {lead.policies.length ? (
            <Space wrap>
              {lead.policies.map((policy) => (
                <Link key={policy.id} to={`/policies/${policy.id}`}>
                  {policy.title}
                </Link>
              ))}
            </Space>
          ) : (
            dash
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('leads.intent.profile')} span="filled">
          {profile.length ? (
            <Space wrap size={[4, 4]}>
              {profile.map(([label, value]) => (
                <Tag key={label}>
                  {label}: {value}
                </Tag>
              ))}
            </Space>
          ) : (
            <Typography.Text type="secondary">{t('leads.intent.noProfile')}</Typography.Text>
          )}
        </Descriptions.Item>
      </Descriptions>
      {reveal.isError && <Alert role="alert" type="error" showIcon title={describeError(reveal.error, t).message} style={{ marginTop: 12 }} />}
    </Card>
  );
}
