import { Text, View } from '@tarojs/components'
import { PIPELINE_STAGES, type MyIntent } from '@zhaoshang/contracts'
import { useTranslation } from '../../i18n'

/** The furthest pipeline stage reached, for a closed intent (from its stage events). */
function reachedBeforeClosing(intent: MyIntent): number {
  const reached = intent.timeline
    .filter((event) => event.kind === 'stage' && event.stage !== null && event.stage !== 'closed')
    .map((event) => PIPELINE_STAGES.indexOf(event.stage as (typeof PIPELINE_STAGES)[number]))
  return Math.max(0, ...reached)
}

/**
 * Where the intent stands: new → contacted → negotiating → site visit → signed → landed, or
 * closed (with the reason) after the stage it had reached.
 */
export function StageTimeline({ intent }: { intent: MyIntent }) {
  const { t } = useTranslation()
  const closed = intent.stage === 'closed'
  const current = closed ? reachedBeforeClosing(intent) : PIPELINE_STAGES.indexOf(intent.stage as (typeof PIPELINE_STAGES)[number])
  const shown = closed ? PIPELINE_STAGES.slice(0, current + 1) : PIPELINE_STAGES
  return (
    <View className='stage-timeline' data-testid='stage-timeline' data-stage={intent.stage}>
      {shown.map((stage, index) => {
        const state = closed || index < current ? 'done' : index === current ? 'current' : 'todo'
        return (
          <View key={stage} className={`stage-timeline__item stage-timeline__item--${state}`} data-testid='stage-item' data-stage={stage} data-state={state}>
            <View className='stage-timeline__dot' />
            <Text className='stage-timeline__label'>{t(`intents:stage.${stage}`)}</Text>
          </View>
        )
      })}
      {closed && (
        <View className='stage-timeline__item stage-timeline__item--closed' data-testid='stage-item' data-stage='closed' data-state='current'>
          <View className='stage-timeline__dot' />
          <View className='stage-timeline__closed'>
            <Text className='stage-timeline__label'>{t('intents:stage.closed')}</Text>
            {intent.closeReason && (
              <Text className='stage-timeline__reason' data-testid='stage-close-reason'>
                {t(`intents:closeReason.${intent.closeReason}`)}
              </Text>
            )}
          </View>
        </View>
      )}
    </View>
  )
}
