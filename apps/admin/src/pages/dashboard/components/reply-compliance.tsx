import type { ReplyCompliance as Replies } from '@zhaoshang/contracts';
import { Col, Progress, Row, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../services/language';
import { cell, formatNumber, formatPercent, visuallyHidden } from './format';

const OUTCOMES = ['onTime', 'late', 'missed', 'waiting', 'noDeadline'] as const;

/** Share of leads answered by their deadline, and what happened to the others. */
export function ReplyCompliance({ replies, language }: { replies: Replies; language: Language }) {
  const { t } = useTranslation('insights');
  const { token } = theme.useToken();
  const color = { onTime: token.colorSuccess, late: token.colorWarning, missed: token.colorError, waiting: token.colorTextTertiary, noDeadline: token.colorTextQuaternary };
  return (
    <div data-testid="insights-replies">
      <Row gutter={[24, 16]} align="middle">
        <Col xs={24} md={8} style={{ textAlign: 'center' }}>
          {replies.rate === null ? (
            <Typography.Text type="secondary">{t('replies.noRate')}</Typography.Text>
          ) : (
            <>
              <Progress
                type="circle"
                percent={Math.round(replies.rate * 1000) / 10}
                format={() => formatPercent(replies.rate ?? 0, language)}
                strokeColor={replies.rate >= 0.9 ? token.colorSuccess : replies.rate >= 0.6 ? token.colorWarning : token.colorError}
                aria-hidden
              />
              <Typography.Paragraph strong style={{ marginTop: 8 }} data-testid="insights-replies-rate">
                {t('replies.rate')}: {formatPercent(replies.rate, language)}
              </Typography.Paragraph>
            </>
          )}
        </Col>
        <Col xs={24} md={16}>
          <table style={{ borderCollapse: 'collapse', fontVariantNumeric: 'tabular-nums' }}>
            <caption style={visuallyHidden}>{t('replies.title')}</caption>
            <thead style={visuallyHidden}>
              <tr>
                <th scope="col">{t('replies.outcome')}</th>
                <th scope="col">{t('replies.leadsColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {OUTCOMES.map((k) => (
                <tr key={k} data-outcome={k}>
                  <th scope="row" style={cell}>
                    <span aria-hidden style={{ display: 'inline-block', width: 10, height: 10, borderRadius: 5, background: color[k], marginInlineEnd: 8 }} />
                    {t(`replies.${k}`)}
                  </th>
                  <td style={{ ...cell, textAlign: 'right' }}>{formatNumber(replies[k], language)}</td>
                </tr>
              ))}
              <tr data-outcome="overdueNow">
                <th scope="row" style={{ ...cell, paddingTop: 8 }}>
                  {t('replies.overdueNow')}
                </th>
                <td style={{ ...cell, paddingTop: 8, textAlign: 'right', color: replies.overdueNow > 0 ? token.colorError : undefined }}>{formatNumber(replies.overdueNow, language)}</td>
              </tr>
            </tbody>
          </table>
          <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
            {t('replies.leads', { total: formatNumber(replies.leads, language) })} {t('replies.explain')}
          </Typography.Paragraph>
        </Col>
      </Row>
    </div>
  );
}
