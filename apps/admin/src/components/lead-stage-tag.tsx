import type { CloseReason, IntentStage } from '@zhaoshang/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

export const STAGE_COLORS: Record<IntentStage, string> = {
  new: 'blue',
  contacted: 'cyan',
  negotiating: 'geekblue',
  site_visit: 'purple',
  signed: 'gold',
  landed: 'green',
  closed: 'default',
};

/** A lead's stage in the UI language; a closed lead says why. */
export function LeadStageTag({ stage, closeReason }: { stage: IntentStage; closeReason?: CloseReason | null }) {
  const { t } = useTranslation();
  const label = t(`intents:stage.${stage}`);
  return (
    <Tag color={STAGE_COLORS[stage]} data-stage={stage}>
      {stage === 'closed' && closeReason ? t('leads.stage.closedWithReason', { stage: label, reason: t(`intents:closeReason.${closeReason}`) }) : label}
    </Tag>
  );
}
