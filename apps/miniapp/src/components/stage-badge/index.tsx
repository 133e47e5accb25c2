import { Text } from '@tarojs/components'
import type { IntentStage } from '@zhaoshang/contracts'
import { useTranslation } from '../../i18n'
import './index.css'

/** The stage of an intent in the investor's language, coloured by how far it has come. */
export function StageBadge({ stage }: { stage: IntentStage }) {
  const { t } = useTranslation()
  return (
    <Text className={`stage-badge stage-badge--${stage}`} data-testid='stage-badge' data-stage={stage}>
      {t(`intents:stage.${stage}`)}
    </Text>
  )
}
